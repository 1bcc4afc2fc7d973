/** Every GraphQL resolver, in one place. */
import { NodeResolver } from './common/node.resolver.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { CountryResolver, CurrencyResolver, ReferenceResolver, RegionResolver } from './reference/reference.resolver.js';
import { FocusAreaResolver, PillarResolver } from './focus-areas/focus-area.resolver.js';
import { MemberResolver } from './members/member.resolver.js';
import { MemberStatisticsResolver } from './members/member-statistics.resolver.js';
import { PersonResolver } from './people/person.resolver.js';
import { WorkingGroupMembershipResolver, WorkingGroupResolver } from './working-groups/working-group.resolver.js';
import { EventResolver } from './events/event.resolver.js';
import { PledgeResolver } from './pledges/pledge.resolver.js';
import { PledgeStatisticsResolver } from './pledges/pledge-statistics.resolver.js';
import { PledgeRevisionFieldResolver, PledgeRevisionResolver } from './pledges/pledge-revision.resolver.js';
import { PledgeImportResolver } from './pledges/pledge-import.resolver.js';
import { ExpressionOfInterestResolver } from './expressions-of-interest/expression-of-interest.resolver.js';
import { AuditEntryResolver } from './audit/audit.resolver.js';
import { NotificationResolver } from './notifications/notification.resolver.js';
import { PledgeProgressFieldResolver, ProgressReportResolver } from './reports/progress-report.resolver.js';
import { ReportingCycleResolver } from './reports/reporting-cycle.resolver.js';
import { CountryNeedResolver } from './matchmaking/country-need.resolver.js';
import { EventRoundtableFieldResolver, MatchResolver, RoundtableResolver } from './matchmaking/match.resolver.js';
import { LiveResolver } from './live/live.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  ReferenceResolver,
  CountryResolver,
  RegionResolver,
  CurrencyResolver,
  FocusAreaResolver,
  PillarResolver,
  MemberResolver,
  MemberStatisticsResolver,
  PersonResolver,
  WorkingGroupResolver,
  WorkingGroupMembershipResolver,
  EventResolver,
  PledgeResolver,
  PledgeStatisticsResolver,
  PledgeRevisionResolver,
  PledgeRevisionFieldResolver,
  PledgeImportResolver,
  ExpressionOfInterestResolver,
  AuditEntryResolver,
  NotificationResolver,
  ProgressReportResolver,
  PledgeProgressFieldResolver,
  ReportingCycleResolver,
  CountryNeedResolver,
  MatchResolver,
  RoundtableResolver,
  EventRoundtableFieldResolver,
  LiveResolver,
] as const;
