/** Every persisted entity, in one place. */
// What features register with the core goes with the entity list, so that whatever opens the database
// with it has them: every read goes through its type's access rule, every curated change into the audit trail.
import './access.js';
import './audit/audit.service.js';
import { Account, ApiToken, Invitation, PasswordReset, Session, SingleUseToken } from './accounts/account.entity.js';
import { Notification } from './notifications/notification.entity.js';
import { PledgeRevision } from './pledges/pledge-revision.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Event } from './events/event.entity.js';
import { ExpressionOfInterest } from './expressions-of-interest/expression-of-interest.entity.js';
import { FocusArea } from './focus-areas/focus-area.entity.js';
import { Pillar } from './focus-areas/pillar.entity.js';
import { Member } from './members/member.entity.js';
import { Person } from './people/person.entity.js';
import { Pledge } from './pledges/pledge.entity.js';
import { BeneficiaryGroup } from './reference/beneficiary-group.entity.js';
import { Country, CountryGroupMembership } from './reference/country.entity.js';
import { Currency, ExchangeRate } from './reference/currency.entity.js';
import { Region } from './reference/region.entity.js';
import { Sdg } from './reference/sdg.entity.js';
import { WorkingGroup, WorkingGroupMembership } from './working-groups/working-group.entity.js';
import { ConnectivityTarget } from './reports/connectivity-target.entity.js';
import { ProgressReport } from './reports/progress-report.entity.js';
import { ReportingCycle } from './reports/reporting-cycle.entity.js';
import { CountryNeed } from './matchmaking/country-need.entity.js';
import { Match } from './matchmaking/match.entity.js';
import { Curated, Node } from './common/entities.base.js';

export const ENTITIES = [
  Node,
  Curated,
  Region,
  Country,
  CountryGroupMembership,
  Currency,
  ExchangeRate,
  Sdg,
  BeneficiaryGroup,
  FocusArea,
  Pillar,
  Member,
  Person,
  WorkingGroup,
  WorkingGroupMembership,
  Event,
  Pledge,
  ExpressionOfInterest,
  Account,
  Session,
  ApiToken,
  SingleUseToken,
  Invitation,
  PasswordReset,
  AuditEntry,
  Notification,
  PledgeRevision,
  ConnectivityTarget,
  ReportingCycle,
  ProgressReport,
  CountryNeed,
  Match,
];
