import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Outbox = graphql(`
  query Outbox($filter: NotificationFilter) {
    notifications(filter: $filter, first: 50) {
      totalCount
      nodes {
        topic
        recipientEmail
        subject
        body
        status
        attempts
        sentAt
        recordType
      }
    }
  }
`);

const OutboxSubmit = graphql(`
  mutation OutboxSubmit($id: ID!) {
    submitPledge(id: $id) {
      id
      version
    }
  }
`);

const OutboxApprove = graphql(`
  mutation OutboxApprove($id: ID!, $expectedVersion: Int) {
    approvePledge(id: $id, expectedVersion: $expectedVersion) {
      id
      reference
    }
  }
`);

const OutboxReject = graphql(`
  mutation OutboxReject($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledge(id: $id, input: $input) {
      id
    }
  }
`);

const until = async (check: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};

async function pledgeOfRepresentedMember(api: TestApi) {
  const admin = await api.admin();
  const member = await createMember(admin, { name: 'Outbox Telecom' });
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const draft = await createPledge(pledger, { leadMemberId: member.id, title: 'Broadband for 200 clinics' });
  return { admin, pledger, draft };
}

describe('the notification outbox', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());
  beforeEach(() => api.reset());

  it('queues a message to the people concerned with each status change, in its transaction', async () => {
    const { admin, pledger, draft } = await pledgeOfRepresentedMember(api);
    const curator = await api.as('CURATOR');
    const submitted = (await pledger.data(OutboxSubmit, { id: draft.id })).submitPledge;

    const toStaff = (await admin.data(Outbox, { filter: { record: draft.id, topic: { eq: 'pledge.submit' } } })).notifications.nodes;
    expect(toStaff.map((n) => n.recipientEmail).sort()).toEqual(['admin@test.example.org', curator.email].sort());
    expect(toStaff[0]).toMatchObject({ status: 'QUEUED', attempts: 0, sentAt: null, recordType: 'Pledge', subject: 'Pledge submitted for review: Broadband for 200 clinics' });

    const stale = await admin.error(OutboxApprove, { id: draft.id, expectedVersion: submitted.version - 1 });
    expect(stale.code).toBe('CONFLICT');
    expect((await admin.data(Outbox, { filter: { topic: { eq: 'pledge.approve' } } })).notifications.totalCount).toBe(0);

    const { approvePledge } = await admin.data(OutboxApprove, { id: draft.id });
    const toPledger = (await admin.data(Outbox, { filter: { record: draft.id, topic: { eq: 'pledge.approve' } } })).notifications.nodes;
    expect(toPledger).toHaveLength(1);
    expect(toPledger[0]).toMatchObject({ recipientEmail: pledger.email, subject: 'Your pledge is published: Broadband for 200 clinics' });
    expect(toPledger[0]!.body).toContain(`pledge no. ${approvePledge.reference}`);
  });

  it('tells the pledgers why a pledge was rejected', async () => {
    const { admin, pledger, draft } = await pledgeOfRepresentedMember(api);
    await pledger.data(OutboxSubmit, { id: draft.id });
    await admin.data(OutboxReject, { id: draft.id, input: { reason: 'The clinics are already covered by pledge 41' } });
    const [message] = (await admin.data(Outbox, { filter: { topic: { eq: 'pledge.reject' } } })).notifications.nodes;
    expect(message).toMatchObject({ recipientEmail: pledger.email, status: 'QUEUED' });
    expect(message!.body).toContain('The clinics are already covered by pledge 41');
  });

  it('is for staff only', async () => {
    const { pledger } = await pledgeOfRepresentedMember(api);
    expect((await pledger.error(Outbox, {})).code).toBe('FORBIDDEN');
    expect((await api.anonymous.error(Outbox, {})).code).toBe('UNAUTHENTICATED');
  });
});

describe('with an SMTP server', () => {
  const received: { to: string[]; data: string }[] = [];
  let smtp: SMTPServer;
  let api: TestApi;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApi({ smtpUrl: `smtp://127.0.0.1:${port}`, smtpFrom: 'P2C <outbox@test.example.org>' });
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends queued messages and records when', async () => {
    const { admin, pledger, draft } = await pledgeOfRepresentedMember(api);
    await pledger.data(OutboxSubmit, { id: draft.id });
    await admin.data(OutboxApprove, { id: draft.id });

    const sent = await until(async () => {
      const { nodes } = (await admin.data(Outbox, { filter: { record: draft.id } })).notifications;
      return nodes.length > 0 && nodes.every((n) => n.status === 'SENT');
    });
    expect(sent).toBe(true);
    const mail = received.find((m) => m.to.includes(pledger.email));
    expect(mail?.data).toContain('Subject: Your pledge is published: Broadband for 200 clinics');
    expect(mail?.data).toContain('From: P2C <outbox@test.example.org>');
    const [approved] = (await admin.data(Outbox, { filter: { topic: { eq: 'pledge.approve' } } })).notifications.nodes;
    expect(approved).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(approved!.sentAt).not.toBeNull();
  });
});
