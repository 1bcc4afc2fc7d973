import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123054751 } from './Migration20261123054751.js';
import { Migration20261123070000 } from './Migration20261123070000.js';
import { Migration20261123080000 } from './Migration20261123080000.js';
import { Migration20261123090000 } from './Migration20261123090000.js';
import { Migration20261123100000 } from './Migration20261123100000.js';
import { Migration20261123110000 } from './Migration20261123110000.js';
import { Migration20261123120000 } from './Migration20261123120000.js';
import { Migration20261123130000 } from './Migration20261123130000.js';
import { Migration20261123140000 } from './Migration20261123140000.js';
import { Migration20261123150000 } from './Migration20261123150000.js';
import { Migration20261123160000 } from './Migration20261123160000.js';
import { Migration20261123170000 } from './Migration20261123170000.js';
import { Migration20261123180000 } from './Migration20261123180000.js';
import { Migration20261123190000 } from './Migration20261123190000.js';

/** Every migration, in order; a new one is added here after `npm run db:migration:create`. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123054751', class: Migration20261123054751 },
  { name: 'Migration20261123070000', class: Migration20261123070000 },
  { name: 'Migration20261123080000', class: Migration20261123080000 },
  { name: 'Migration20261123090000', class: Migration20261123090000 },
  { name: 'Migration20261123100000', class: Migration20261123100000 },
  { name: 'Migration20261123110000', class: Migration20261123110000 },
  { name: 'Migration20261123120000', class: Migration20261123120000 },
  { name: 'Migration20261123130000', class: Migration20261123130000 },
  { name: 'Migration20261123140000', class: Migration20261123140000 },
  { name: 'Migration20261123150000', class: Migration20261123150000 },
  { name: 'Migration20261123160000', class: Migration20261123160000 },
  { name: 'Migration20261123170000', class: Migration20261123170000 },
  { name: 'Migration20261123180000', class: Migration20261123180000 },
  { name: 'Migration20261123190000', class: Migration20261123190000 },
];
