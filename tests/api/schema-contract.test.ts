import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildApiSchema, printSortedSchema } from '../../server/src/schema.js';
import { authorizationRules } from '../../server/src/common/authorization.js';

describe('the schema contract', () => {
  it('is what the server builds, field for field', async () => {
    const built = printSortedSchema(await buildApiSchema());
    expect(built).toBe(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  });

  it('gives every query and mutation an explicit authorization rule', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const roots = [...storage.queries, ...storage.mutations];
    expect(roots.length).toBeGreaterThan(40);
    const missing = roots.filter((r) => !authorizationRules.has(`${r.target.name}.${r.methodName}`)).map((r) => r.schemaName);
    expect(missing).toEqual([]);
  });

  it('guards personal data with a field rule', async () => {
    await buildApiSchema();
    for (const field of ['Person.email', 'Person.phone', 'PledgeResolver.statusReason', 'MemberResolver.people', 'AccountResolver.members']) {
      expect(authorizationRules.has(field), field).toBe(true);
    }
  });
});
