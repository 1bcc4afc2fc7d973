import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { invalidInput } from './errors.js';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from './context.js';
import { Allow, Rules } from './authorization.js';
import { Curated, Node } from './entities.base.js';
import { fromGlobalId } from './global-id.js';
import { canViewCurated } from './visibility.js';
import { isStaff, type Viewer } from './viewer.js';
import { ENTITIES } from '../entities.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { canViewPledge } from '../pledges/pledge.policy.js';
import { Person } from '../people/person.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Account, ApiToken } from '../accounts/account.entity.js';
import { ExpressionOfInterest } from '../expressions-of-interest/expression-of-interest.entity.js';

type Visibility = (viewer: Viewer, node: never) => boolean;

/** Who may fetch which node type; types not listed are public reference data or follow the curated-record rule. */
const VISIBILITY = new Map<EntityClass<object>, Visibility>([
  [Pledge, (v, p: Pledge) => canViewPledge(v, p)],
  [Person, (v, p: Person) => v.kind === 'account' && canViewCurated(v, p)],
  [Pillar, (v, p: Pillar) => p.isPublic || isStaff(v)],
  [Account, (v, a: Account) => v.kind === 'account' && (v.role === 'ADMIN' || v.accountId === a.id)],
  [ApiToken, (v, t: ApiToken) => v.kind === 'account' && (v.role === 'ADMIN' || v.accountId === t.account.id)],
  [ExpressionOfInterest, (v) => isStaff(v)],
]);

const NODE_TYPES = new Map(
  ENTITIES.filter((e) => e.prototype instanceof Node).map((e) => [e.name, e as unknown as EntityClass<Node>]),
);

@Resolver()
export class NodeResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => Node, { nullable: true, description: 'Any object by global ID; null when it does not exist or the viewer may not see it.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findNode(ctx, id);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global ID (at most 100), in the order asked.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > 100) throw invalidInput('ids', 'at most 100 IDs at a time');
    return Promise.all(ids.map((id) => findNode(ctx, id)));
  }
}

/** The object with this global ID, or null when it does not exist or the viewer may not see it. */
export async function findNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  const entity = parsed && NODE_TYPES.get(parsed.type);
  if (!parsed || !entity) return null;
  const node = await ctx.loaders.byId(entity, parsed.id);
  if (!node) return null;
  const visible = VISIBILITY.get(entity as EntityClass<object>);
  if (visible) return visible(ctx.viewer, node as never) ? node : null;
  return node instanceof Curated ? (canViewCurated(ctx.viewer, node) ? node : null) : node;
}
