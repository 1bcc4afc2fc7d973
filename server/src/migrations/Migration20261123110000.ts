import { Migration } from '@mikro-orm/migrations';

/** Trigram similarity, for likely duplicate pledges of a member (compared among that member's pledges only). */
export class Migration20261123110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop extension if exists pg_trgm;`);
  }
}
