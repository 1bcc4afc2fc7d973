import { UseMiddleware } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from './errors.js';
import type { Context } from './context.js';
import { hasRole, isStaff, Role, type Viewer } from './viewer.js';

export interface Rule {
  readonly name: string;
  readonly allows: (viewer: Viewer, root: unknown) => boolean;
}

const rule = (name: string, allows: Rule['allows']): Rule => ({ name, allows });

export const Rules = {
  PUBLIC: rule('anyone, including anonymous callers', () => true),
  AUTHENTICATED: rule('any logged-in account', (v) => v.kind === 'account'),
  ADMIN: rule('admins', (v) => hasRole(v, Role.ADMIN)),
  STAFF: rule('admins and curators', (v) => isStaff(v)),
  STAFF_OR_ORGANIZER: rule('admins, curators and organizers', (v) => hasRole(v, Role.ADMIN, Role.CURATOR, Role.ORGANIZER)),
  STAFF_OR_PLEDGER: rule('admins, curators and pledgers (per record checks follow)', (v) =>
    hasRole(v, Role.ADMIN, Role.CURATOR, Role.PLEDGER),
  ),
  custom: rule,
} as const;

/** `Type.field` → rule, so that a test can prove every root field has one. */
export const authorizationRules = new Map<string, Rule>();

/** A root mutation field runs in one transaction: all of its writes, audit entries included, or none. */
async function inTransaction(context: Context, next: () => Promise<unknown>): Promise<unknown> {
  const outer = context.em;
  try {
    return await outer.transactional(async (em) => {
      context.em = em;
      return next();
    });
  } finally {
    context.em = outer;
    context.cache?.invalidate();
  }
}

/**
 * Declares who may use a field. Root fields refuse others with UNAUTHENTICATED
 * or FORBIDDEN; object fields marked `mask` resolve to null instead, so that a
 * public query never fails because it touched a private field. Every root
 * field has one (a test checks), which also makes this the place where each
 * mutation gets its transaction, without a middleware on every field.
 */
export function Allow(allowed: Rule, options: { mask?: boolean } = {}) {
  const middleware = UseMiddleware(async ({ context, root, info }: { context: Context; root: unknown; info: GraphQLResolveInfo }, next) => {
    if (!allowed.allows(context.viewer, root)) {
      if (options.mask) return null;
      throw context.viewer.kind === 'anonymous' ? unauthenticated() : forbidden();
    }
    return info.parentType.name === 'Mutation' && info.path.prev === undefined ? inTransaction(context, next) : next();
  });
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor): void => {
    authorizationRules.set(`${target.constructor.name}.${String(propertyKey)}`, allowed);
    middleware(target, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
