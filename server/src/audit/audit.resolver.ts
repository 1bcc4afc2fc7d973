import { Arg, Args, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { listOf, orderInputOf, type OrderInput } from '../common/query/list.js';
import { Node } from '../common/entities.base.js';
import { toGlobalId } from '../common/global-id.js';
import { findNode } from '../common/node.resolver.js';
import { Account } from '../accounts/account.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditEntrySpec } from './audit.query.js';

@ObjectType({ description: 'One field of a change: its value before and after (relations as IDs of the related records\' table).' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

const AuditEntryConnection = ConnectionType(AuditEntry);
const AuditEntryFilter = filterInputOf(auditEntrySpec);
const AuditEntryOrder = orderInputOf(auditEntrySpec);

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Allow(Rules.STAFF)
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail of curated data, newest first: per record (`filter: { record: ID }`) or across records, for staff. Nothing writes it but the changes themselves.',
  })
  auditEntries(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [AuditEntryOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, AuditEntry, auditEntrySpec, { filter, orderBy }, page, info);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Who made the change; null for changes made by the system.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return ctx.loaders.relation(entry, 'actor');
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The changed record as it is now.' })
  record(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return findNode(ctx, toGlobalId(entry.entityType, entry.entityId));
  }

  @FieldResolver(() => [FieldChange], { description: 'The fields the change touched, in name order.' })
  changes(@Root() entry: AuditEntry): FieldChange[] {
    return Object.entries(entry.changes ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, change]) => ({ field, before: change.before, after: change.after }));
  }
}
