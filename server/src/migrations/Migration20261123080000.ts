import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the public's reads. The public list's default order (newest reference first) over the rows the
 * public may see: without it the scan first steps over every unpublished
 * pledge, whose reference is null and sorts first.
 */
export class Migration20261123080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "pledge_public_reference_index" on "pledge" ("reference" desc nulls first, "id" desc) where "status" = 'PUBLISHED' and "archived_at" is null;`);
    // Aggregates over the public pledges read these columns only: an index-only scan instead of the wide heap.
    this.addSql(`create index "pledge_public_facts_index" on "pledge" ("id") include ("usd_value", "lead_member_id", "type", "status", "event_id", "announced_on", "created_at") where "status" = 'PUBLISHED' and "archived_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "pledge_public_facts_index";`);
    this.addSql(`drop index if exists "pledge_public_reference_index";`);
  }
}
