import { Migration } from '@mikro-orm/migrations';

/**
 * Failed logins (for throttling) and password resets. Failed logins are unlogged and not watched
 * for changes: a stream of wrong passwords must not empty the read caches.
 */
export class Migration20261123180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function p2c_watch_tables() returns integer language plpgsql as $$
declare
  t record;
  added integer := 0;
begin
  for t in
    select c.relname from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
       and c.relname not in ('mikro_orm_migrations', 'session', 'api_token', 'rate_limit_counter', 'login_failure')
       and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'p2c_notify_change')
  loop
    execute format('create trigger p2c_notify_change after insert or update or delete or truncate on %I for each statement execute function p2c_notify_change()', t.relname);
    added := added + 1;
  end loop;
  return added;
end $$;`);
    this.addSql(`create unlogged table "login_failure" ("key" text not null, "at" timestamptz not null default now());`);
    this.addSql(`create index "login_failure_key_at_index" on "login_failure" ("key", "at");`);
    this.addSql(`create table "password_reset" ("token_hash" varchar(64) primary key, "account_id" int not null references "account" ("id") on update cascade on delete cascade,
      "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`create index "password_reset_account_id_index" on "password_reset" ("account_id");`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset";`);
    this.addSql(`drop table if exists "login_failure";`);
  }
}
