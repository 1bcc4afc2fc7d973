import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over pledges: a weighted document of the title, the lead
 * member's and partners' names and the description, kept current by
 * triggers whatever writes the rows (the API, the bulk demo loader, SQL).
 */
export class Migration20261123070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "pledge" add column "search_vector" tsvector null;`);
    this.addSql(`
      create function pledge_search_document(p_id integer, p_title text, p_description text, p_lead integer) returns tsvector
      language sql stable as $$
        select setweight(to_tsvector('english', coalesce(p_title, '')), 'A')
          || setweight(to_tsvector('english', coalesce((select m.name || ' ' || coalesce(m.acronym, '') from member m where m.id = p_lead), '')), 'B')
          || setweight(to_tsvector('english', coalesce((select string_agg(m.name || ' ' || coalesce(m.acronym, ''), ' ')
               from pledge_partner pp join member m on m.id = pp.member_id where pp.pledge_id = p_id), '')), 'B')
          || setweight(to_tsvector('english', coalesce(p_description, '')), 'C')
      $$;`);
    this.addSql(`
      create function pledge_search_vector_row() returns trigger language plpgsql as $$
      begin
        new.search_vector := pledge_search_document(new.id, new.title, new.description, new.lead_member_id);
        return new;
      end $$;`);
    this.addSql(`create trigger pledge_search_vector before insert or update of title, description, lead_member_id on "pledge"
      for each row execute function pledge_search_vector_row();`);
    this.addSql(`
      create function pledge_partner_search_vector() returns trigger language plpgsql as $$
      begin
        update pledge p set search_vector = pledge_search_document(p.id, p.title, p.description, p.lead_member_id)
        where p.id in (select distinct pledge_id from changed);
        return null;
      end $$;`);
    this.addSql(`create trigger pledge_partner_added after insert on "pledge_partner" referencing new table as changed
      for each statement execute function pledge_partner_search_vector();`);
    this.addSql(`create trigger pledge_partner_removed after delete on "pledge_partner" referencing old table as changed
      for each statement execute function pledge_partner_search_vector();`);
    this.addSql(`
      create function member_renamed_search_vector() returns trigger language plpgsql as $$
      begin
        update pledge p set search_vector = pledge_search_document(p.id, p.title, p.description, p.lead_member_id)
        where p.lead_member_id = new.id or p.id in (select pledge_id from pledge_partner where member_id = new.id);
        return null;
      end $$;`);
    this.addSql(`create trigger member_renamed after update of name, acronym on "member" for each row
      when (old.name is distinct from new.name or old.acronym is distinct from new.acronym)
      execute function member_renamed_search_vector();`);
    this.addSql(`update "pledge" set search_vector = pledge_search_document(id, title, description, lead_member_id);`);
    this.addSql(`create index "pledge_search_vector_index" on "pledge" using gin ("search_vector");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists member_renamed on "member";`);
    this.addSql(`drop trigger if exists pledge_partner_added on "pledge_partner";`);
    this.addSql(`drop trigger if exists pledge_partner_removed on "pledge_partner";`);
    this.addSql(`drop trigger if exists pledge_search_vector on "pledge";`);
    this.addSql(`drop function if exists member_renamed_search_vector(), pledge_partner_search_vector(), pledge_search_vector_row(), pledge_search_document(integer, text, text, integer);`);
    this.addSql(`drop index if exists "pledge_search_vector_index";`);
    this.addSql(`alter table "pledge" drop column "search_vector";`);
  }
}
