import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { listOf } from '../common/query/list.js';
import { workingGroupSpec } from './working-group.query.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Person } from '../people/person.entity.js';
import { WorkingGroup, WorkingGroupMembership, WorkingGroupRole } from './working-group.entity.js';
import { WorkingGroupMembershipService, WorkingGroupService } from './working-group.service.js';
import { filterInputOf } from '../common/query/filter-type.js';
import {
  AddWorkingGroupMemberInput,
  CreateWorkingGroupInput,
  UpdateWorkingGroupInput,
  UpdateWorkingGroupMembershipInput,
} from './working-group.inputs.js';

const WorkingGroupConnection = ConnectionType(WorkingGroup);
const WorkingGroupFilter = filterInputOf(workingGroupSpec);

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => WorkingGroupConnection, { description: 'The working groups, one per focus area.' })
  workingGroups(
    @Args() page: PageArgs,
    @Arg('filter', () => WorkingGroupFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, WorkingGroup, workingGroupSpec, { filter }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => WorkingGroup, { nullable: true })
  workingGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new WorkingGroupService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroup)
  createWorkingGroup(@Arg('input') input: CreateWorkingGroupInput, @Ctx() ctx: Context) {
    return new WorkingGroupService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroup)
  updateWorkingGroup(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateWorkingGroupInput, @Ctx() ctx: Context) {
    return new WorkingGroupService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroup)
  archiveWorkingGroup(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new WorkingGroupService(ctx).archive(id, expectedVersion);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroupMembership)
  addWorkingGroupMember(@Arg('input') input: AddWorkingGroupMemberInput, @Ctx() ctx: Context) {
    return new WorkingGroupMembershipService(ctx).add(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroupMembership, { description: 'Changes a role or dates; setting `until` ends the participation.' })
  updateWorkingGroupMembership(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateWorkingGroupMembershipInput, @Ctx() ctx: Context) {
    return new WorkingGroupMembershipService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => WorkingGroupMembership, { description: 'Removes a participation recorded in error (ended ones are kept with `until`).' })
  archiveWorkingGroupMembership(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new WorkingGroupMembershipService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => FocusArea)
  focusArea(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return ctx.loaders.relation(group, 'focusArea');
  }

  @FieldResolver(() => [WorkingGroupMembership], { description: 'Participants and leaders, leaders first.' })
  async memberships(
    @Root() group: WorkingGroup,
    @Arg('role', () => WorkingGroupRole, { nullable: true }) role: WorkingGroupRole | undefined,
    @Arg('currentOnly', { defaultValue: true, description: 'Only participations that have not ended.' }) currentOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    const today = new Date().toISOString().slice(0, 10);
    const all = await ctx.loaders.relation(group, 'memberships');
    return all
      .filter((m) => !m.isArchived && (!role || m.role === role) && (!currentOnly || !m.until || m.until >= today))
      .sort((a, b) => a.role.localeCompare(b.role) || a.since.localeCompare(b.since));
  }
}

@Resolver(() => WorkingGroupMembership)
export class WorkingGroupMembershipResolver {
  @FieldResolver(() => WorkingGroup)
  workingGroup(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.relation(membership, 'workingGroup');
  }

  @FieldResolver(() => Person, { description: 'The participant; contact details follow the Person rules.' })
  person(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.relation(membership, 'person');
  }
}
