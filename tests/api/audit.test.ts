import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const AuditTrail = graphql(`
  query AuditTrail($filter: AuditEntryFilter, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        action
        recordType
        reason
        actor {
          email
        }
        record {
          id
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

const AuditUpdateMember = graphql(`
  mutation AuditUpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      id
      version
    }
  }
`);

const AuditSubmit = graphql(`
  mutation AuditSubmit($id: ID!) {
    submitPledge(id: $id) {
      id
    }
  }
`);

const AuditReject = graphql(`
  mutation AuditReject($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledge(id: $id, input: $input) {
      id
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

describe('the audit trail', () => {
  it('lists the changes to one record, newest first, with who, the fields before and after, and the reason', async () => {
    const admin = await api.admin();
    const member = await createMember(admin, { name: 'Before Name' });
    await admin.data(AuditUpdateMember, { id: member.id, input: { name: 'After Name', expectedVersion: 1 } });
    const other = await createMember(admin);

    const { auditEntries } = await admin.data(AuditTrail, { filter: { record: member.id } });
    expect(auditEntries.totalCount).toBe(2);
    const [update, create] = auditEntries.nodes;
    expect(update).toMatchObject({ action: 'member.update', recordType: 'Member', actor: { email: 'admin@test.example.org' }, record: { id: member.id } });
    expect(update!.changes).toEqual([{ field: 'name', before: 'Before Name', after: 'After Name' }]);
    expect(create!.action).toBe('member.create');
    expect(create!.changes.find((c) => c.field === 'name')).toEqual({ field: 'name', before: null, after: 'Before Name' });
    expect(new Date(update!.at).getTime()).toBeGreaterThanOrEqual(new Date(create!.at).getTime());
    expect(auditEntries.nodes.map((n) => n.record?.id)).not.toContain(other.id);
  });

  it('lists changes across records with filters, and pages by cursor', async () => {
    const admin = await api.admin();
    const draft = await createPledge(admin);
    await admin.data(AuditSubmit, { id: draft.id });
    await admin.data(AuditReject, { id: draft.id, input: { reason: 'Not a commitment of the coalition' } });

    const rejections = await admin.data(AuditTrail, { filter: { action: { eq: 'pledge.reject' } } });
    expect(rejections.auditEntries.nodes).toHaveLength(1);
    expect(rejections.auditEntries.nodes[0]).toMatchObject({ reason: 'Not a commitment of the coalition', record: { id: draft.id } });
    expect(rejections.auditEntries.nodes[0]!.changes).toContainEqual({ field: 'status', before: 'SUBMITTED', after: 'REJECTED' });

    const members = await admin.data(AuditTrail, { filter: { recordType: { eq: 'Member' } } });
    expect(members.auditEntries.nodes.every((n) => n.recordType === 'Member')).toBe(true);
    const recent = await admin.data(AuditTrail, { filter: { at: { gte: new Date(Date.now() - 60_000).toISOString() }, actor: { email: { eq: 'admin@test.example.org' } } } });
    const all = await admin.data(AuditTrail, {});
    expect(recent.auditEntries.totalCount).toBe(all.auditEntries.totalCount);

    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await admin.data(AuditTrail, { first: 2, after });
      seen.push(...page.auditEntries.nodes.map((n) => n.id));
      after = page.auditEntries.pageInfo.hasNextPage ? page.auditEntries.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(all.auditEntries.nodes.map((n) => n.id));
  });

  it('is for staff only', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    expect((await api.anonymous.error(AuditTrail, { filter: { record: member.id } })).code).toBe('UNAUTHENTICATED');
    for (const role of ['PLEDGER', 'ORGANIZER'] as const) {
      const client = await api.as(role, role === 'PLEDGER' ? { memberIds: [member.id] } : {});
      expect((await client.error(AuditTrail, {})).code).toBe('FORBIDDEN');
    }
    const curator = await api.as('CURATOR');
    expect((await curator.data(AuditTrail, { filter: { record: member.id } })).auditEntries.totalCount).toBe(1);
  });

  it('cannot be written through the API, and a failed change leaves no entry', async () => {
    const admin = await api.admin();
    const { data } = await admin.request(
      graphql(`
        query AuditMutations {
          __schema {
            mutationType {
              fields {
                name
              }
            }
          }
        }
      `),
    );
    expect((data?.__schema.mutationType?.fields ?? []).map((f) => f.name).filter((n) => /audit/i.test(n))).toEqual([]);

    const member = await createMember(admin);
    const before = (await admin.data(AuditTrail, {})).auditEntries.totalCount;
    const stale = await admin.error(AuditUpdateMember, { id: member.id, input: { name: 'Stale edit', expectedVersion: 7 } });
    expect(stale.code).toBe('CONFLICT');
    expect((await admin.data(AuditTrail, {})).auditEntries.totalCount).toBe(before);
    const rows = await api.sql<{ n: number }>(`select count(*)::int as n from audit_entry where changes::text like '%Stale edit%'`);
    expect(rows[0]!.n).toBe(0);
  });

  it('rejects a malformed record ID as bad input', async () => {
    const admin = await api.admin();
    const error = await admin.error(AuditTrail, { filter: { record: 'not-an-id' } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
