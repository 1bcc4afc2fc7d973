import { Migration } from '@mikro-orm/migrations';

/**
 * Change notifications: every committed change to application data raises
 * one `p2c_changes` notification per table and transaction (PostgreSQL folds
 * duplicates), which the API processes use to drop the read results they cache.
 * `p2c_watch_tables()` puts the trigger on every table that lacks it; the API
 * calls it at start, so that tables added by later migrations are covered.
 */
export class Migration20261123090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function p2c_notify_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('p2c_changes', tg_table_name);
  return null;
end $$;`);
    this.addSql(`
create function p2c_watch_tables() returns integer language plpgsql as $$
declare
  t record;
  added integer := 0;
begin
  for t in
    select c.relname from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
       and c.relname not in ('mikro_orm_migrations', 'session', 'api_token')
       and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'p2c_notify_change')
  loop
    execute format('create trigger p2c_notify_change after insert or update or delete or truncate on %I for each statement execute function p2c_notify_change()', t.relname);
    added := added + 1;
  end loop;
  return added;
end $$;`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`
do $$
declare t record;
begin
  for t in select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid where g.tgname = 'p2c_notify_change' loop
    execute format('drop trigger p2c_notify_change on %I', t.relname);
  end loop;
end $$;`);
    this.addSql(`drop function if exists p2c_watch_tables();`);
    this.addSql(`drop function if exists p2c_notify_change();`);
  }
}
