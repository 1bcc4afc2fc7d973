import { UseMiddleware } from 'type-graphql';
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

/**
 * Declares who may use a field. Root fields refuse others with UNAUTHENTICATED
 * or FORBIDDEN; object fields marked `mask` resolve to null instead, so that a
 * public query never fails because it touched a private field. Every root
 * field has one (a test checks).
 */
export function Allow(allowed: Rule, options: { mask?: boolean } = {}) {
  const middleware = UseMiddleware(async ({ context, root }: { context: Context; root: unknown }, next) => {
    if (!allowed.allows(context.viewer, root)) {
      if (options.mask) return null;
      throw context.viewer.kind === 'anonymous' ? unauthenticated() : forbidden();
    }
    return next();
  });
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor): void => {
    authorizationRules.set(`${target.constructor.name}.${String(propertyKey)}`, allowed);
    middleware(target, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
