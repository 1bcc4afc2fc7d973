import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { listOf, orderInputOf, type OrderInput } from '../common/query/list.js';
import { Notification } from './notification.entity.js';
import { notificationSpec } from './notification.query.js';

const NotificationConnection = ConnectionType(Notification);
const NotificationFilter = filterInputOf(notificationSpec);
const NotificationOrder = orderInputOf(notificationSpec);

@Resolver(() => Notification)
export class NotificationResolver {
  @Allow(Rules.STAFF)
  @Query(() => NotificationConnection, { description: 'The outbox: messages queued by status changes, newest first, for staff. Sent by SMTP when the server has SMTP_URL.' })
  notifications(
    @Args() page: PageArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [NotificationOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, Notification, notificationSpec, { filter, orderBy }, page, info);
  }
}
