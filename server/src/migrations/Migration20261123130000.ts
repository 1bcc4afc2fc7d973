import { Migration } from '@mikro-orm/migrations';

/** Invitations to set a password, and the hashed sender address of expressions of interest (for rate limits). */
export class Migration20261123130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "invitation" ("token_hash" varchar(64) not null, "account_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "invitation_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "invitation_account_id_index" on "invitation" ("account_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expression_of_interest" add column "client_key" varchar(64) null;`);
    this.addSql(`create index "expression_of_interest_client_key_created_at_index" on "expression_of_interest" ("client_key", "created_at");`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "expression_of_interest_client_key_created_at_index";`);
    this.addSql(`alter table "expression_of_interest" drop column if exists "client_key";`);
    this.addSql(`drop table if exists "invitation";`);
  }
}
