import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildApiSchema, printSortedSchema } from '../../server/src/schema.js';
import { authorizationRules } from '../../server/src/common/authorization.js';
import { TransactionMode, transactionModes } from '../../server/src/common/transaction.js';

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

  it('declares the unit of work of every mutation, opened only once the caller is authorized', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    expect(storage.mutations.length).toBeGreaterThan(40);
    const undeclared = storage.mutations.filter((m) => !transactionModes.has(`${m.target.name}.${m.methodName}`)).map((m) => m.schemaName);
    expect(undeclared).toEqual([]);
    const onQueries = storage.queries.filter((q) => transactionModes.has(`${q.target.name}.${q.methodName}`)).map((q) => q.schemaName);
    expect(onQueries).toEqual([]);
    // Middlewares run in the order they were collected: the authorization check's must come first.
    const openedFirst = storage.mutations
      .filter((m) => transactionModes.get(`${m.target.name}.${m.methodName}`) === TransactionMode.WHOLE)
      .filter((m) => {
        const chain = storage.middlewares.filter((d) => d.target === m.target && d.fieldName === m.methodName).flatMap((d) => d.middlewares);
        return chain.findIndex((fn) => (fn as { name?: string }).name === 'openMutationTransaction') < 1;
      })
      .map((m) => m.schemaName);
    expect(openedFirst).toEqual([]);
  });

  it('guards personal data with a field rule', async () => {
    await buildApiSchema();
    for (const field of ['Person.email', 'Person.phone', 'PledgeResolver.statusReason', 'MemberResolver.people', 'AccountResolver.members']) {
      expect(authorizationRules.has(field), field).toBe(true);
    }
  });
});
