import { Migration } from '@mikro-orm/migrations';

/** The audit trail across records, newest first, as `auditEntries` lists it by default. */
export class Migration20261123100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_entry_at_index";`);
  }
}
