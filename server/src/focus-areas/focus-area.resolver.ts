import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { FocusArea } from './focus-area.entity.js';
import { Pillar } from './pillar.entity.js';
import { PillarService } from './pillar.service.js';
import { CreatePillarInput, UpdatePillarInput } from './pillar.inputs.js';

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => [FocusArea], { description: 'The four focus areas, in their usual order.' })
  focusAreas(@Ctx() ctx: Context) {
    return ctx.em.find(FocusArea, {}, { orderBy: { position: 'asc' } });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => FocusArea, { nullable: true })
  focusArea(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(FocusArea, { code: code.toUpperCase() });
  }

  @FieldResolver(() => [Pillar], { description: 'Published pillars; staff also see unpublished and archived ones.' })
  async pillars(@Root() focusArea: FocusArea, @Ctx() ctx: Context) {
    return [...(await ctx.loaders.relation(focusArea, 'pillars'))].sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => WorkingGroup, { nullable: true })
  async workingGroup(@Root() focusArea: FocusArea, @Ctx() ctx: Context) {
    return (await ctx.loaders.referencing(WorkingGroup, 'focusArea', focusArea.id, 'name'))[0] ?? null;
  }
}

@Resolver(() => Pillar)
export class PillarResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => Pillar, { nullable: true })
  pillar(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PillarService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Pillar)
  createPillar(@Arg('input') input: CreatePillarInput, @Ctx() ctx: Context) {
    return new PillarService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Pillar)
  updatePillar(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePillarInput, @Ctx() ctx: Context) {
    return new PillarService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Pillar)
  archivePillar(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new PillarService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => FocusArea)
  focusArea(@Root() pillar: Pillar, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pillar, 'focusArea');
  }
}
