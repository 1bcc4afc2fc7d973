import { Migration } from '@mikro-orm/migrations';

/**
 * Request counters shared by every API process, per client and minute. Unlogged: losing them in a
 * crash only forgives a minute of requests. Not watched for changes: counting is not a data change.
 */
export class Migration20261123170000 extends Migration {
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
       and c.relname not in ('mikro_orm_migrations', 'session', 'api_token', 'rate_limit_counter')
       and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'p2c_notify_change')
  loop
    execute format('create trigger p2c_notify_change after insert or update or delete or truncate on %I for each statement execute function p2c_notify_change()', t.relname);
    added := added + 1;
  end loop;
  return added;
end $$;`);
    this.addSql(`create unlogged table "rate_limit_counter" ("key" text not null, "window_start" timestamptz not null, "hits" int not null, primary key ("key", "window_start"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter";`);
  }
}
