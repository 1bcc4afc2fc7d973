import { Migration } from '@mikro-orm/migrations';

/** When a pledge was announced live, which orders an event's live page; earlier pledges announced with an event count from their publication. */
export class Migration20261123190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "pledge" add column "announced_at" timestamptz null;`);
    this.addSql(`update "pledge" set "announced_at" = "published_at" where "event_id" is not null and "published_at" is not null;`);
    this.addSql(`create index "pledge_announced_at_index" on "pledge" ("announced_at" desc) where "announced_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pledge" drop column "announced_at";`);
  }
}
