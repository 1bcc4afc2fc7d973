import { Migration } from '@mikro-orm/migrations';

/**
 * Self-reporting: connectivity targets (reference data), reporting cycles, progress reports,
 * and each pledge's progress as derived from its reports, kept up to date by the report service.
 */
export class Migration20261123150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "connectivity_target" ("id" serial primary key, "code" varchar(40) not null unique, "dimension" varchar(60) not null, "title" varchar(300) not null, "position" int not null);`);
    // The dimensions of universal and meaningful connectivity, worded as aims: the coalition keeps the checklist as data.
    this.addSql(`insert into "connectivity_target" ("code", "dimension", "title", "position") values
      ('UNIVERSAL_USE', 'Universality', 'Universal Internet use by individuals', 1),
      ('HOUSEHOLDS', 'Universality', 'Households connected to the Internet', 2),
      ('SCHOOLS', 'Universality', 'Schools connected to the Internet', 3),
      ('BUSINESSES', 'Universality', 'Businesses using the Internet', 4),
      ('COVERAGE', 'Technology', 'Mobile broadband network coverage of the population', 5),
      ('SPEED', 'Technology', 'Broadband speeds that allow meaningful use', 6),
      ('AFFORDABILITY', 'Affordability', 'Entry-level broadband under 2% of monthly income per person', 7),
      ('DEVICES', 'Affordability', 'Ownership of Internet-capable devices', 8),
      ('SKILLS', 'Safety and skills', 'Basic digital skills', 9),
      ('SAFETY', 'Safety and skills', 'Safe and secure use, protection from online harm', 10),
      ('GENDER_PARITY', 'Equity', 'Gender parity in Internet use', 11),
      ('RURAL_PARITY', 'Equity', 'Urban and rural parity in Internet use', 12),
      ('YOUTH_AND_AGE', 'Equity', 'Parity across age groups in Internet use', 13);`);

    this.addSql(`create table "reporting_cycle" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "year" int not null unique, "due_on" date not null, "opened_at" timestamptz not null, "closed_at" timestamptz null);`);

    this.addSql(`create type "implementation_status" as enum ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'CANCELLED');`);
    this.addSql(`create type "progress_report_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');`);
    this.addSql(`create table "progress_report" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null,
      "pledge_id" int not null, "year" int not null, "status" "progress_report_status" not null default 'DRAFT', "status_reason" text null,
      "implementation_status" "implementation_status" not null, "amount_disbursed" numeric(20,2) null, "currency_id" int null, "disbursed_usd" numeric(20,2) null, "rate_date" date null,
      "people_reached" int null, "women_reached" int null, "reach_by_group" jsonb not null default '{}', "steps_taken" text not null default '', "outcomes" text not null default '', "challenges" text not null default '',
      "target_codes" text[] not null default '{}', "evidence_links" text[] not null default '{}', "submitted_at" timestamptz null, "decided_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`create unique index "progress_report_pledge_year_unique" on "progress_report" ("pledge_id", "year") where "archived_at" is null;`);
    this.addSql(`create index "progress_report_status_index" on "progress_report" ("status");`);
    this.addSql(`create index "progress_report_year_index" on "progress_report" ("year");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_reach" check ("women_reached" is null or "people_reached" is null or "women_reached" <= "people_reached");`);

    // One row per pledge with reports: what the accepted reports say, and when the pledger last reported.
    this.addSql(`create table "pledge_progress" ("id" int primary key references "pledge" ("id") on update cascade on delete cascade,
      "latest_report_year" int null, "implementation_status" "implementation_status" null, "last_reported_at" timestamptz null,
      "disbursed_usd" numeric(20,2) not null default 0, "people_reached" int null, "women_reached" int null, "accepted_reports" int not null default 0);`);
    this.addSql(`create index "pledge_progress_status_index" on "pledge_progress" ("implementation_status");`);

    // The reporting rule, in one place for filters, groups and fields alike.
    this.addSql(`create or replace function p2c_reporting_health(status text, published_at timestamptz, last_reported_at timestamptz, implementation_status text, today date)
      returns text language sql immutable as $$
        select case
          when status <> 'PUBLISHED' then null
          when implementation_status in ('COMPLETED', 'CANCELLED') then 'CLOSED'
          when last_reported_at >= today - interval '12 months' then 'REPORTED'
          when coalesce(last_reported_at, published_at) < today - interval '24 months' then 'OVERDUE'
          else 'DUE'
        end
      $$;`);
    this.addSql(`select p2c_watch_tables();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists p2c_reporting_health(text, timestamptz, timestamptz, text, date);`);
    this.addSql(`drop table if exists "pledge_progress";`);
    this.addSql(`drop table if exists "progress_report";`);
    this.addSql(`drop table if exists "reporting_cycle";`);
    this.addSql(`drop table if exists "connectivity_target";`);
    this.addSql(`drop type if exists "progress_report_status";`);
    this.addSql(`drop type if exists "implementation_status";`);
  }
}
