/** Who may see what: every readable type's access rule, in one place (see common/access.ts). */
import { everyone, publicUntilArchived, registerAccessRules, staffOnly, type AccessRule } from './common/access.js';
import { accountAccess, apiTokenAccess } from './accounts/account.access.js';
import { pillarAccess } from './focus-areas/pillar.access.js';
import { countryNeedAccess, matchAccess } from './matchmaking/matchmaking.access.js';
import { memberAccess } from './members/member.access.js';
import { personAccess } from './people/person.access.js';
import { pledgeAccess, pledgeRevisionAccess } from './pledges/pledge.access.js';
import { progressReportAccess } from './reports/progress-report.access.js';
import { workingGroupAccess, workingGroupMembershipAccess } from './working-groups/working-group.access.js';

export const ACCESS_RULES: Readonly<Record<string, AccessRule>> = {
  Region: everyone('region'),
  Country: everyone('country'),
  CountryGroupMembership: everyone('country_group_membership'),
  Currency: everyone('currency'),
  ExchangeRate: everyone('exchange_rate'),
  Sdg: everyone('sdg'),
  BeneficiaryGroup: everyone('beneficiary_group'),
  FocusArea: everyone('focus_area'),
  ConnectivityTarget: everyone('connectivity_target'),
  PledgeProgress: everyone('pledge_progress'),
  Pillar: pillarAccess,
  Member: memberAccess,
  Person: personAccess,
  WorkingGroup: workingGroupAccess,
  WorkingGroupMembership: workingGroupMembershipAccess,
  Event: publicUntilArchived('event'),
  ReportingCycle: publicUntilArchived('reporting_cycle'),
  Pledge: pledgeAccess,
  PledgeRevision: pledgeRevisionAccess,
  ProgressReport: progressReportAccess,
  CountryNeed: countryNeedAccess,
  Match: matchAccess,
  ExpressionOfInterest: staffOnly('expression_of_interest'),
  Account: accountAccess,
  ApiToken: apiTokenAccess,
  AuditEntry: staffOnly('audit_entry'),
  Notification: staffOnly('notification'),
};

registerAccessRules(ACCESS_RULES);
