import { Migration } from '@mikro-orm/migrations';

/** Revisions proposed to published pledges, reviewed by curators. */
export class Migration20261123140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "pledge_revision_status" as enum ('PENDING', 'ACCEPTED', 'REJECTED');`);
    this.addSql(`create table "pledge_revision" ("id" serial primary key, "pledge_id" int not null, "proposed_by_id" int null, "created_at" timestamptz not null, "status" "pledge_revision_status" not null default 'PENDING', "proposal" jsonb not null, "changes" jsonb not null, "decision_reason" text null, "decided_at" timestamptz null);`);
    this.addSql(`create index "pledge_revision_pledge_id_status_index" on "pledge_revision" ("pledge_id", "status");`);
    // One proposal waiting per pledge, even for two pledgers at the same moment.
    this.addSql(`create unique index "pledge_revision_one_pending" on "pledge_revision" ("pledge_id") where "status" = 'PENDING';`);
    this.addSql(`alter table "pledge_revision" add constraint "pledge_revision_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_revision" add constraint "pledge_revision_proposed_by_id_foreign" foreign key ("proposed_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pledge_revision";`);
    this.addSql(`drop type if exists "pledge_revision_status";`);
  }
}
