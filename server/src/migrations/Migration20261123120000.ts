import { Migration } from '@mikro-orm/migrations';

/** The notification outbox: messages queued with the changes they tell of, sent by SMTP when configured. */
export class Migration20261123120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "notification_status" as enum ('QUEUED', 'SENT', 'FAILED');`);
    this.addSql(`create table "notification" ("id" serial primary key, "created_at" timestamptz not null, "topic" varchar(255) not null, "recipient_email" varchar(255) not null, "recipient_id" int null, "subject" varchar(255) not null, "body" text not null, "entity_type" varchar(255) not null, "entity_id" int not null, "status" "notification_status" not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null);`);
    this.addSql(`create index "notification_status_id_index" on "notification" ("status", "id");`);
    this.addSql(`create index "notification_entity_type_entity_id_index" on "notification" ("entity_type", "entity_id");`);
    this.addSql(`create index "notification_created_at_index" on "notification" ("created_at" desc, "id" desc);`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification";`);
    this.addSql(`drop type if exists "notification_status";`);
  }
}
