import type { Context } from './context.js';
import type { Rule } from './authorization.js';
import { AppError, forbidden, invalidInput, invalidState, unauthenticated } from './errors.js';
import { logger } from './logger.js';
import { hasRole, Role, type Viewer } from './viewer.js';

/** A record a workflow moves: its status, the reason given for the last move, and whether it was archived. */
export interface Stateful<S extends string> {
  status: S;
  statusReason?: string;
  readonly isArchived: boolean;
}

/** What a transition's rules look at: the record, and the related facts its workflow loads with it. */
export interface Subject<R> {
  readonly record: R;
}

/** Who may take a transition: accounts of some roles, narrowed to those related to the record when `relates` is given. */
export interface Party<F> {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly relates?: (viewer: Viewer, subject: F) => boolean;
}

export const party = <F>(name: string, roles: readonly Role[], relates?: Party<F>['relates']): Party<F> => ({ name, roles, relates });

export const isOf = <F>(viewer: Viewer, subject: F, { roles, relates }: Party<F>): boolean => hasRole(viewer, ...roles) && (!relates || relates(viewer, subject));

/** Admins and curators, whatever the record. */
export const staff: Party<unknown> = party('staff', [Role.ADMIN, Role.CURATOR]);

/** A condition of the record beyond its status; refuses with the typed error the client is shown. */
export type Guard<F> = (subject: F, viewer: Viewer) => AppError | undefined;

export interface TransitionRule<S extends string, F> {
  readonly from: readonly S[];
  readonly to: S;
  readonly by: readonly Party<F>[];
  /** What the console's button says. */
  readonly label: string;
  readonly reasonRequired?: boolean;
  readonly guards?: readonly Guard<F>[];
}

export interface TransitionEvent<S extends string, A extends string, F> {
  readonly workflow: string;
  readonly action: A;
  readonly from: S;
  /** The rule's target at the start; the status reached at the end (a one-sided confirmation stays where it was). */
  readonly to: S;
  readonly subject: F;
  readonly reason?: string;
  readonly ctx: Context;
}

export interface TransitionHooks<S extends string, A extends string, F> {
  onTransitionStart?(event: TransitionEvent<S, A, F>): Promise<void> | void;
  onTransitionEnd?(event: TransitionEvent<S, A, F>): Promise<void> | void;
}

export interface WorkflowDefinition<S extends string, A extends string, R extends Stateful<S>, F extends Subject<R>> extends TransitionHooks<S, A, F> {
  /** The record's name in messages: "A DRAFT pledge cannot become PUBLISHED". */
  readonly name: string;
  readonly transitions: { readonly [K in A]: TransitionRule<S, F> };
  /** Loads what the rules need beside the record, through the request's loaders so that a page of records costs one batch. */
  loadSubject(ctx: Context, record: R): Promise<F>;
}

/** A transition the viewer may take now. */
export interface AvailableAction<S extends string, A extends string> {
  readonly action: A;
  readonly to: S;
  readonly label: string;
  readonly reasonRequired: boolean;
}

type AnyHooks = TransitionHooks<string, string, Subject<Stateful<string>>>;

/** Every transition of every workflow is logged with its request, so that operators can follow a record through its states. */
const everyTransition: AnyHooks[] = [
  {
    onTransitionEnd: ({ workflow, action, from, to, subject, ctx }) =>
      logger.info({ requestId: ctx.requestId, workflow, action, from, to, id: (subject.record as { id?: number }).id }, 'workflow transition'),
  },
];

/** Hooks run around the transitions of every workflow (start: before the workflow's own; end: after them). Returns their removal. */
export function onEveryTransition(hooks: AnyHooks): () => void {
  everyTransition.push(hooks);
  return () => {
    const at = everyTransition.indexOf(hooks);
    if (at >= 0) everyTransition.splice(at, 1);
  };
}

const joined = (names: readonly string[]) => (names.length < 2 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

/**
 * A finite-state machine over one record type, from its declarative table:
 * which statuses each action leaves and reaches, who may take it, whether a
 * reason is required and what else must hold. The mutations, the entity's
 * own invariant and `availableActions` all ask it, so they cannot disagree.
 */
export class Workflow<S extends string, A extends string, R extends Stateful<S>, F extends Subject<R>> {
  constructor(readonly definition: WorkflowDefinition<S, A, R, F>) {}

  get actions(): A[] {
    return Object.keys(this.definition.transitions) as A[];
  }

  ruleOf(action: A): TransitionRule<S, F> {
    return this.definition.transitions[action];
  }

  /** The INVALID_STATE error of an action the record's status (or its being archived) does not allow. */
  private stateRefusal(record: R, action: A): AppError | undefined {
    const { from, to } = this.ruleOf(action);
    const name = this.definition.name;
    if (record.isArchived) return invalidState(`An archived ${name} cannot become ${to}`, { status: record.status, requested: to });
    if (!from.includes(record.status)) return invalidState(`A ${record.status} ${name} cannot become ${to}`, { status: record.status, requested: to });
    return undefined;
  }

  /** The entity's guard of its own invariant: throws INVALID_STATE unless its status allows the action. */
  assertCanTake(record: R, action: A): void {
    const refusal = this.stateRefusal(record, action);
    if (refusal) throw refusal;
  }

  /** Throws INVALID_STATE unless some action leads from the record's status to `status`. */
  assertCanReach(record: R, status: S): void {
    const refusals = this.actions.filter((a) => this.ruleOf(a).to === status).map((a) => this.stateRefusal(record, a));
    if (refusals.some((r) => !r)) return;
    throw refusals[0] ?? invalidState(`No ${this.definition.name} becomes ${status}`, { status: record.status, requested: status });
  }

  /** Moves the record to the action's target: the one place where a status is written. */
  move(record: R, action: A, reason?: string): void {
    this.assertCanTake(record, action);
    record.status = this.ruleOf(action).to;
    record.statusReason = reason;
  }

  /** Why the viewer may not take the action now (who, then status, then the guards), or undefined when they may. */
  refusal(viewer: Viewer, subject: F, action: A): AppError | undefined {
    const rule = this.ruleOf(action);
    if (!rule.by.some((p) => isOf(viewer, subject, p))) {
      return viewer.kind === 'anonymous' ? unauthenticated() : forbidden(`Only ${joined(rule.by.map((p) => p.name))} may do this`);
    }
    return this.stateRefusal(subject.record, action) ?? rule.guards?.map((guard) => guard(subject, viewer)).find(Boolean);
  }

  available(viewer: Viewer, subject: F): AvailableAction<S, A>[] {
    return this.actions
      .filter((action) => !this.refusal(viewer, subject, action))
      .map((action) => {
        const { to, label, reasonRequired } = this.ruleOf(action);
        return { action, to, label, reasonRequired: Boolean(reasonRequired) };
      });
  }

  async availableTo(ctx: Context, record: R): Promise<AvailableAction<S, A>[]> {
    return this.available(ctx.viewer, await this.definition.loadSubject(ctx, record));
  }

  /** The root field's rule for @Allow: the roles of the action's parties, before any record is loaded. */
  allowRule(action: A): Rule {
    const parties = this.ruleOf(action).by;
    const roles = parties.flatMap((p) => p.roles);
    return { name: joined(parties.map((p) => p.name)), allows: (viewer) => hasRole(viewer, ...roles) };
  }

  /**
   * Takes the action if the table allows it: the hooks' start, `apply` (the
   * entity's own state change, which moves through `move`), the hooks' end.
   * A refusal throws before anything changed.
   */
  async take(ctx: Context, subject: F, action: A, apply: () => Promise<void> | void, reason?: string): Promise<void> {
    const rule = this.ruleOf(action);
    const refusal = this.refusal(ctx.viewer, subject, action);
    if (refusal) throw refusal;
    if (rule.reasonRequired && !reason?.trim()) throw invalidInput('reason', 'a reason is required');
    const hooks = [this.definition as TransitionHooks<S, A, F>];
    const global = everyTransition as unknown as TransitionHooks<S, A, F>[];
    const start: TransitionEvent<S, A, F> = { workflow: this.definition.name, action, from: subject.record.status, to: rule.to, subject, reason, ctx };
    for (const h of [...global, ...hooks]) await h.onTransitionStart?.(start);
    await apply();
    const end = { ...start, to: subject.record.status };
    for (const h of [...hooks, ...global]) await h.onTransitionEnd?.(end);
  }
}
