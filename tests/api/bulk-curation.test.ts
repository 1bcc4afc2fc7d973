import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const BulkSubmit = graphql(`
  mutation BulkSubmit($id: ID!) {
    submitPledge(id: $id) {
      id
      version
    }
  }
`);

const ApproveMany = graphql(`
  mutation ApproveMany($items: [PledgeDecisionItem!]!) {
    approvePledges(items: $items) {
      id
      pledge {
        id
        status
        reference
      }
      error {
        code
        message
        field
      }
    }
  }
`);

const RejectMany = graphql(`
  mutation RejectMany($input: BulkPledgeDecisionInput!) {
    rejectPledges(input: $input) {
      id
      pledge {
        id
        status
        statusReason
      }
      error {
        code
      }
    }
  }
`);

const RequestChangesToMany = graphql(`
  mutation RequestChangesToMany($input: BulkPledgeDecisionInput!) {
    requestChangesToPledges(input: $input) {
      id
      pledge {
        id
        status
        statusReason
      }
      error {
        code
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

async function submitted(count: number) {
  const admin = await api.admin();
  const leadMemberId = (await createMember(admin)).id;
  const pledges = [];
  for (let i = 0; i < count; i++) {
    const draft = await createPledge(admin, { leadMemberId });
    pledges.push((await admin.data(BulkSubmit, { id: draft.id })).submitPledge);
  }
  return pledges;
}

const statuses = async () => (await api.sql<{ status: string; n: number }>(`select status, count(*)::int as n from pledge group by status`)).map((r) => `${r.status}:${r.n}`).sort();

describe('bulk curation', () => {
  it('approves many pledges in one request, with a result per item; one bad item blocks nothing and is not half-applied', async () => {
    const admin = await api.admin();
    const [a, b, c] = await submitted(3);
    const draft = await createPledge(admin);
    const auditBefore = (await api.sql<{ n: number }>(`select count(*)::int as n from audit_entry`))[0]!.n;

    const { approvePledges } = await admin.data(ApproveMany, {
      items: [
        { id: a!.id, expectedVersion: a!.version },
        { id: draft.id },
        { id: b!.id, expectedVersion: b!.version - 1 },
        { id: c!.id },
        { id: 'UGxlZGdlOjk5OTk5' },
      ],
    });
    expect(approvePledges.map((r) => r.id)).toEqual([a!.id, draft.id, b!.id, c!.id, 'UGxlZGdlOjk5OTk5']);
    expect(approvePledges[0]).toMatchObject({ pledge: { status: 'PUBLISHED' }, error: null });
    expect(approvePledges[1]).toMatchObject({ pledge: null, error: { code: 'INVALID_STATE' } });
    expect(approvePledges[2]).toMatchObject({ pledge: null, error: { code: 'CONFLICT' } });
    expect(approvePledges[3]).toMatchObject({ pledge: { status: 'PUBLISHED' }, error: null });
    expect(approvePledges[4]).toMatchObject({ pledge: null, error: { code: 'NOT_FOUND' } });
    const references = [approvePledges[0]!.pledge!.reference, approvePledges[3]!.pledge!.reference];
    expect(new Set(references).size).toBe(2);

    expect(await statuses()).toEqual(['DRAFT:1', 'PUBLISHED:2', 'SUBMITTED:1']);
    const audit = await api.sql<{ action: string }>(`select action from audit_entry order by id offset $1`, [auditBefore]);
    expect(audit.map((r) => r.action)).toEqual(['pledge.approve', 'pledge.approve']);
  });

  it('rejects many with one reason', async () => {
    const admin = await api.admin();
    const pledges = await submitted(2);
    const { rejectPledges } = await admin.data(RejectMany, { input: { items: pledges.map((p) => ({ id: p!.id })), reason: 'Duplicates of pledge 12' } });
    expect(rejectPledges.every((r) => r.pledge?.status === 'REJECTED' && r.pledge.statusReason === 'Duplicates of pledge 12')).toBe(true);
  });

  it('returns many for changes with one reason, each on its own: a pledge no longer submitted is reported and left alone', async () => {
    const admin = await api.admin();
    const [a, b] = await submitted(2);
    await admin.data(ApproveMany, { items: [{ id: b!.id }] });
    const { requestChangesToPledges } = await admin.data(RequestChangesToMany, { input: { items: [{ id: a!.id }, { id: b!.id }], reason: 'Name the target countries' } });
    expect(requestChangesToPledges[0]).toMatchObject({ pledge: { status: 'CHANGES_REQUESTED', statusReason: 'Name the target countries' }, error: null });
    expect(requestChangesToPledges[1]).toMatchObject({ pledge: null, error: { code: 'INVALID_STATE' } });
    expect(await statuses()).toEqual(['CHANGES_REQUESTED:1', 'PUBLISHED:1']);
    const audit = await api.sql<{ action: string; reason: string }>(`select action, reason from audit_entry where action = 'pledge.requestChanges'`);
    expect(audit).toEqual([{ action: 'pledge.requestChanges', reason: 'Name the target countries' }]);
    for (const role of ['PLEDGER', 'ORGANIZER'] as const) {
      expect((await (await api.as(role)).error(RequestChangesToMany, { input: { items: [{ id: a!.id }], reason: 'Nope' } })).code).toBe('FORBIDDEN');
    }
  });

  it('refuses empty, oversized and repeated lists, and anyone but staff, changing nothing', async () => {
    const admin = await api.admin();
    const [a] = await submitted(1);
    expect(await admin.error(ApproveMany, { items: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
    expect(await admin.error(ApproveMany, { items: [{ id: a!.id }, { id: a!.id }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
    expect(await admin.error(ApproveMany, { items: Array.from({ length: 101 }, (_, i) => ({ id: `id-${i}` })) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await admin.error(RejectMany, { input: { items: [{ id: a!.id }], reason: '' } })).code).toBe('BAD_USER_INPUT');
    expect((await api.anonymous.error(ApproveMany, { items: [{ id: a!.id }] })).code).toBe('UNAUTHENTICATED');
    for (const role of ['PLEDGER', 'ORGANIZER'] as const) {
      expect((await (await api.as(role)).error(ApproveMany, { items: [{ id: a!.id }] })).code).toBe('FORBIDDEN');
    }
    expect(await statuses()).toEqual(['SUBMITTED:1']);
  });
});
