import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../server/src/common/context.js';
import { AppError, ErrorCode, invalidInput } from '../../server/src/common/errors.js';
import { ANONYMOUS, Role, type Viewer } from '../../server/src/common/viewer.js';
import { onEveryTransition, party, staff, Workflow, type TransitionEvent } from '../../server/src/common/workflow.js';

type Status = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED';
type Action = 'submit' | 'approve' | 'reject';

class Doc {
  status: Status = 'DRAFT';
  statusReason?: string;
  archivedAt?: Date;
  constructor(
    readonly ownerId: number,
    public body = 'text',
  ) {}
  get isArchived() {
    return Boolean(this.archivedAt);
  }
}
interface DocSubject {
  readonly record: Doc;
}

const account = (role: Role, memberIds: number[] = [], accountId = 1): Viewer => ({ kind: 'account', accountId, role, memberIds: new Set(memberIds) });
const curator = account(Role.CURATOR);
const owner = account(Role.PLEDGER, [7]);
const stranger = account(Role.PLEDGER, [8]);
const organizer = account(Role.ORGANIZER);

const events: string[] = [];
const owners = party<DocSubject>('its owners', [Role.PLEDGER], (viewer, { record }) => viewer.kind === 'account' && viewer.memberIds.has(record.ownerId));
const record = (e: TransitionEvent<Status, Action, DocSubject>) => events.push(`${e.workflow}.${e.action}:${e.from}→${e.to}`);

const docs = new Workflow<Status, Action, Doc, DocSubject>({
  name: 'doc',
  transitions: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', by: [staff, owners], label: 'Submit', guards: [({ record: d }) => (d.body ? undefined : invalidInput('body', 'write something'))] },
    approve: { from: ['SUBMITTED'], to: 'PUBLISHED', by: [staff], label: 'Approve' },
    reject: { from: ['SUBMITTED'], to: 'REJECTED', by: [staff], label: 'Reject', reasonRequired: true },
  },
  loadSubject: async (_ctx, doc) => ({ record: doc }),
  onTransitionStart: (e) => void record(e),
  onTransitionEnd: (e) => void record(e),
});

const ctx = (viewer: Viewer) => ({ viewer, requestId: 'test' }) as unknown as Context;
const codeOf = (error: AppError | undefined) => error?.code;

describe('a workflow', () => {
  it('moves a record along its table and refuses any other move with INVALID_STATE', () => {
    const doc = new Doc(7);
    expect(() => docs.move(doc, 'approve')).toThrow(/A DRAFT doc cannot become PUBLISHED/);
    docs.move(doc, 'submit');
    docs.move(doc, 'reject', 'No');
    expect(doc).toMatchObject({ status: 'REJECTED', statusReason: 'No' });
    for (const action of docs.actions) expect(() => docs.move(doc, action)).toThrow(AppError);

    const archived = new Doc(7);
    archived.archivedAt = new Date();
    expect(() => docs.move(archived, 'submit')).toThrow(/An archived doc cannot become SUBMITTED/);
  });

  it('decides who may take an action: roles, then their relation to the record, then the status, then the guards', () => {
    const draft = { record: new Doc(7) };
    expect(codeOf(docs.refusal(ANONYMOUS, draft, 'submit'))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(docs.refusal(organizer, draft, 'submit'))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(docs.refusal(stranger, draft, 'submit'))).toBe(ErrorCode.FORBIDDEN);
    expect(docs.refusal(stranger, draft, 'submit')?.message).toBe('Only staff or its owners may do this');
    expect(docs.refusal(owner, draft, 'submit')).toBeUndefined();
    expect(docs.refusal(curator, draft, 'submit')).toBeUndefined();
    expect(codeOf(docs.refusal(curator, draft, 'approve'))).toBe(ErrorCode.INVALID_STATE);
    expect(codeOf(docs.refusal(owner, draft, 'approve'))).toBe(ErrorCode.FORBIDDEN);
    const empty = { record: new Doc(7, '') };
    expect(docs.refusal(owner, empty, 'submit')).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, problems: [{ field: 'body' }] });
  });

  it('lists exactly the actions it would let the viewer take, with their target, label and reason', () => {
    const submitted = new Doc(7);
    submitted.status = 'SUBMITTED';
    expect(docs.available(curator, { record: submitted })).toEqual([
      { action: 'approve', to: 'PUBLISHED', label: 'Approve', reasonRequired: false },
      { action: 'reject', to: 'REJECTED', label: 'Reject', reasonRequired: true },
    ]);
    expect(docs.available(owner, { record: submitted })).toEqual([]);
    expect(docs.available(owner, { record: new Doc(7) }).map((a) => a.action)).toEqual(['submit']);
    expect(docs.available(owner, { record: new Doc(7, '') })).toEqual([]);
    for (const viewer of [ANONYMOUS, owner, stranger, organizer, curator]) {
      for (const status of ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'] as const) {
        const doc = new Doc(7);
        doc.status = status;
        const listed = docs.available(viewer, { record: doc }).map((a) => a.action);
        expect(listed).toEqual(docs.actions.filter((a) => !docs.refusal(viewer, { record: doc }, a)));
      }
    }
  });

  it('gives @Allow the roles of an action\'s parties', () => {
    expect(docs.allowRule('submit')).toMatchObject({ name: 'staff or its owners' });
    expect([ANONYMOUS, owner, organizer, curator].map((v) => docs.allowRule('submit').allows(v, undefined))).toEqual([false, true, false, true]);
    expect([owner, curator, account(Role.ADMIN)].map((v) => docs.allowRule('approve').allows(v, undefined))).toEqual([false, true, true]);
  });

  it('takes an action between its hooks, global ones outermost, and refuses before any hook or change', async () => {
    events.length = 0;
    const remove = onEveryTransition({ onTransitionStart: (e) => void events.push(`global start ${e.action}`), onTransitionEnd: (e) => void events.push(`global end ${e.to}`) });
    try {
      const doc = new Doc(7);
      await docs.take(ctx(owner), { record: doc }, 'submit', () => docs.move(doc, 'submit'));
      expect(doc.status).toBe('SUBMITTED');
      expect(events).toEqual(['global start submit', 'doc.submit:DRAFT→SUBMITTED', 'doc.submit:DRAFT→SUBMITTED', 'global end SUBMITTED']);

      events.length = 0;
      await expect(docs.take(ctx(owner), { record: doc }, 'approve', () => docs.move(doc, 'approve'))).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      await expect(docs.take(ctx(curator), { record: doc }, 'reject', () => docs.move(doc, 'reject', ' '), ' ')).rejects.toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        problems: [{ field: 'reason' }],
      });
      expect(events).toEqual([]);
      expect(doc.status).toBe('SUBMITTED');
    } finally {
      remove();
    }
    await docs.take(ctx(curator), { record: new Doc(7, 'x') }, 'submit', () => undefined);
    expect(events.some((e) => e.startsWith('global'))).toBe(false);
  });

  it('reports whether some action reaches a status', () => {
    const doc = new Doc(7);
    expect(() => docs.assertCanReach(doc, 'SUBMITTED')).not.toThrow();
    expect(() => docs.assertCanReach(doc, 'PUBLISHED')).toThrow(/A DRAFT doc cannot become PUBLISHED/);
  });
});
