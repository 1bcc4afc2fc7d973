import { Migration } from '@mikro-orm/migrations';

export class Migration20261123054751 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "region_kind" as enum ('ITU_D', 'M49_REGION', 'M49_SUB_REGION', 'M49_INTERMEDIATE_REGION');`);
    this.addSql(`create type "sector" as enum ('GOVERNMENT', 'PRIVATE_SECTOR', 'ACADEMIA', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'UN_AGENCY');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'CURATOR', 'ORGANIZER', 'PLEDGER');`);
    this.addSql(`create type "expression_of_interest_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED');`);
    this.addSql(`create type "event_kind" as enum ('LAUNCH', 'CONFERENCE', 'ROUNDTABLE', 'MATCHMAKING_ROUNDTABLE', 'ANNUAL_MEETING', 'WEBINAR', 'OTHER');`);
    this.addSql(`create type "pledge_type" as enum ('PROGRAMMATIC', 'FINANCIAL', 'POLICY', 'ADVOCACY');`);
    this.addSql(`create type "pledge_status" as enum ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create type "country_group" as enum ('LDC', 'LLDC', 'SIDS');`);
    this.addSql(`create type "working_group_role" as enum ('LEADER', 'PARTICIPANT');`);
    this.addSql(`create table "beneficiary_group" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null);`);
    this.addSql(`alter table "beneficiary_group" add constraint "beneficiary_group_code_unique" unique ("code");`);

    this.addSql(`create table "currency" ("id" serial primary key, "code" varchar(3) not null, "name" varchar(255) not null, "minor_unit" int not null);`);
    this.addSql(`alter table "currency" add constraint "currency_code_unique" unique ("code");`);

    this.addSql(`create table "exchange_rate" ("id" serial primary key, "currency_id" int not null, "valid_from" date not null, "usd_per_unit" numeric(24,12) not null);`);
    this.addSql(`alter table "exchange_rate" add constraint "exchange_rate_currency_id_valid_from_unique" unique ("currency_id", "valid_from");`);

    this.addSql(`create table "focus_area" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null, "description" text not null, "position" int not null);`);
    this.addSql(`alter table "focus_area" add constraint "focus_area_code_unique" unique ("code");`);

    this.addSql(`create table "pillar" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "focus_area_id" int not null, "slug" varchar(255) not null, "name" varchar(255) not null, "description" text null, "published" boolean not null default true);`);
    this.addSql(`alter table "pillar" add constraint "pillar_focus_area_id_slug_unique" unique ("focus_area_id", "slug");`);

    this.addSql(`create table "region" ("id" serial primary key, "kind" "region_kind" not null, "code" varchar(255) not null, "name" varchar(255) not null, "parent_id" int null);`);
    this.addSql(`alter table "region" add constraint "region_kind_code_unique" unique ("kind", "code");`);

    this.addSql(`create table "country" ("id" serial primary key, "code" varchar(2) not null, "iso3" varchar(3) not null, "m49" varchar(3) not null, "name" varchar(255) not null, "official_name" varchar(255) not null, "independent" boolean not null, "m49region_id" int null, "m49sub_region_id" int null, "m49intermediate_region_id" int null, "itu_region_id" int null, "currency_id" int null);`);
    this.addSql(`alter table "country" add constraint "country_code_unique" unique ("code");`);
    this.addSql(`alter table "country" add constraint "country_iso3_unique" unique ("iso3");`);

    this.addSql(`create table "member" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(255) not null, "acronym" varchar(255) null, "sector" "sector" not null, "country_id" int not null, "champion" boolean not null default false, "website" varchar(255) null, "description" text null);`);
    this.addSql(`create index "member_country_id_index" on "member" ("country_id");`);

    this.addSql(`create table "person" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(255) not null, "email" varchar(255) null, "phone" varchar(255) null, "job_title" varchar(255) null, "member_id" int null);`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(`create index "person_member_id_index" on "person" ("member_id");`);

    this.addSql(`create table "account" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "email" varchar(255) not null, "display_name" varchar(255) not null, "role" "role" not null, "password_hash" varchar(255) not null, "person_id" int null, "last_login_at" timestamptz null);`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" int null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" int not null, "changes" jsonb not null, "reason" text null);`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "account_id" int not null, "name" varchar(255) not null, "token_hash" varchar(64) not null, "prefix" varchar(255) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "account_member" ("account_id" int not null, "member_id" int not null, constraint "account_member_pkey" primary key ("account_id", "member_id"));`);

    this.addSql(`create table "expression_of_interest" ("id" serial primary key, "created_at" timestamptz not null, "organization_name" varchar(255) not null, "sector" "sector" not null, "country_id" int not null, "website" varchar(255) null, "contact_name" varchar(255) not null, "contact_email" varchar(255) not null, "contact_phone" varchar(255) null, "message" text null, "status" "expression_of_interest_status" not null, "decision_reason" text null, "decided_at" timestamptz null, "member_id" int null);`);

    this.addSql(`create table "expression_of_interest_focus_area" ("expression_of_interest_id" int not null, "focus_area_id" int not null, constraint "expression_of_interest_focus_area_pkey" primary key ("expression_of_interest_id", "focus_area_id"));`);

    this.addSql(`create table "event" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" "event_kind" not null, "start_date" date not null, "end_date" date not null, "city" varchar(255) null, "country_id" int null, "region_id" int null, "description" text null);`);
    this.addSql(`alter table "event" add constraint "event_code_unique" unique ("code");`);

    this.addSql(`create table "pledge" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "reference" int null, "title" varchar(300) not null, "description" text not null, "type" "pledge_type" not null, "status" "pledge_status" not null, "status_reason" text null, "lead_member_id" int not null, "amount" numeric(20,2) null, "currency_id" int null, "usd_value" numeric(20,2) null, "rate_date" date null, "is_global" boolean not null default false, "start_date" date null, "end_date" date null, "target_beneficiaries" int null, "announced_on" date null, "event_id" int null, "submitted_at" timestamptz null, "published_at" timestamptz null);`);
    this.addSql(`alter table "pledge" add constraint "pledge_reference_unique" unique ("reference");`);
    this.addSql(`create index "pledge_status_index" on "pledge" ("status");`);
    this.addSql(`create index "pledge_lead_member_id_index" on "pledge" ("lead_member_id");`);
    this.addSql(`create index "pledge_usd_value_index" on "pledge" ("usd_value");`);
    this.addSql(`create index "pledge_announced_on_index" on "pledge" ("announced_on");`);
    this.addSql(`create index "pledge_event_id_index" on "pledge" ("event_id");`);

    this.addSql(`create table "pledge_region" ("pledge_id" int not null, "region_id" int not null, constraint "pledge_region_pkey" primary key ("pledge_id", "region_id"));`);

    this.addSql(`create table "pledge_pillar" ("pledge_id" int not null, "pillar_id" int not null, constraint "pledge_pillar_pkey" primary key ("pledge_id", "pillar_id"));`);

    this.addSql(`create table "pledge_partner" ("pledge_id" int not null, "member_id" int not null, constraint "pledge_partner_pkey" primary key ("pledge_id", "member_id"));`);

    this.addSql(`create table "pledge_focus_area" ("pledge_id" int not null, "focus_area_id" int not null, constraint "pledge_focus_area_pkey" primary key ("pledge_id", "focus_area_id"));`);

    this.addSql(`create table "pledge_country" ("pledge_id" int not null, "country_id" int not null, constraint "pledge_country_pkey" primary key ("pledge_id", "country_id"));`);

    this.addSql(`create table "pledge_beneficiary_group" ("pledge_id" int not null, "beneficiary_group_id" int not null, constraint "pledge_beneficiary_group_pkey" primary key ("pledge_id", "beneficiary_group_id"));`);

    this.addSql(`create table "country_group_membership" ("id" serial primary key, "country_id" int not null, "group" "country_group" not null, "since" date null, "until" date null);`);

    this.addSql(`create table "sdg" ("id" serial primary key, "number" int not null, "code" varchar(255) not null, "title" varchar(255) not null, "description" text not null);`);
    this.addSql(`alter table "sdg" add constraint "sdg_number_unique" unique ("number");`);

    this.addSql(`create table "pledge_sdg" ("pledge_id" int not null, "sdg_id" int not null, constraint "pledge_sdg_pkey" primary key ("pledge_id", "sdg_id"));`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "account_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);

    this.addSql(`create table "working_group" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "focus_area_id" int not null, "name" varchar(255) not null, "description" text null);`);
    this.addSql(`alter table "working_group" add constraint "working_group_focus_area_id_unique" unique ("focus_area_id");`);

    this.addSql(`create table "working_group_membership" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "working_group_id" int not null, "person_id" int not null, "role" "working_group_role" not null, "since" date not null, "until" date null);`);
    this.addSql(`create index "working_group_membership_working_group_id_index" on "working_group_membership" ("working_group_id");`);
    this.addSql(`create index "working_group_membership_person_id_index" on "working_group_membership" ("person_id");`);

    this.addSql(`alter table "exchange_rate" add constraint "exchange_rate_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade;`);

    this.addSql(`alter table "pillar" add constraint "pillar_focus_area_id_foreign" foreign key ("focus_area_id") references "focus_area" ("id") on update cascade;`);

    this.addSql(`alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "country" add constraint "country_m49region_id_foreign" foreign key ("m49region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "country" add constraint "country_m49sub_region_id_foreign" foreign key ("m49sub_region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "country" add constraint "country_m49intermediate_region_id_foreign" foreign key ("m49intermediate_region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "country" add constraint "country_itu_region_id_foreign" foreign key ("itu_region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "country" add constraint "country_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "member" add constraint "member_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade;`);

    this.addSql(`alter table "person" add constraint "person_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "account_member" add constraint "account_member_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_member" add constraint "account_member_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade;`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "expression_of_interest_focus_area" add constraint "expression_of_interest_focus_area_expression_of__a0d32_foreign" foreign key ("expression_of_interest_id") references "expression_of_interest" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expression_of_interest_focus_area" add constraint "expression_of_interest_focus_area_focus_area_id_foreign" foreign key ("focus_area_id") references "focus_area" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event" add constraint "event_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "event" add constraint "event_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pledge" add constraint "pledge_lead_member_id_foreign" foreign key ("lead_member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "pledge" add constraint "pledge_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pledge" add constraint "pledge_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pledge_region" add constraint "pledge_region_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_region" add constraint "pledge_region_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_pillar" add constraint "pledge_pillar_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_pillar" add constraint "pledge_pillar_pillar_id_foreign" foreign key ("pillar_id") references "pillar" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_partner" add constraint "pledge_partner_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_partner" add constraint "pledge_partner_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_focus_area" add constraint "pledge_focus_area_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_focus_area" add constraint "pledge_focus_area_focus_area_id_foreign" foreign key ("focus_area_id") references "focus_area" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_country" add constraint "pledge_country_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_country" add constraint "pledge_country_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_beneficiary_group" add constraint "pledge_beneficiary_group_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_beneficiary_group" add constraint "pledge_beneficiary_group_beneficiary_group_id_foreign" foreign key ("beneficiary_group_id") references "beneficiary_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "country_group_membership" add constraint "country_group_membership_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pledge_sdg" add constraint "pledge_sdg_pledge_id_foreign" foreign key ("pledge_id") references "pledge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pledge_sdg" add constraint "pledge_sdg_sdg_id_foreign" foreign key ("sdg_id") references "sdg" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "working_group" add constraint "working_group_focus_area_id_foreign" foreign key ("focus_area_id") references "focus_area" ("id") on update cascade;`);

    this.addSql(`alter table "working_group_membership" add constraint "working_group_membership_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade;`);
    this.addSql(`alter table "working_group_membership" add constraint "working_group_membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    // Reverse lookups from a value to its pledges (relation filters and groupings).
    for (const [table, column] of [
      ['pledge_partner', 'member_id'],
      ['pledge_focus_area', 'focus_area_id'],
      ['pledge_pillar', 'pillar_id'],
      ['pledge_country', 'country_id'],
      ['pledge_region', 'region_id'],
      ['pledge_beneficiary_group', 'beneficiary_group_id'],
      ['pledge_sdg', 'sdg_id'],
      ['account_member', 'member_id'],
    ]) {
      this.addSql(`create index "${table}_${column}_index" on "${table}" ("${column}");`);
    }
    this.addSql(`create sequence "pledge_reference_seq" start 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "pledge_reference_seq";`);
    this.addSql(`alter table "pledge_beneficiary_group" drop constraint "pledge_beneficiary_group_beneficiary_group_id_foreign";`);

    this.addSql(`alter table "exchange_rate" drop constraint "exchange_rate_currency_id_foreign";`);

    this.addSql(`alter table "country" drop constraint "country_currency_id_foreign";`);

    this.addSql(`alter table "pledge" drop constraint "pledge_currency_id_foreign";`);

    this.addSql(`alter table "pillar" drop constraint "pillar_focus_area_id_foreign";`);

    this.addSql(`alter table "expression_of_interest_focus_area" drop constraint "expression_of_interest_focus_area_focus_area_id_foreign";`);

    this.addSql(`alter table "pledge_focus_area" drop constraint "pledge_focus_area_focus_area_id_foreign";`);

    this.addSql(`alter table "working_group" drop constraint "working_group_focus_area_id_foreign";`);

    this.addSql(`alter table "pledge_pillar" drop constraint "pledge_pillar_pillar_id_foreign";`);

    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);

    this.addSql(`alter table "country" drop constraint "country_m49region_id_foreign";`);

    this.addSql(`alter table "country" drop constraint "country_m49sub_region_id_foreign";`);

    this.addSql(`alter table "country" drop constraint "country_m49intermediate_region_id_foreign";`);

    this.addSql(`alter table "country" drop constraint "country_itu_region_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_region_id_foreign";`);

    this.addSql(`alter table "pledge_region" drop constraint "pledge_region_region_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_country_id_foreign";`);

    this.addSql(`alter table "expression_of_interest" drop constraint "expression_of_interest_country_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_country_id_foreign";`);

    this.addSql(`alter table "pledge_country" drop constraint "pledge_country_country_id_foreign";`);

    this.addSql(`alter table "country_group_membership" drop constraint "country_group_membership_country_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_member_id_foreign";`);

    this.addSql(`alter table "account_member" drop constraint "account_member_member_id_foreign";`);

    this.addSql(`alter table "expression_of_interest" drop constraint "expression_of_interest_member_id_foreign";`);

    this.addSql(`alter table "pledge" drop constraint "pledge_lead_member_id_foreign";`);

    this.addSql(`alter table "pledge_partner" drop constraint "pledge_partner_member_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_person_id_foreign";`);

    this.addSql(`alter table "working_group_membership" drop constraint "working_group_membership_person_id_foreign";`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_actor_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_account_id_foreign";`);

    this.addSql(`alter table "account_member" drop constraint "account_member_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`alter table "expression_of_interest_focus_area" drop constraint "expression_of_interest_focus_area_expression_of__a0d32_foreign";`);

    this.addSql(`alter table "pledge" drop constraint "pledge_event_id_foreign";`);

    this.addSql(`alter table "pledge_region" drop constraint "pledge_region_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_pillar" drop constraint "pledge_pillar_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_partner" drop constraint "pledge_partner_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_focus_area" drop constraint "pledge_focus_area_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_country" drop constraint "pledge_country_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_beneficiary_group" drop constraint "pledge_beneficiary_group_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_sdg" drop constraint "pledge_sdg_pledge_id_foreign";`);

    this.addSql(`alter table "pledge_sdg" drop constraint "pledge_sdg_sdg_id_foreign";`);

    this.addSql(`alter table "working_group_membership" drop constraint "working_group_membership_working_group_id_foreign";`);

    this.addSql(`drop table if exists "beneficiary_group" cascade;`);

    this.addSql(`drop table if exists "currency" cascade;`);

    this.addSql(`drop table if exists "exchange_rate" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "pillar" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "country" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "account_member" cascade;`);

    this.addSql(`drop table if exists "expression_of_interest" cascade;`);

    this.addSql(`drop table if exists "expression_of_interest_focus_area" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "pledge" cascade;`);

    this.addSql(`drop table if exists "pledge_region" cascade;`);

    this.addSql(`drop table if exists "pledge_pillar" cascade;`);

    this.addSql(`drop table if exists "pledge_partner" cascade;`);

    this.addSql(`drop table if exists "pledge_focus_area" cascade;`);

    this.addSql(`drop table if exists "pledge_country" cascade;`);

    this.addSql(`drop table if exists "pledge_beneficiary_group" cascade;`);

    this.addSql(`drop table if exists "country_group_membership" cascade;`);

    this.addSql(`drop table if exists "sdg" cascade;`);

    this.addSql(`drop table if exists "pledge_sdg" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "working_group" cascade;`);

    this.addSql(`drop table if exists "working_group_membership" cascade;`);

    this.addSql(`drop type "region_kind";`);
    this.addSql(`drop type "sector";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop type "expression_of_interest_status";`);
    this.addSql(`drop type "event_kind";`);
    this.addSql(`drop type "pledge_type";`);
    this.addSql(`drop type "pledge_status";`);
    this.addSql(`drop type "country_group";`);
    this.addSql(`drop type "working_group_role";`);
  }

}
