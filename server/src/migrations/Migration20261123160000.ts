import { Migration } from '@mikro-orm/migrations';

/**
 * Matchmaking: country needs (curated like pledges), roundtable settings on events, and matches,
 * whose allocated amounts can never exceed a pledge's value or a need's gap, whatever runs at once.
 */
export class Migration20261123160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "need_priority" as enum ('HIGH', 'MEDIUM', 'LOW');`);
    this.addSql(`create type "country_need_status" as enum ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create table "country_need" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null,
      "title" varchar(300) not null, "description" text not null, "country_id" int null, "region_id" int null, "focus_area_id" int not null, "pillar_id" int null,
      "modality" "pledge_type" not null, "amount" numeric(20,2) null, "currency_id" int null, "gap_usd" numeric(20,2) null, "rate_date" date null,
      "priority" "need_priority" not null default 'MEDIUM', "start_date" date null, "end_date" date null, "source" text null,
      "status" "country_need_status" not null default 'DRAFT', "status_reason" text null, "submitted_at" timestamptz null, "published_at" timestamptz null,
      "member_id" int null, "created_by_id" int null,
      constraint "country_need_place" check ("country_id" is not null or "region_id" is not null),
      constraint "country_need_window" check ("start_date" is null or "end_date" is null or "start_date" <= "end_date"));`);
    for (const [column, table, rule] of [['country_id', 'country', ''], ['region_id', 'region', ''], ['focus_area_id', 'focus_area', ''], ['pillar_id', 'pillar', ''], ['currency_id', 'currency', ''], ['member_id', 'member', ''], ['created_by_id', 'account', ' on delete set null']]) {
      this.addSql(`alter table "country_need" add constraint "country_need_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade${rule};`);
    }
    this.addSql(`create index "country_need_status_index" on "country_need" ("status");`);
    this.addSql(`create index "country_need_country_id_index" on "country_need" ("country_id");`);
    this.addSql(`create table "country_need_beneficiary_group" ("country_need_id" int not null references "country_need" ("id") on update cascade on delete cascade,
      "beneficiary_group_id" int not null references "beneficiary_group" ("id") on update cascade, primary key ("country_need_id", "beneficiary_group_id"));`);

    this.addSql(`alter table "event" add column "scoring_weights" jsonb null;`);
    this.addSql(`create table "event_country" ("event_id" int not null references "event" ("id") on update cascade on delete cascade,
      "country_id" int not null references "country" ("id") on update cascade, primary key ("event_id", "country_id"));`);
    this.addSql(`create table "event_organizer" ("event_id" int not null references "event" ("id") on update cascade on delete cascade,
      "account_id" int not null references "account" ("id") on update cascade on delete cascade, primary key ("event_id", "account_id"));`);

    this.addSql(`create type "match_status" as enum ('SUGGESTED', 'PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED', 'DECLINED');`);
    this.addSql(`create table "match" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null,
      "need_id" int not null references "country_need" ("id") on update cascade, "pledge_id" int not null references "pledge" ("id") on update cascade,
      "event_id" int null references "event" ("id") on update cascade on delete set null, "status" "match_status" not null default 'SUGGESTED',
      "amount_usd" numeric(20,2) null check ("amount_usd" is null or "amount_usd" > 0), "score" double precision not null, "components" jsonb not null,
      "status_reason" text null, "pledger_confirmed_at" timestamptz null, "country_confirmed_at" timestamptz null,
      "created_by_id" int null references "account" ("id") on update cascade on delete set null);`);
    this.addSql(`create index "match_pledge_id_index" on "match" ("pledge_id");`);
    this.addSql(`create index "match_need_id_index" on "match" ("need_id");`);
    this.addSql(`create index "match_event_id_status_index" on "match" ("event_id", "status");`);
    // One live match per pair; declined ones stay for the record.
    this.addSql(`create unique index "match_live_pair" on "match" ("need_id", "pledge_id") where "status" <> 'DECLINED' and "archived_at" is null;`);

    // Amounts of live commitments count against the pledge's value and the need's gap. The rows of
    // both are locked first, so two organizers allocating at the same moment are served one after the other.
    this.addSql(`create or replace function p2c_check_match_capacity() returns trigger language plpgsql as $$
      declare
        capacity numeric; gap numeric; pledged numeric; needed numeric;
      begin
        if new.amount_usd is null or new.archived_at is not null or new.status not in ('PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED') then
          return new;
        end if;
        select usd_value into capacity from pledge where id = new.pledge_id for update;
        select gap_usd into gap from country_need where id = new.need_id for update;
        select coalesce(sum(amount_usd), 0) into pledged from match
          where pledge_id = new.pledge_id and id <> new.id and archived_at is null and status in ('PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED');
        select coalesce(sum(amount_usd), 0) into needed from match
          where need_id = new.need_id and id <> new.id and archived_at is null and status in ('PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED');
        if capacity is null or pledged + new.amount_usd > capacity then
          raise exception 'over-allocated pledge' using errcode = 'P2C01', detail = format('amountUsd|%s|%s', greatest(coalesce(capacity, 0) - pledged, 0), 'pledge');
        end if;
        if gap is null or needed + new.amount_usd > gap then
          raise exception 'over-allocated need' using errcode = 'P2C01', detail = format('amountUsd|%s|%s', greatest(coalesce(gap, 0) - needed, 0), 'need');
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "match_capacity" before insert or update on "match" for each row execute function p2c_check_match_capacity();`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "match";`);
    this.addSql(`drop function if exists p2c_check_match_capacity();`);
    this.addSql(`drop type if exists "match_status";`);
    this.addSql(`drop table if exists "event_organizer";`);
    this.addSql(`drop table if exists "event_country";`);
    this.addSql(`alter table "event" drop column if exists "scoring_weights";`);
    this.addSql(`drop table if exists "country_need_beneficiary_group";`);
    this.addSql(`drop table if exists "country_need";`);
    this.addSql(`drop type if exists "country_need_status";`);
    this.addSql(`drop type if exists "need_priority";`);
  }
}
