import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { SubmitExpressionOfInterestInput } from '../gql/graphql.js';

const Submit = graphql(`
  mutation EoiSubmit($input: SubmitExpressionOfInterestInput!) {
    submitExpressionOfInterest(input: $input) {
      id
      receivedAt
    }
  }
`);

const Queue = graphql(`
  query EoiQueue($status: ExpressionOfInterestStatus) {
    expressionsOfInterest(status: $status, first: 50) {
      totalCount
      nodes {
        id
        organizationName
        status
        contactEmail
        focusAreas {
          code
        }
        possibleDuplicateMembers {
          id
          name
        }
      }
    }
  }
`);

const Accept = graphql(`
  mutation EoiAccept($id: ID!) {
    acceptExpressionOfInterest(id: $id) {
      id
      status
      decidedAt
      member {
        id
        name
        people {
          name
          email
        }
      }
    }
  }
`);

const Decline = graphql(`
  mutation EoiDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {
    declineExpressionOfInterest(id: $id, input: $input) {
      id
      status
      decisionReason
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation EoiAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input)
  }
`);

const EoiOutbox = graphql(`
  query EoiOutbox($topic: String!) {
    notifications(filter: { topic: { eq: $topic } }) {
      nodes {
        recipientEmail
        subject
        body
      }
    }
  }
`);

const request = (overrides: Partial<SubmitExpressionOfInterestInput> = {}): SubmitExpressionOfInterestInput => ({
  organizationName: 'Lake Basin Connect',
  sector: 'PRIVATE_SECTOR',
  countryCode: 'KE',
  website: 'https://www.lakebasin.example/about',
  contactName: 'Amina Wanjiru',
  contactEmail: `amina-${Math.random().toString(36).slice(2, 8)}@lakebasin.example`,
  focusAreaCodes: ['ACCESS'],
  message: 'We would like to pledge community networks around Lake Victoria.',
  ...overrides,
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

describe('expressions of interest', () => {
  it('are submitted by anyone, validated, and wait for curators', async () => {
    const receipt = await api.anonymous.data(Submit, { input: request() });
    expect(receipt.submitExpressionOfInterest.id).toBeTruthy();
    const admin = await api.admin();
    const { expressionsOfInterest } = await admin.data(Queue, { status: 'PENDING' });
    expect(expressionsOfInterest.nodes).toHaveLength(1);
    expect(expressionsOfInterest.nodes[0]).toMatchObject({ organizationName: 'Lake Basin Connect', status: 'PENDING', focusAreas: [{ code: 'ACCESS' }] });

    for (const [input, field] of [
      [request({ contactEmail: 'not-an-email' }), 'contactEmail'],
      [request({ countryCode: 'QQ' }), 'countryCode'],
      [request({ focusAreaCodes: [] }), 'focusAreaCodes'],
      [request({ focusAreaCodes: ['NOPE'] }), 'focusAreaCodes'],
      [request({ website: 'javascript:alert(1)' }), 'website'],
    ] as const) {
      expect(await api.anonymous.error(Submit, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await admin.data(Queue, {})).expressionsOfInterest.totalCount).toBe(1);
  });

  it('are rate-limited per address, and one pending request per e-mail', async () => {
    const first = request();
    await api.anonymous.data(Submit, { input: first });
    expect(await api.anonymous.error(Submit, { input: { ...first, organizationName: 'Again' } })).toMatchObject({ code: 'CONFLICT', field: 'contactEmail' });
    for (let i = 1; i < 5; i++) await api.anonymous.data(Submit, { input: request() });
    const limited = await api.anonymous.error(Submit, { input: request() });
    expect(limited.code).toBe('RATE_LIMITED');
    expect((limited.extensions as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(3600);
    expect((await (await api.admin()).data(Queue, {})).expressionsOfInterest.totalCount).toBe(5);
  });

  it('flag members that may be the same organisation', async () => {
    const admin = await api.admin();
    const sameName = await createMember(admin, { name: 'Lake Basin Connect Ltd' });
    const sameSite = await createMember(admin, { name: 'LBC Holdings', website: 'http://lakebasin.example' });
    await createMember(admin, { name: 'Andes Fibre' });
    await api.anonymous.data(Submit, { input: request() });
    const [eoi] = (await admin.data(Queue, {})).expressionsOfInterest.nodes;
    expect(eoi!.possibleDuplicateMembers.map((m) => m.id).sort()).toEqual([sameName.id, sameSite.id].sort());
  });

  it('are accepted: the member, its focal point and an invited pledger account, whose invitation works once', async () => {
    const input = request();
    await api.anonymous.data(Submit, { input });
    const admin = await api.admin();
    const [pending] = (await admin.data(Queue, {})).expressionsOfInterest.nodes;
    const { acceptExpressionOfInterest: accepted } = await admin.data(Accept, { id: pending!.id });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', member: { name: 'Lake Basin Connect', people: [{ name: 'Amina Wanjiru', email: input.contactEmail }] } });
    expect((await admin.error(Accept, { id: pending!.id })).code).toBe('INVALID_STATE');

    const [invitation] = (await admin.data(EoiOutbox, { topic: 'expressionOfInterest.accept' })).notifications.nodes;
    expect(invitation!.recipientEmail).toBe(input.contactEmail);
    const token = /p2c_inv_[\w-]+/.exec(invitation!.body)![0];
    expect(await api.anonymous.data(AcceptInvitation, { input: { token, password: 'a-new-long-password' } })).toEqual({ acceptInvitation: true });
    const pledger = await api.login(input.contactEmail, 'a-new-long-password');
    expect(pledger).toBeTruthy();
    expect(await api.anonymous.error(AcceptInvitation, { input: { token, password: 'another-long-password' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuse expired invitations', async () => {
    await api.anonymous.data(Submit, { input: request() });
    const admin = await api.admin();
    const [pending] = (await admin.data(Queue, {})).expressionsOfInterest.nodes;
    await admin.data(Accept, { id: pending!.id });
    const token = /p2c_inv_[\w-]+/.exec((await admin.data(EoiOutbox, { topic: 'expressionOfInterest.accept' })).notifications.nodes[0]!.body)![0];
    await api.sql(`update invitation set expires_at = now() - interval '1 minute'`);
    expect(await api.anonymous.error(AcceptInvitation, { input: { token, password: 'a-new-long-password' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('are declined with a reason sent to the contact', async () => {
    const input = request();
    await api.anonymous.data(Submit, { input });
    const admin = await api.admin();
    const [pending] = (await admin.data(Queue, {})).expressionsOfInterest.nodes;
    const { declineExpressionOfInterest } = await admin.data(Decline, { id: pending!.id, input: { reason: 'The coalition admits organisations with a digital development mandate' } });
    expect(declineExpressionOfInterest).toMatchObject({ status: 'DECLINED', decisionReason: 'The coalition admits organisations with a digital development mandate' });
    const [message] = (await admin.data(EoiOutbox, { topic: 'expressionOfInterest.decline' })).notifications.nodes;
    expect(message).toMatchObject({ recipientEmail: input.contactEmail });
    expect(message!.body).toContain('digital development mandate');
    expect((await api.sql<{ n: number }>(`select count(*)::int as n from member`))[0]!.n).toBe(0);
  });

  it('are decided by staff only', async () => {
    await api.anonymous.data(Submit, { input: request() });
    const admin = await api.admin();
    const [pending] = (await admin.data(Queue, {})).expressionsOfInterest.nodes;
    expect((await api.anonymous.error(Accept, { id: pending!.id })).code).toBe('UNAUTHENTICATED');
    for (const role of ['PLEDGER', 'ORGANIZER'] as const) {
      const client = await api.as(role);
      expect((await client.error(Accept, { id: pending!.id })).code).toBe('FORBIDDEN');
      expect((await client.error(Decline, { id: pending!.id, input: { reason: 'No reason at all' } })).code).toBe('FORBIDDEN');
    }
    expect((await admin.data(Queue, { status: 'PENDING' })).expressionsOfInterest.totalCount).toBe(1);
  });
});
