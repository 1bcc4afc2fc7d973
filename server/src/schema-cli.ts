import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { buildApiSchema, printSortedSchema } from './schema.js';

/**
 * `check` fails when the schema the server builds differs from schema.graphql;
 * `print` shows the built schema, to compare with the contract by hand.
 */
const file = path.join(PROJECT_ROOT, 'schema.graphql');
const printed = printSortedSchema(await buildApiSchema());
const command = process.argv[2];
if (command === 'print') {
  process.stdout.write(printed);
} else if (command === 'check') {
  if (readFileSync(file, 'utf8') !== printed) {
    console.error('The built schema differs from schema.graphql. Change schema.graphql first, then make the code match (`npm run schema:print` shows the built one).');
    process.exit(1);
  }
  console.log('schema.graphql matches the built schema');
} else if (command === 'write') {
  writeFileSync(file, printed);
  console.log('wrote schema.graphql');
} else {
  console.error('usage: schema-cli print|check|write');
  process.exit(2);
}
