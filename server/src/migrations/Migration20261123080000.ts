import { Migration } from '@mikro-orm/migrations';

/**
 * The public list's default order (newest reference first) over the rows the
 * public may see: without it the scan first steps over every unpublished
 * pledge, whose reference is null and sorts first.
 */
export class Migration20261123080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "pledge_public_reference_index" on "pledge" ("reference" desc nulls first, "id" desc) where "status" = 'PUBLISHED' and "archived_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "pledge_public_reference_index";`);
  }
}
