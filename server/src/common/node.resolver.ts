import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityClass } from '@mikro-orm/core';
import { invalidInput } from './errors.js';
import type { Context } from './context.js';
import { Allow, Rules } from './authorization.js';
import { Node } from './entities.base.js';
import { fromGlobalId } from './global-id.js';

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

/** The object with this global ID, or null when it does not exist or the viewer may not see it (the loaders apply its type's access rule). */
export async function findNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  const meta = parsed && ctx.em.getMetadata().find(parsed.type);
  if (!parsed || !meta || meta.abstract || !(meta.class.prototype instanceof Node)) return null;
  return (await ctx.loaders.byId(meta.class as EntityClass<Node>, parsed.id)) ?? null;
}
