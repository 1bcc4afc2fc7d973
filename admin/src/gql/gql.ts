/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountRecord on Account {\n    id\n    version\n    email\n    displayName\n    role\n    lastLoginAt\n    archivedAt\n    createdAt\n    updatedAt\n    members {\n      id\n      name\n    }\n  }\n": typeof types.AccountRecordFragmentDoc,
    "\n  query AccountList($first: Int!, $offset: Int!) {\n    accounts(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...AccountRecord\n      }\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  query AccountOne($id: ID!) {\n    account(id: $id) {\n      ...AccountRecord\n    }\n  }\n": typeof types.AccountOneDocument,
    "\n  query AccountMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...AccountRecord\n    }\n  }\n": typeof types.AccountManyDocument,
    "\n  mutation AccountCreate($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRecord\n    }\n  }\n": typeof types.AccountCreateDocument,
    "\n  mutation AccountUpdate($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRecord\n    }\n  }\n": typeof types.AccountUpdateDocument,
    "\n  mutation AccountDeactivate($id: ID!, $expectedVersion: Int) {\n    deactivateAccount(id: $id, expectedVersion: $expectedVersion) {\n      ...AccountRecord\n    }\n  }\n": typeof types.AccountDeactivateDocument,
    "\n  fragment AuditEntryRecord on AuditEntry {\n    id\n    at\n    action\n    recordType\n    reason\n    actor {\n      id\n      email\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntryRecordFragmentDoc,
    "\n  query AuditEntryList($first: Int!, $offset: Int!, $filter: AuditEntryFilter, $orderBy: [AuditEntryOrder!]) {\n    auditEntries(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n        record {\n          __typename\n          id\n          ... on Member {\n            name\n          }\n          ... on Pledge {\n            title\n          }\n          ... on Event {\n            name\n          }\n          ... on WorkingGroup {\n            name\n          }\n          ... on Person {\n            name\n          }\n          ... on Pillar {\n            name\n          }\n          ... on Account {\n            displayName\n          }\n          ... on ExpressionOfInterest {\n            organizationName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEntryListDocument,
    "\n  query AuditHistory($record: ID!, $first: Int!, $offset: Int!) {\n    auditEntries(filter: { record: $record }, first: $first, offset: $offset, orderBy: [{ field: AT, direction: DESC }]) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n      }\n    }\n  }\n": typeof types.AuditHistoryDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      members {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CurationItem on Pledge {\n    id\n    version\n    title\n    description\n    type\n    status\n    submittedAt\n    createdAt\n    updatedAt\n    leadMember {\n      id\n      name\n    }\n    possibleDuplicates {\n      titleSimilarity\n      descriptionSimilarity\n      pledge {\n        id\n        title\n        status\n        reference\n      }\n    }\n  }\n": typeof types.CurationItemFragmentDoc,
    "\n  fragment PledgeDecisionOutcome on PledgeDecisionResult {\n    id\n    pledge {\n      id\n      status\n      version\n    }\n    error {\n      code\n      message\n      field\n    }\n  }\n": typeof types.PledgeDecisionOutcomeFragmentDoc,
    "\n  query CurationQueue($first: Int!, $offset: Int!, $filter: PledgeFilter!, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CurationItem\n      }\n    }\n  }\n": typeof types.CurationQueueDocument,
    "\n  query CurationMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CurationItem\n    }\n  }\n": typeof types.CurationManyDocument,
    "\n  mutation CurationApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": typeof types.CurationApproveManyDocument,
    "\n  mutation CurationRequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": typeof types.CurationRequestChangesToManyDocument,
    "\n  mutation CurationRejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": typeof types.CurationRejectManyDocument,
    "\n  fragment RevisionQueueItem on PledgeRevision {\n    id\n    createdAt\n    changes {\n      field\n    }\n    proposedBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevisionQueueItemFragmentDoc,
    "\n  query RevisionQueue($first: Int!, $offset: Int!, $filter: PledgeRevisionFilter!, $orderBy: [PledgeRevisionOrder!]) {\n    pledgeRevisions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...RevisionQueueItem\n      }\n    }\n  }\n": typeof types.RevisionQueueDocument,
    "\n  query PledgeDashboard($filter: PledgeFilter) {\n    stats: pledgeStats(filter: $filter) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      goalUsd\n      goalProgress\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      disbursedUsd\n      disbursedShare\n      peopleReached\n      overdueCount\n    }\n    progress: pledgeTimeSeries(interval: MONTH, filter: $filter) {\n      goalUsd\n      points {\n        period\n        cumulativeUsd\n        cumulativeCount\n      }\n    }\n    byFocusArea: pledgeGroups(groupBy: [FOCUS_AREA], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n    byRegion: pledgeGroups(groupBy: [IMPLEMENTATION_REGION], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          region {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    bySector: pledgeGroups(groupBy: [SECTOR], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sector\n        }\n      }\n    }\n    byType: pledgeGroups(groupBy: [TYPE], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          type\n        }\n      }\n    }\n    byBeneficiaryGroup: pledgeGroups(groupBy: [BENEFICIARY_GROUP], filter: $filter, first: 50) {\n      groups {\n        count\n        sumUsd\n        key {\n          beneficiaryGroup {\n            code\n            name\n          }\n        }\n      }\n    }\n    bySdg: pledgeGroups(groupBy: [SDG], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sdg {\n            number\n            title\n          }\n        }\n      }\n    }\n    sdgs {\n      number\n      title\n    }\n    byImplementation: pledgeGroups(groupBy: [IMPLEMENTATION_STATUS], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n        key {\n          implementationStatus\n        }\n      }\n    }\n    byReportingHealth: pledgeGroups(groupBy: [REPORTING_HEALTH], filter: $filter, first: 20) {\n      groups {\n        count\n        key {\n          reportingHealth\n        }\n      }\n    }\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n    curation: pledgeGroups(groupBy: [STATUS], first: 20) {\n      groups {\n        count\n        key {\n          status\n        }\n      }\n    }\n  }\n": typeof types.PledgeDashboardDocument,
    "\n  fragment EventRecord on Event {\n    id\n    version\n    code\n    name\n    kind\n    startDate\n    endDate\n    city\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": typeof types.EventRecordFragmentDoc,
    "\n  query EventList($first: Int!, $offset: Int!, $filter: EventFilter, $search: String, $orderBy: [EventOrder!]) {\n    events(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...EventRecord\n      }\n    }\n  }\n": typeof types.EventListDocument,
    "\n  query EventOne($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n    }\n  }\n": typeof types.EventOneDocument,
    "\n  query EventMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...EventRecord\n    }\n  }\n": typeof types.EventManyDocument,
    "\n  mutation EventCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventRecord\n    }\n  }\n": typeof types.EventCreateDocument,
    "\n  mutation EventUpdate($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventRecord\n    }\n  }\n": typeof types.EventUpdateDocument,
    "\n  mutation EventArchive($id: ID!, $expectedVersion: Int) {\n    archiveEvent(id: $id, expectedVersion: $expectedVersion) {\n      ...EventRecord\n    }\n  }\n": typeof types.EventArchiveDocument,
    "\n  fragment ExpressionOfInterestRecord on ExpressionOfInterest {\n    id\n    createdAt\n    organizationName\n    sector\n    country {\n      code\n      name\n    }\n    website\n    contactName\n    contactEmail\n    contactPhone\n    focusAreas {\n      code\n      name\n    }\n    message\n    status\n    decisionReason\n    decidedAt\n    member {\n      id\n      name\n    }\n    possibleDuplicateMembers {\n      id\n      name\n    }\n  }\n": typeof types.ExpressionOfInterestRecordFragmentDoc,
    "\n  query ExpressionOfInterestList($first: Int!, $offset: Int!, $status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(first: $first, offset: $offset, status: $status) {\n      totalCount\n      nodes {\n        ...ExpressionOfInterestRecord\n      }\n    }\n  }\n": typeof types.ExpressionOfInterestListDocument,
    "\n  query ExpressionOfInterestOne($id: ID!) {\n    expressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": typeof types.ExpressionOfInterestOneDocument,
    "\n  query ExpressionOfInterestMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ExpressionOfInterestRecord\n    }\n  }\n": typeof types.ExpressionOfInterestManyDocument,
    "\n  mutation ExpressionOfInterestAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": typeof types.ExpressionOfInterestAcceptDocument,
    "\n  mutation ExpressionOfInterestDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": typeof types.ExpressionOfInterestDeclineDocument,
    "\n  subscription LivePageTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n        city\n        startDate\n        endDate\n        country {\n          name\n        }\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n        implementationCountries\n        goalUsd\n        goalProgress\n      }\n      latest {\n        id\n        reference\n        title\n        usdValue\n        announcedAt\n        publishedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LivePageTotalsDocument,
    "\n  subscription LivePageAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n      }\n    }\n  }\n": typeof types.LivePageAnnouncedDocument,
    "\n  fragment ScoreComponentParts on ScoreComponentResult {\n    component\n    weight\n    value\n    contribution\n    explanation\n  }\n": typeof types.ScoreComponentPartsFragmentDoc,
    "\n  fragment MatchRecord on Match {\n    id\n    version\n    status\n    statusReason\n    amountUsd\n    score\n    pledgerConfirmedAt\n    countryConfirmedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    components {\n      ...ScoreComponentParts\n    }\n    need {\n      id\n      title\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n        name\n      }\n      region {\n        id\n        name\n      }\n      member {\n        id\n      }\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n    roundtable {\n      id\n      code\n      name\n    }\n  }\n": typeof types.MatchRecordFragmentDoc,
    "\n  fragment PledgeSuggestionFields on PledgeSuggestion {\n    score\n    remainingUsd\n    components {\n      ...ScoreComponentParts\n    }\n    pledge {\n      id\n      title\n      reference\n      type\n      usdValue\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PledgeSuggestionFieldsFragmentDoc,
    "\n  query MatchList($first: Int!, $offset: Int!, $filter: MatchFilter, $orderBy: [MatchOrder!]) {\n    matches(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MatchRecord\n      }\n    }\n  }\n": typeof types.MatchListDocument,
    "\n  query MatchOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchOneDocument,
    "\n  query MatchMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchManyDocument,
    "\n  query SuggestedPledges($needId: ID!, $roundtableId: ID, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, roundtableId: $roundtableId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...PledgeSuggestionFields\n      }\n    }\n  }\n": typeof types.SuggestedPledgesDocument,
    "\n  mutation MatchPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchProposeDocument,
    "\n  mutation MatchAccept($id: ID!, $amountUsd: Decimal, $expectedVersion: Int) {\n    acceptMatch(id: $id, amountUsd: $amountUsd, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchAcceptDocument,
    "\n  mutation MatchConfirm($id: ID!, $expectedVersion: Int) {\n    confirmMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchConfirmDocument,
    "\n  mutation MatchStart($id: ID!, $expectedVersion: Int) {\n    startMatchImplementation(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchStartDocument,
    "\n  mutation MatchClose($id: ID!, $expectedVersion: Int) {\n    closeMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchCloseDocument,
    "\n  mutation MatchDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      ...MatchRecord\n    }\n  }\n": typeof types.MatchDeclineDocument,
    "\n  query RoundtableBoard($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n      roundtable {\n        countries {\n          code\n          name\n        }\n        organizers {\n          id\n          displayName\n          email\n        }\n        weights {\n          component\n          weight\n        }\n        needs {\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n          need {\n            ...CountryNeedRecord\n          }\n        }\n        pledges {\n          valueUsd\n          allocatedUsd\n          share\n          pledge {\n            id\n            title\n            reference\n            leadMember {\n              id\n              name\n            }\n          }\n        }\n        byCountry {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          country {\n            code\n            name\n          }\n        }\n        byFocusArea {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundtableBoardDocument,
    "\n  mutation RoundtableConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RoundtableConfigureDocument,
    "\n  mutation RoundtableAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      nonFinancialObjective\n      candidatePairs\n      solveMs\n      matches {\n        id\n        amountUsd\n      }\n    }\n  }\n": typeof types.RoundtableAllocateDocument,
    "\n  fragment MemberRecord on Member {\n    id\n    version\n    name\n    acronym\n    sector\n    champion\n    website\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n  }\n": typeof types.MemberRecordFragmentDoc,
    "\n  query MemberList($first: Int!, $offset: Int!, $filter: MemberFilter, $search: String, $orderBy: [MemberOrder!]) {\n    members(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MemberRecord\n      }\n    }\n  }\n": typeof types.MemberListDocument,
    "\n  query MemberOne($id: ID!) {\n    member(id: $id) {\n      ...MemberRecord\n    }\n  }\n": typeof types.MemberOneDocument,
    "\n  query MemberMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MemberRecord\n    }\n  }\n": typeof types.MemberManyDocument,
    "\n  mutation MemberCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRecord\n    }\n  }\n": typeof types.MemberCreateDocument,
    "\n  mutation MemberUpdate($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRecord\n    }\n  }\n": typeof types.MemberUpdateDocument,
    "\n  mutation MemberArchive($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      ...MemberRecord\n    }\n  }\n": typeof types.MemberArchiveDocument,
    "\n  fragment CountryNeedRecord on CountryNeed {\n    id\n    version\n    title\n    description\n    status\n    statusReason\n    modality\n    priority\n    startDate\n    endDate\n    source\n    allocatedUsd\n    remainingGapUsd\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    fundingGap {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    focusArea {\n      code\n      name\n    }\n    pillar {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n": typeof types.CountryNeedRecordFragmentDoc,
    "\n  query CountryNeedList($first: Int!, $offset: Int!, $filter: CountryNeedFilter, $orderBy: [CountryNeedOrder!]) {\n    countryNeeds(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CountryNeedRecord\n      }\n    }\n  }\n": typeof types.CountryNeedListDocument,
    "\n  query CountryNeedOne($id: ID!) {\n    countryNeed(id: $id) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedOneDocument,
    "\n  query CountryNeedMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedManyDocument,
    "\n  mutation CountryNeedCreate($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedCreateDocument,
    "\n  mutation CountryNeedUpdate($id: ID!, $input: UpdateCountryNeedInput!) {\n    updateCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedUpdateDocument,
    "\n  mutation CountryNeedSubmit($id: ID!, $expectedVersion: Int) {\n    submitCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedSubmitDocument,
    "\n  mutation CountryNeedApprove($id: ID!, $expectedVersion: Int) {\n    approveCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedApproveDocument,
    "\n  mutation CountryNeedRequestChanges($id: ID!, $input: CountryNeedDecisionInput!) {\n    requestCountryNeedChanges(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedRequestChangesDocument,
    "\n  mutation CountryNeedReject($id: ID!, $input: CountryNeedDecisionInput!) {\n    rejectCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedRejectDocument,
    "\n  mutation CountryNeedWithdraw($id: ID!, $input: CountryNeedDecisionInput!) {\n    withdrawCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": typeof types.CountryNeedWithdrawDocument,
    "\n  fragment NotificationRecord on Notification {\n    id\n    createdAt\n    topic\n    recipientEmail\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    recordType\n  }\n": typeof types.NotificationRecordFragmentDoc,
    "\n  query NotificationList($first: Int!, $offset: Int!, $filter: NotificationFilter, $orderBy: [NotificationOrder!]) {\n    notifications(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...NotificationRecord\n      }\n    }\n  }\n": typeof types.NotificationListDocument,
    "\n  fragment PersonRecord on Person {\n    id\n    version\n    name\n    email\n    phone\n    jobTitle\n    archivedAt\n    createdAt\n    updatedAt\n    member {\n      id\n      name\n    }\n  }\n": typeof types.PersonRecordFragmentDoc,
    "\n  query PersonList($first: Int!, $offset: Int!, $filter: PersonFilter, $search: String, $orderBy: [PersonOrder!]) {\n    people(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PersonRecord\n      }\n    }\n  }\n": typeof types.PersonListDocument,
    "\n  query PersonOne($id: ID!) {\n    person(id: $id) {\n      ...PersonRecord\n    }\n  }\n": typeof types.PersonOneDocument,
    "\n  query PersonMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PersonRecord\n    }\n  }\n": typeof types.PersonManyDocument,
    "\n  mutation PersonCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecord\n    }\n  }\n": typeof types.PersonCreateDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRecord\n    }\n  }\n": typeof types.PersonUpdateDocument,
    "\n  mutation PersonArchive($id: ID!, $expectedVersion: Int) {\n    archivePerson(id: $id, expectedVersion: $expectedVersion) {\n      ...PersonRecord\n    }\n  }\n": typeof types.PersonArchiveDocument,
    "\n  fragment PillarRecord on Pillar {\n    id\n    version\n    slug\n    name\n    description\n    published\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n": typeof types.PillarRecordFragmentDoc,
    "\n  query PillarList {\n    focusAreas {\n      pillars {\n        ...PillarRecord\n      }\n    }\n  }\n": typeof types.PillarListDocument,
    "\n  query PillarOne($id: ID!) {\n    pillar(id: $id) {\n      ...PillarRecord\n    }\n  }\n": typeof types.PillarOneDocument,
    "\n  query PillarMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PillarRecord\n    }\n  }\n": typeof types.PillarManyDocument,
    "\n  mutation PillarCreate($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      ...PillarRecord\n    }\n  }\n": typeof types.PillarCreateDocument,
    "\n  mutation PillarUpdate($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      ...PillarRecord\n    }\n  }\n": typeof types.PillarUpdateDocument,
    "\n  mutation PillarArchive($id: ID!, $expectedVersion: Int) {\n    archivePillar(id: $id, expectedVersion: $expectedVersion) {\n      ...PillarRecord\n    }\n  }\n": typeof types.PillarArchiveDocument,
    "\n  fragment PledgeImportResult on PledgeImport {\n    dryRun\n    committed\n    rowCount\n    errorCount\n    rows {\n      line\n      title\n      errors {\n        code\n        field\n        message\n      }\n      pledge {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": typeof types.PledgeImportResultFragmentDoc,
    "\n  mutation ConsoleImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      ...PledgeImportResult\n    }\n  }\n": typeof types.ConsoleImportPledgesDocument,
    "\n  fragment PledgeRecord on Pledge {\n    id\n    version\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    isGlobal\n    usdValue\n    announcedOn\n    announcedAt\n    startDate\n    endDate\n    targetBeneficiaries\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    focusAreas {\n      code\n      name\n    }\n    pillars {\n      id\n      name\n    }\n    countries {\n      code\n      name\n    }\n    regions {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    sdgs {\n      number\n      title\n    }\n    event {\n      id\n      code\n      name\n    }\n  }\n": typeof types.PledgeRecordFragmentDoc,
    "\n  fragment PledgeRevisionRecord on PledgeRevision {\n    id\n    createdAt\n    status\n    decisionReason\n    changes {\n      field\n      before\n      after\n    }\n    proposedBy {\n      displayName\n      email\n    }\n  }\n": typeof types.PledgeRevisionRecordFragmentDoc,
    "\n  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PledgeRecord\n      }\n    }\n  }\n": typeof types.PledgeListDocument,
    "\n  query PledgeOne($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n": typeof types.PledgeOneDocument,
    "\n  query PledgeMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeManyDocument,
    "\n  mutation PledgeCreate($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeCreateDocument,
    "\n  mutation PledgeUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeUpdateDocument,
    "\n  mutation PledgeArchive($id: ID!, $expectedVersion: Int) {\n    archivePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeArchiveDocument,
    "\n  mutation PledgeSubmit($id: ID!, $expectedVersion: Int) {\n    submitPledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeSubmitDocument,
    "\n  mutation PledgeApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeApproveDocument,
    "\n  mutation PledgeRequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeRequestChangesDocument,
    "\n  mutation PledgeReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeRejectDocument,
    "\n  mutation PledgeWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeWithdrawDocument,
    "\n  mutation PledgeAnnounce($id: ID!, $eventId: ID!, $expectedVersion: Int) {\n    announcePledge(id: $id, eventId: $eventId, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": typeof types.PledgeAnnounceDocument,
    "\n  mutation PledgeProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n": typeof types.PledgeProposeRevisionDocument,
    "\n  mutation PledgeAcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n": typeof types.PledgeAcceptRevisionDocument,
    "\n  mutation PledgeRejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n": typeof types.PledgeRejectRevisionDocument,
    "\n  query ReferenceCountries($first: Int!, $offset: Int!) {\n    countries(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n        iso3\n      }\n    }\n  }\n": typeof types.ReferenceCountriesDocument,
    "\n  query ReferenceCurrencies($first: Int!, $offset: Int!) {\n    currencies(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ReferenceCurrenciesDocument,
    "\n  query ReferenceFocusAreas {\n    focusAreas {\n      code\n      name\n      position\n      pillars {\n        id\n        name\n        published\n      }\n    }\n  }\n": typeof types.ReferenceFocusAreasDocument,
    "\n  query ReferenceBeneficiaryGroups {\n    beneficiaryGroups {\n      code\n      name\n    }\n  }\n": typeof types.ReferenceBeneficiaryGroupsDocument,
    "\n  query ReferenceSdgs {\n    sdgs {\n      number\n      title\n    }\n  }\n": typeof types.ReferenceSdgsDocument,
    "\n  query ReferenceItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ReferenceItuRegionsDocument,
    "\n  fragment ReportingRate on ReportingRateGroup {\n    owed\n    reported\n    rate\n  }\n": typeof types.ReportingRateFragmentDoc,
    "\n  fragment ReportingCycleRecord on ReportingCycle {\n    id\n    version\n    year\n    dueOn\n    isOpen\n    openedAt\n    closedAt\n    createdAt\n    updatedAt\n    stats {\n      owed\n      reported\n      accepted\n      rate\n      entitiesOwing\n      entitiesReported\n      bySector {\n        sector\n        ...ReportingRate\n      }\n      byFocusArea {\n        focusArea {\n          code\n          name\n          position\n        }\n        ...ReportingRate\n      }\n      byType {\n        type\n        ...ReportingRate\n      }\n    }\n  }\n": typeof types.ReportingCycleRecordFragmentDoc,
    "\n  query ReportingCycleList {\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n  }\n": typeof types.ReportingCycleListDocument,
    "\n  query ReportingCycleMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ReportingCycleRecord\n    }\n  }\n": typeof types.ReportingCycleManyDocument,
    "\n  mutation ReportingCycleOpen($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      ...ReportingCycleRecord\n    }\n  }\n": typeof types.ReportingCycleOpenDocument,
    "\n  mutation ReportingCycleClose($id: ID!, $expectedVersion: Int) {\n    closeReportingCycle(id: $id, expectedVersion: $expectedVersion) {\n      ...ReportingCycleRecord\n    }\n  }\n": typeof types.ReportingCycleCloseDocument,
    "\n  mutation ReportingCycleRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n": typeof types.ReportingCycleRemindDocument,
    "\n  query ConnectivityTargets {\n    connectivityTargets {\n      code\n      dimension\n      title\n      position\n    }\n  }\n": typeof types.ConnectivityTargetsDocument,
    "\n  fragment OverduePledge on Pledge {\n    id\n    reference\n    title\n    publishedAt\n    leadMember {\n      id\n      name\n    }\n    progress {\n      reportingHealth\n      lastReportedAt\n      latestReportYear\n      nextReportDueOn\n    }\n  }\n": typeof types.OverduePledgeFragmentDoc,
    "\n  query ReportingOverdueList($first: Int!, $offset: Int!, $filter: PledgeFilter!, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...OverduePledge\n      }\n    }\n  }\n": typeof types.ReportingOverdueListDocument,
    "\n  query ReportingOverdueMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...OverduePledge\n    }\n  }\n": typeof types.ReportingOverdueManyDocument,
    "\n  fragment ProgressReportRecord on ProgressReport {\n    id\n    version\n    year\n    status\n    statusReason\n    implementationStatus\n    peopleReached\n    womenReached\n    stepsTaken\n    outcomes\n    challenges\n    evidenceLinks\n    submittedAt\n    decidedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    amountDisbursed {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    groupReach: reachByGroup {\n      people\n      beneficiaryGroup {\n        code\n        name\n      }\n    }\n    targets {\n      code\n      title\n    }\n    createdBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      reference\n      title\n      status\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProgressReportRecordFragmentDoc,
    "\n  query ProgressReportList($first: Int!, $offset: Int!, $filter: ProgressReportFilter, $orderBy: [ProgressReportOrder!]) {\n    progressReports(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ProgressReportRecord\n      }\n    }\n  }\n": typeof types.ProgressReportListDocument,
    "\n  query ProgressReportOne($id: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportOneDocument,
    "\n  query ProgressReportMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportManyDocument,
    "\n  mutation ProgressReportCreate($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportCreateDocument,
    "\n  mutation ProgressReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportUpdateDocument,
    "\n  mutation ProgressReportArchive($id: ID!, $expectedVersion: Int) {\n    archiveProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportArchiveDocument,
    "\n  mutation ProgressReportSubmit($id: ID!, $expectedVersion: Int) {\n    submitProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportSubmitDocument,
    "\n  mutation ProgressReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportAcceptDocument,
    "\n  mutation ProgressReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": typeof types.ProgressReportReturnDocument,
    "\n  query PledgeProgressPanel($id: ID!) {\n    pledge(id: $id) {\n      id\n      status\n      usdValue\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n        implementationStatus\n        submittedAt\n        updatedAt\n      }\n    }\n    reportingCycles {\n      id\n      year\n      dueOn\n      isOpen\n    }\n  }\n": typeof types.PledgeProgressPanelDocument,
    "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    version\n    name\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n": typeof types.WorkingGroupSummaryFragmentDoc,
    "\n  fragment WorkingGroupDetail on WorkingGroup {\n    ...WorkingGroupSummary\n    memberships {\n      id\n      role\n      since\n      until\n      person {\n        id\n        name\n        jobTitle\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupDetailFragmentDoc,
    "\n  query WorkingGroupList($first: Int!, $offset: Int!) {\n    workingGroups(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...WorkingGroupSummary\n      }\n    }\n  }\n": typeof types.WorkingGroupListDocument,
    "\n  query WorkingGroupOne($id: ID!) {\n    workingGroup(id: $id) {\n      ...WorkingGroupDetail\n    }\n  }\n": typeof types.WorkingGroupOneDocument,
    "\n  query WorkingGroupMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...WorkingGroupSummary\n    }\n  }\n": typeof types.WorkingGroupManyDocument,
    "\n  mutation WorkingGroupUpdate($id: ID!, $input: UpdateWorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      ...WorkingGroupDetail\n    }\n  }\n": typeof types.WorkingGroupUpdateDocument,
};
const documents: Documents = {
    "\n  fragment AccountRecord on Account {\n    id\n    version\n    email\n    displayName\n    role\n    lastLoginAt\n    archivedAt\n    createdAt\n    updatedAt\n    members {\n      id\n      name\n    }\n  }\n": types.AccountRecordFragmentDoc,
    "\n  query AccountList($first: Int!, $offset: Int!) {\n    accounts(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...AccountRecord\n      }\n    }\n  }\n": types.AccountListDocument,
    "\n  query AccountOne($id: ID!) {\n    account(id: $id) {\n      ...AccountRecord\n    }\n  }\n": types.AccountOneDocument,
    "\n  query AccountMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...AccountRecord\n    }\n  }\n": types.AccountManyDocument,
    "\n  mutation AccountCreate($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRecord\n    }\n  }\n": types.AccountCreateDocument,
    "\n  mutation AccountUpdate($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRecord\n    }\n  }\n": types.AccountUpdateDocument,
    "\n  mutation AccountDeactivate($id: ID!, $expectedVersion: Int) {\n    deactivateAccount(id: $id, expectedVersion: $expectedVersion) {\n      ...AccountRecord\n    }\n  }\n": types.AccountDeactivateDocument,
    "\n  fragment AuditEntryRecord on AuditEntry {\n    id\n    at\n    action\n    recordType\n    reason\n    actor {\n      id\n      email\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEntryRecordFragmentDoc,
    "\n  query AuditEntryList($first: Int!, $offset: Int!, $filter: AuditEntryFilter, $orderBy: [AuditEntryOrder!]) {\n    auditEntries(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n        record {\n          __typename\n          id\n          ... on Member {\n            name\n          }\n          ... on Pledge {\n            title\n          }\n          ... on Event {\n            name\n          }\n          ... on WorkingGroup {\n            name\n          }\n          ... on Person {\n            name\n          }\n          ... on Pillar {\n            name\n          }\n          ... on Account {\n            displayName\n          }\n          ... on ExpressionOfInterest {\n            organizationName\n          }\n        }\n      }\n    }\n  }\n": types.AuditEntryListDocument,
    "\n  query AuditHistory($record: ID!, $first: Int!, $offset: Int!) {\n    auditEntries(filter: { record: $record }, first: $first, offset: $offset, orderBy: [{ field: AT, direction: DESC }]) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n      }\n    }\n  }\n": types.AuditHistoryDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      members {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CurationItem on Pledge {\n    id\n    version\n    title\n    description\n    type\n    status\n    submittedAt\n    createdAt\n    updatedAt\n    leadMember {\n      id\n      name\n    }\n    possibleDuplicates {\n      titleSimilarity\n      descriptionSimilarity\n      pledge {\n        id\n        title\n        status\n        reference\n      }\n    }\n  }\n": types.CurationItemFragmentDoc,
    "\n  fragment PledgeDecisionOutcome on PledgeDecisionResult {\n    id\n    pledge {\n      id\n      status\n      version\n    }\n    error {\n      code\n      message\n      field\n    }\n  }\n": types.PledgeDecisionOutcomeFragmentDoc,
    "\n  query CurationQueue($first: Int!, $offset: Int!, $filter: PledgeFilter!, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CurationItem\n      }\n    }\n  }\n": types.CurationQueueDocument,
    "\n  query CurationMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CurationItem\n    }\n  }\n": types.CurationManyDocument,
    "\n  mutation CurationApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": types.CurationApproveManyDocument,
    "\n  mutation CurationRequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": types.CurationRequestChangesToManyDocument,
    "\n  mutation CurationRejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n": types.CurationRejectManyDocument,
    "\n  fragment RevisionQueueItem on PledgeRevision {\n    id\n    createdAt\n    changes {\n      field\n    }\n    proposedBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": types.RevisionQueueItemFragmentDoc,
    "\n  query RevisionQueue($first: Int!, $offset: Int!, $filter: PledgeRevisionFilter!, $orderBy: [PledgeRevisionOrder!]) {\n    pledgeRevisions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...RevisionQueueItem\n      }\n    }\n  }\n": types.RevisionQueueDocument,
    "\n  query PledgeDashboard($filter: PledgeFilter) {\n    stats: pledgeStats(filter: $filter) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      goalUsd\n      goalProgress\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      disbursedUsd\n      disbursedShare\n      peopleReached\n      overdueCount\n    }\n    progress: pledgeTimeSeries(interval: MONTH, filter: $filter) {\n      goalUsd\n      points {\n        period\n        cumulativeUsd\n        cumulativeCount\n      }\n    }\n    byFocusArea: pledgeGroups(groupBy: [FOCUS_AREA], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n    byRegion: pledgeGroups(groupBy: [IMPLEMENTATION_REGION], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          region {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    bySector: pledgeGroups(groupBy: [SECTOR], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sector\n        }\n      }\n    }\n    byType: pledgeGroups(groupBy: [TYPE], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          type\n        }\n      }\n    }\n    byBeneficiaryGroup: pledgeGroups(groupBy: [BENEFICIARY_GROUP], filter: $filter, first: 50) {\n      groups {\n        count\n        sumUsd\n        key {\n          beneficiaryGroup {\n            code\n            name\n          }\n        }\n      }\n    }\n    bySdg: pledgeGroups(groupBy: [SDG], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sdg {\n            number\n            title\n          }\n        }\n      }\n    }\n    sdgs {\n      number\n      title\n    }\n    byImplementation: pledgeGroups(groupBy: [IMPLEMENTATION_STATUS], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n        key {\n          implementationStatus\n        }\n      }\n    }\n    byReportingHealth: pledgeGroups(groupBy: [REPORTING_HEALTH], filter: $filter, first: 20) {\n      groups {\n        count\n        key {\n          reportingHealth\n        }\n      }\n    }\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n    curation: pledgeGroups(groupBy: [STATUS], first: 20) {\n      groups {\n        count\n        key {\n          status\n        }\n      }\n    }\n  }\n": types.PledgeDashboardDocument,
    "\n  fragment EventRecord on Event {\n    id\n    version\n    code\n    name\n    kind\n    startDate\n    endDate\n    city\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": types.EventRecordFragmentDoc,
    "\n  query EventList($first: Int!, $offset: Int!, $filter: EventFilter, $search: String, $orderBy: [EventOrder!]) {\n    events(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...EventRecord\n      }\n    }\n  }\n": types.EventListDocument,
    "\n  query EventOne($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n    }\n  }\n": types.EventOneDocument,
    "\n  query EventMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...EventRecord\n    }\n  }\n": types.EventManyDocument,
    "\n  mutation EventCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventRecord\n    }\n  }\n": types.EventCreateDocument,
    "\n  mutation EventUpdate($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventRecord\n    }\n  }\n": types.EventUpdateDocument,
    "\n  mutation EventArchive($id: ID!, $expectedVersion: Int) {\n    archiveEvent(id: $id, expectedVersion: $expectedVersion) {\n      ...EventRecord\n    }\n  }\n": types.EventArchiveDocument,
    "\n  fragment ExpressionOfInterestRecord on ExpressionOfInterest {\n    id\n    createdAt\n    organizationName\n    sector\n    country {\n      code\n      name\n    }\n    website\n    contactName\n    contactEmail\n    contactPhone\n    focusAreas {\n      code\n      name\n    }\n    message\n    status\n    decisionReason\n    decidedAt\n    member {\n      id\n      name\n    }\n    possibleDuplicateMembers {\n      id\n      name\n    }\n  }\n": types.ExpressionOfInterestRecordFragmentDoc,
    "\n  query ExpressionOfInterestList($first: Int!, $offset: Int!, $status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(first: $first, offset: $offset, status: $status) {\n      totalCount\n      nodes {\n        ...ExpressionOfInterestRecord\n      }\n    }\n  }\n": types.ExpressionOfInterestListDocument,
    "\n  query ExpressionOfInterestOne($id: ID!) {\n    expressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": types.ExpressionOfInterestOneDocument,
    "\n  query ExpressionOfInterestMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ExpressionOfInterestRecord\n    }\n  }\n": types.ExpressionOfInterestManyDocument,
    "\n  mutation ExpressionOfInterestAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": types.ExpressionOfInterestAcceptDocument,
    "\n  mutation ExpressionOfInterestDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n": types.ExpressionOfInterestDeclineDocument,
    "\n  subscription LivePageTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n        city\n        startDate\n        endDate\n        country {\n          name\n        }\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n        implementationCountries\n        goalUsd\n        goalProgress\n      }\n      latest {\n        id\n        reference\n        title\n        usdValue\n        announcedAt\n        publishedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": types.LivePageTotalsDocument,
    "\n  subscription LivePageAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n      }\n    }\n  }\n": types.LivePageAnnouncedDocument,
    "\n  fragment ScoreComponentParts on ScoreComponentResult {\n    component\n    weight\n    value\n    contribution\n    explanation\n  }\n": types.ScoreComponentPartsFragmentDoc,
    "\n  fragment MatchRecord on Match {\n    id\n    version\n    status\n    statusReason\n    amountUsd\n    score\n    pledgerConfirmedAt\n    countryConfirmedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    components {\n      ...ScoreComponentParts\n    }\n    need {\n      id\n      title\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n        name\n      }\n      region {\n        id\n        name\n      }\n      member {\n        id\n      }\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n    roundtable {\n      id\n      code\n      name\n    }\n  }\n": types.MatchRecordFragmentDoc,
    "\n  fragment PledgeSuggestionFields on PledgeSuggestion {\n    score\n    remainingUsd\n    components {\n      ...ScoreComponentParts\n    }\n    pledge {\n      id\n      title\n      reference\n      type\n      usdValue\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": types.PledgeSuggestionFieldsFragmentDoc,
    "\n  query MatchList($first: Int!, $offset: Int!, $filter: MatchFilter, $orderBy: [MatchOrder!]) {\n    matches(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MatchRecord\n      }\n    }\n  }\n": types.MatchListDocument,
    "\n  query MatchOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...MatchRecord\n    }\n  }\n": types.MatchOneDocument,
    "\n  query MatchMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MatchRecord\n    }\n  }\n": types.MatchManyDocument,
    "\n  query SuggestedPledges($needId: ID!, $roundtableId: ID, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, roundtableId: $roundtableId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...PledgeSuggestionFields\n      }\n    }\n  }\n": types.SuggestedPledgesDocument,
    "\n  mutation MatchPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRecord\n    }\n  }\n": types.MatchProposeDocument,
    "\n  mutation MatchAccept($id: ID!, $amountUsd: Decimal, $expectedVersion: Int) {\n    acceptMatch(id: $id, amountUsd: $amountUsd, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": types.MatchAcceptDocument,
    "\n  mutation MatchConfirm($id: ID!, $expectedVersion: Int) {\n    confirmMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": types.MatchConfirmDocument,
    "\n  mutation MatchStart($id: ID!, $expectedVersion: Int) {\n    startMatchImplementation(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": types.MatchStartDocument,
    "\n  mutation MatchClose($id: ID!, $expectedVersion: Int) {\n    closeMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n": types.MatchCloseDocument,
    "\n  mutation MatchDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      ...MatchRecord\n    }\n  }\n": types.MatchDeclineDocument,
    "\n  query RoundtableBoard($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n      roundtable {\n        countries {\n          code\n          name\n        }\n        organizers {\n          id\n          displayName\n          email\n        }\n        weights {\n          component\n          weight\n        }\n        needs {\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n          need {\n            ...CountryNeedRecord\n          }\n        }\n        pledges {\n          valueUsd\n          allocatedUsd\n          share\n          pledge {\n            id\n            title\n            reference\n            leadMember {\n              id\n              name\n            }\n          }\n        }\n        byCountry {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          country {\n            code\n            name\n          }\n        }\n        byFocusArea {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": types.RoundtableBoardDocument,
    "\n  mutation RoundtableConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.RoundtableConfigureDocument,
    "\n  mutation RoundtableAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      nonFinancialObjective\n      candidatePairs\n      solveMs\n      matches {\n        id\n        amountUsd\n      }\n    }\n  }\n": types.RoundtableAllocateDocument,
    "\n  fragment MemberRecord on Member {\n    id\n    version\n    name\n    acronym\n    sector\n    champion\n    website\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n  }\n": types.MemberRecordFragmentDoc,
    "\n  query MemberList($first: Int!, $offset: Int!, $filter: MemberFilter, $search: String, $orderBy: [MemberOrder!]) {\n    members(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MemberRecord\n      }\n    }\n  }\n": types.MemberListDocument,
    "\n  query MemberOne($id: ID!) {\n    member(id: $id) {\n      ...MemberRecord\n    }\n  }\n": types.MemberOneDocument,
    "\n  query MemberMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MemberRecord\n    }\n  }\n": types.MemberManyDocument,
    "\n  mutation MemberCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRecord\n    }\n  }\n": types.MemberCreateDocument,
    "\n  mutation MemberUpdate($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRecord\n    }\n  }\n": types.MemberUpdateDocument,
    "\n  mutation MemberArchive($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      ...MemberRecord\n    }\n  }\n": types.MemberArchiveDocument,
    "\n  fragment CountryNeedRecord on CountryNeed {\n    id\n    version\n    title\n    description\n    status\n    statusReason\n    modality\n    priority\n    startDate\n    endDate\n    source\n    allocatedUsd\n    remainingGapUsd\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    fundingGap {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    focusArea {\n      code\n      name\n    }\n    pillar {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n": types.CountryNeedRecordFragmentDoc,
    "\n  query CountryNeedList($first: Int!, $offset: Int!, $filter: CountryNeedFilter, $orderBy: [CountryNeedOrder!]) {\n    countryNeeds(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CountryNeedRecord\n      }\n    }\n  }\n": types.CountryNeedListDocument,
    "\n  query CountryNeedOne($id: ID!) {\n    countryNeed(id: $id) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedOneDocument,
    "\n  query CountryNeedMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedManyDocument,
    "\n  mutation CountryNeedCreate($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedCreateDocument,
    "\n  mutation CountryNeedUpdate($id: ID!, $input: UpdateCountryNeedInput!) {\n    updateCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedUpdateDocument,
    "\n  mutation CountryNeedSubmit($id: ID!, $expectedVersion: Int) {\n    submitCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedSubmitDocument,
    "\n  mutation CountryNeedApprove($id: ID!, $expectedVersion: Int) {\n    approveCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedApproveDocument,
    "\n  mutation CountryNeedRequestChanges($id: ID!, $input: CountryNeedDecisionInput!) {\n    requestCountryNeedChanges(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedRequestChangesDocument,
    "\n  mutation CountryNeedReject($id: ID!, $input: CountryNeedDecisionInput!) {\n    rejectCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedRejectDocument,
    "\n  mutation CountryNeedWithdraw($id: ID!, $input: CountryNeedDecisionInput!) {\n    withdrawCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n": types.CountryNeedWithdrawDocument,
    "\n  fragment NotificationRecord on Notification {\n    id\n    createdAt\n    topic\n    recipientEmail\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    recordType\n  }\n": types.NotificationRecordFragmentDoc,
    "\n  query NotificationList($first: Int!, $offset: Int!, $filter: NotificationFilter, $orderBy: [NotificationOrder!]) {\n    notifications(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...NotificationRecord\n      }\n    }\n  }\n": types.NotificationListDocument,
    "\n  fragment PersonRecord on Person {\n    id\n    version\n    name\n    email\n    phone\n    jobTitle\n    archivedAt\n    createdAt\n    updatedAt\n    member {\n      id\n      name\n    }\n  }\n": types.PersonRecordFragmentDoc,
    "\n  query PersonList($first: Int!, $offset: Int!, $filter: PersonFilter, $search: String, $orderBy: [PersonOrder!]) {\n    people(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PersonRecord\n      }\n    }\n  }\n": types.PersonListDocument,
    "\n  query PersonOne($id: ID!) {\n    person(id: $id) {\n      ...PersonRecord\n    }\n  }\n": types.PersonOneDocument,
    "\n  query PersonMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PersonRecord\n    }\n  }\n": types.PersonManyDocument,
    "\n  mutation PersonCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecord\n    }\n  }\n": types.PersonCreateDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRecord\n    }\n  }\n": types.PersonUpdateDocument,
    "\n  mutation PersonArchive($id: ID!, $expectedVersion: Int) {\n    archivePerson(id: $id, expectedVersion: $expectedVersion) {\n      ...PersonRecord\n    }\n  }\n": types.PersonArchiveDocument,
    "\n  fragment PillarRecord on Pillar {\n    id\n    version\n    slug\n    name\n    description\n    published\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n": types.PillarRecordFragmentDoc,
    "\n  query PillarList {\n    focusAreas {\n      pillars {\n        ...PillarRecord\n      }\n    }\n  }\n": types.PillarListDocument,
    "\n  query PillarOne($id: ID!) {\n    pillar(id: $id) {\n      ...PillarRecord\n    }\n  }\n": types.PillarOneDocument,
    "\n  query PillarMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PillarRecord\n    }\n  }\n": types.PillarManyDocument,
    "\n  mutation PillarCreate($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      ...PillarRecord\n    }\n  }\n": types.PillarCreateDocument,
    "\n  mutation PillarUpdate($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      ...PillarRecord\n    }\n  }\n": types.PillarUpdateDocument,
    "\n  mutation PillarArchive($id: ID!, $expectedVersion: Int) {\n    archivePillar(id: $id, expectedVersion: $expectedVersion) {\n      ...PillarRecord\n    }\n  }\n": types.PillarArchiveDocument,
    "\n  fragment PledgeImportResult on PledgeImport {\n    dryRun\n    committed\n    rowCount\n    errorCount\n    rows {\n      line\n      title\n      errors {\n        code\n        field\n        message\n      }\n      pledge {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": types.PledgeImportResultFragmentDoc,
    "\n  mutation ConsoleImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      ...PledgeImportResult\n    }\n  }\n": types.ConsoleImportPledgesDocument,
    "\n  fragment PledgeRecord on Pledge {\n    id\n    version\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    isGlobal\n    usdValue\n    announcedOn\n    announcedAt\n    startDate\n    endDate\n    targetBeneficiaries\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    focusAreas {\n      code\n      name\n    }\n    pillars {\n      id\n      name\n    }\n    countries {\n      code\n      name\n    }\n    regions {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    sdgs {\n      number\n      title\n    }\n    event {\n      id\n      code\n      name\n    }\n  }\n": types.PledgeRecordFragmentDoc,
    "\n  fragment PledgeRevisionRecord on PledgeRevision {\n    id\n    createdAt\n    status\n    decisionReason\n    changes {\n      field\n      before\n      after\n    }\n    proposedBy {\n      displayName\n      email\n    }\n  }\n": types.PledgeRevisionRecordFragmentDoc,
    "\n  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PledgeRecord\n      }\n    }\n  }\n": types.PledgeListDocument,
    "\n  query PledgeOne($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n": types.PledgeOneDocument,
    "\n  query PledgeMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PledgeRecord\n    }\n  }\n": types.PledgeManyDocument,
    "\n  mutation PledgeCreate($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeCreateDocument,
    "\n  mutation PledgeUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeUpdateDocument,
    "\n  mutation PledgeArchive($id: ID!, $expectedVersion: Int) {\n    archivePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeArchiveDocument,
    "\n  mutation PledgeSubmit($id: ID!, $expectedVersion: Int) {\n    submitPledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeSubmitDocument,
    "\n  mutation PledgeApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeApproveDocument,
    "\n  mutation PledgeRequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeRequestChangesDocument,
    "\n  mutation PledgeReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeRejectDocument,
    "\n  mutation PledgeWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeWithdrawDocument,
    "\n  mutation PledgeAnnounce($id: ID!, $eventId: ID!, $expectedVersion: Int) {\n    announcePledge(id: $id, eventId: $eventId, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n": types.PledgeAnnounceDocument,
    "\n  mutation PledgeProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n": types.PledgeProposeRevisionDocument,
    "\n  mutation PledgeAcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n": types.PledgeAcceptRevisionDocument,
    "\n  mutation PledgeRejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n": types.PledgeRejectRevisionDocument,
    "\n  query ReferenceCountries($first: Int!, $offset: Int!) {\n    countries(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n        iso3\n      }\n    }\n  }\n": types.ReferenceCountriesDocument,
    "\n  query ReferenceCurrencies($first: Int!, $offset: Int!) {\n    currencies(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.ReferenceCurrenciesDocument,
    "\n  query ReferenceFocusAreas {\n    focusAreas {\n      code\n      name\n      position\n      pillars {\n        id\n        name\n        published\n      }\n    }\n  }\n": types.ReferenceFocusAreasDocument,
    "\n  query ReferenceBeneficiaryGroups {\n    beneficiaryGroups {\n      code\n      name\n    }\n  }\n": types.ReferenceBeneficiaryGroupsDocument,
    "\n  query ReferenceSdgs {\n    sdgs {\n      number\n      title\n    }\n  }\n": types.ReferenceSdgsDocument,
    "\n  query ReferenceItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n      name\n    }\n  }\n": types.ReferenceItuRegionsDocument,
    "\n  fragment ReportingRate on ReportingRateGroup {\n    owed\n    reported\n    rate\n  }\n": types.ReportingRateFragmentDoc,
    "\n  fragment ReportingCycleRecord on ReportingCycle {\n    id\n    version\n    year\n    dueOn\n    isOpen\n    openedAt\n    closedAt\n    createdAt\n    updatedAt\n    stats {\n      owed\n      reported\n      accepted\n      rate\n      entitiesOwing\n      entitiesReported\n      bySector {\n        sector\n        ...ReportingRate\n      }\n      byFocusArea {\n        focusArea {\n          code\n          name\n          position\n        }\n        ...ReportingRate\n      }\n      byType {\n        type\n        ...ReportingRate\n      }\n    }\n  }\n": types.ReportingCycleRecordFragmentDoc,
    "\n  query ReportingCycleList {\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n  }\n": types.ReportingCycleListDocument,
    "\n  query ReportingCycleMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ReportingCycleRecord\n    }\n  }\n": types.ReportingCycleManyDocument,
    "\n  mutation ReportingCycleOpen($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      ...ReportingCycleRecord\n    }\n  }\n": types.ReportingCycleOpenDocument,
    "\n  mutation ReportingCycleClose($id: ID!, $expectedVersion: Int) {\n    closeReportingCycle(id: $id, expectedVersion: $expectedVersion) {\n      ...ReportingCycleRecord\n    }\n  }\n": types.ReportingCycleCloseDocument,
    "\n  mutation ReportingCycleRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n": types.ReportingCycleRemindDocument,
    "\n  query ConnectivityTargets {\n    connectivityTargets {\n      code\n      dimension\n      title\n      position\n    }\n  }\n": types.ConnectivityTargetsDocument,
    "\n  fragment OverduePledge on Pledge {\n    id\n    reference\n    title\n    publishedAt\n    leadMember {\n      id\n      name\n    }\n    progress {\n      reportingHealth\n      lastReportedAt\n      latestReportYear\n      nextReportDueOn\n    }\n  }\n": types.OverduePledgeFragmentDoc,
    "\n  query ReportingOverdueList($first: Int!, $offset: Int!, $filter: PledgeFilter!, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...OverduePledge\n      }\n    }\n  }\n": types.ReportingOverdueListDocument,
    "\n  query ReportingOverdueMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...OverduePledge\n    }\n  }\n": types.ReportingOverdueManyDocument,
    "\n  fragment ProgressReportRecord on ProgressReport {\n    id\n    version\n    year\n    status\n    statusReason\n    implementationStatus\n    peopleReached\n    womenReached\n    stepsTaken\n    outcomes\n    challenges\n    evidenceLinks\n    submittedAt\n    decidedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    amountDisbursed {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    groupReach: reachByGroup {\n      people\n      beneficiaryGroup {\n        code\n        name\n      }\n    }\n    targets {\n      code\n      title\n    }\n    createdBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      reference\n      title\n      status\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n": types.ProgressReportRecordFragmentDoc,
    "\n  query ProgressReportList($first: Int!, $offset: Int!, $filter: ProgressReportFilter, $orderBy: [ProgressReportOrder!]) {\n    progressReports(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ProgressReportRecord\n      }\n    }\n  }\n": types.ProgressReportListDocument,
    "\n  query ProgressReportOne($id: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportOneDocument,
    "\n  query ProgressReportMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportManyDocument,
    "\n  mutation ProgressReportCreate($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportCreateDocument,
    "\n  mutation ProgressReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportUpdateDocument,
    "\n  mutation ProgressReportArchive($id: ID!, $expectedVersion: Int) {\n    archiveProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportArchiveDocument,
    "\n  mutation ProgressReportSubmit($id: ID!, $expectedVersion: Int) {\n    submitProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportSubmitDocument,
    "\n  mutation ProgressReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportAcceptDocument,
    "\n  mutation ProgressReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n": types.ProgressReportReturnDocument,
    "\n  query PledgeProgressPanel($id: ID!) {\n    pledge(id: $id) {\n      id\n      status\n      usdValue\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n        implementationStatus\n        submittedAt\n        updatedAt\n      }\n    }\n    reportingCycles {\n      id\n      year\n      dueOn\n      isOpen\n    }\n  }\n": types.PledgeProgressPanelDocument,
    "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    version\n    name\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n": types.WorkingGroupSummaryFragmentDoc,
    "\n  fragment WorkingGroupDetail on WorkingGroup {\n    ...WorkingGroupSummary\n    memberships {\n      id\n      role\n      since\n      until\n      person {\n        id\n        name\n        jobTitle\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorkingGroupDetailFragmentDoc,
    "\n  query WorkingGroupList($first: Int!, $offset: Int!) {\n    workingGroups(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...WorkingGroupSummary\n      }\n    }\n  }\n": types.WorkingGroupListDocument,
    "\n  query WorkingGroupOne($id: ID!) {\n    workingGroup(id: $id) {\n      ...WorkingGroupDetail\n    }\n  }\n": types.WorkingGroupOneDocument,
    "\n  query WorkingGroupMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...WorkingGroupSummary\n    }\n  }\n": types.WorkingGroupManyDocument,
    "\n  mutation WorkingGroupUpdate($id: ID!, $input: UpdateWorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      ...WorkingGroupDetail\n    }\n  }\n": types.WorkingGroupUpdateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRecord on Account {\n    id\n    version\n    email\n    displayName\n    role\n    lastLoginAt\n    archivedAt\n    createdAt\n    updatedAt\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRecord on Account {\n    id\n    version\n    email\n    displayName\n    role\n    lastLoginAt\n    archivedAt\n    createdAt\n    updatedAt\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList($first: Int!, $offset: Int!) {\n    accounts(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...AccountRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountList($first: Int!, $offset: Int!) {\n    accounts(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...AccountRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOne($id: ID!) {\n    account(id: $id) {\n      ...AccountRecord\n    }\n  }\n"): (typeof documents)["\n  query AccountOne($id: ID!) {\n    account(id: $id) {\n      ...AccountRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...AccountRecord\n    }\n  }\n"): (typeof documents)["\n  query AccountMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...AccountRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountCreate($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRecord\n    }\n  }\n"): (typeof documents)["\n  mutation AccountCreate($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountUpdate($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRecord\n    }\n  }\n"): (typeof documents)["\n  mutation AccountUpdate($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDeactivate($id: ID!, $expectedVersion: Int) {\n    deactivateAccount(id: $id, expectedVersion: $expectedVersion) {\n      ...AccountRecord\n    }\n  }\n"): (typeof documents)["\n  mutation AccountDeactivate($id: ID!, $expectedVersion: Int) {\n    deactivateAccount(id: $id, expectedVersion: $expectedVersion) {\n      ...AccountRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRecord on AuditEntry {\n    id\n    at\n    action\n    recordType\n    reason\n    actor {\n      id\n      email\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryRecord on AuditEntry {\n    id\n    at\n    action\n    recordType\n    reason\n    actor {\n      id\n      email\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntryList($first: Int!, $offset: Int!, $filter: AuditEntryFilter, $orderBy: [AuditEntryOrder!]) {\n    auditEntries(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n        record {\n          __typename\n          id\n          ... on Member {\n            name\n          }\n          ... on Pledge {\n            title\n          }\n          ... on Event {\n            name\n          }\n          ... on WorkingGroup {\n            name\n          }\n          ... on Person {\n            name\n          }\n          ... on Pillar {\n            name\n          }\n          ... on Account {\n            displayName\n          }\n          ... on ExpressionOfInterest {\n            organizationName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntryList($first: Int!, $offset: Int!, $filter: AuditEntryFilter, $orderBy: [AuditEntryOrder!]) {\n    auditEntries(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n        record {\n          __typename\n          id\n          ... on Member {\n            name\n          }\n          ... on Pledge {\n            title\n          }\n          ... on Event {\n            name\n          }\n          ... on WorkingGroup {\n            name\n          }\n          ... on Person {\n            name\n          }\n          ... on Pillar {\n            name\n          }\n          ... on Account {\n            displayName\n          }\n          ... on ExpressionOfInterest {\n            organizationName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistory($record: ID!, $first: Int!, $offset: Int!) {\n    auditEntries(filter: { record: $record }, first: $first, offset: $offset, orderBy: [{ field: AT, direction: DESC }]) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHistory($record: ID!, $first: Int!, $offset: Int!) {\n    auditEntries(filter: { record: $record }, first: $first, offset: $offset, orderBy: [{ field: AT, direction: DESC }]) {\n      totalCount\n      nodes {\n        ...AuditEntryRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurationItem on Pledge {\n    id\n    version\n    title\n    description\n    type\n    status\n    submittedAt\n    createdAt\n    updatedAt\n    leadMember {\n      id\n      name\n    }\n    possibleDuplicates {\n      titleSimilarity\n      descriptionSimilarity\n      pledge {\n        id\n        title\n        status\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurationItem on Pledge {\n    id\n    version\n    title\n    description\n    type\n    status\n    submittedAt\n    createdAt\n    updatedAt\n    leadMember {\n      id\n      name\n    }\n    possibleDuplicates {\n      titleSimilarity\n      descriptionSimilarity\n      pledge {\n        id\n        title\n        status\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeDecisionOutcome on PledgeDecisionResult {\n    id\n    pledge {\n      id\n      status\n      version\n    }\n    error {\n      code\n      message\n      field\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeDecisionOutcome on PledgeDecisionResult {\n    id\n    pledge {\n      id\n      status\n      version\n    }\n    error {\n      code\n      message\n      field\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationQueue($first: Int!, $offset: Int!, $filter: PledgeFilter!, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CurationItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationQueue($first: Int!, $offset: Int!, $filter: PledgeFilter!, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CurationItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CurationItem\n    }\n  }\n"): (typeof documents)["\n  query CurationMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CurationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation CurationApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationRequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation CurationRequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationRejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation CurationRejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      ...PledgeDecisionOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionQueueItem on PledgeRevision {\n    id\n    createdAt\n    changes {\n      field\n    }\n    proposedBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionQueueItem on PledgeRevision {\n    id\n    createdAt\n    changes {\n      field\n    }\n    proposedBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionQueue($first: Int!, $offset: Int!, $filter: PledgeRevisionFilter!, $orderBy: [PledgeRevisionOrder!]) {\n    pledgeRevisions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...RevisionQueueItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionQueue($first: Int!, $offset: Int!, $filter: PledgeRevisionFilter!, $orderBy: [PledgeRevisionOrder!]) {\n    pledgeRevisions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...RevisionQueueItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeDashboard($filter: PledgeFilter) {\n    stats: pledgeStats(filter: $filter) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      goalUsd\n      goalProgress\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      disbursedUsd\n      disbursedShare\n      peopleReached\n      overdueCount\n    }\n    progress: pledgeTimeSeries(interval: MONTH, filter: $filter) {\n      goalUsd\n      points {\n        period\n        cumulativeUsd\n        cumulativeCount\n      }\n    }\n    byFocusArea: pledgeGroups(groupBy: [FOCUS_AREA], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n    byRegion: pledgeGroups(groupBy: [IMPLEMENTATION_REGION], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          region {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    bySector: pledgeGroups(groupBy: [SECTOR], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sector\n        }\n      }\n    }\n    byType: pledgeGroups(groupBy: [TYPE], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          type\n        }\n      }\n    }\n    byBeneficiaryGroup: pledgeGroups(groupBy: [BENEFICIARY_GROUP], filter: $filter, first: 50) {\n      groups {\n        count\n        sumUsd\n        key {\n          beneficiaryGroup {\n            code\n            name\n          }\n        }\n      }\n    }\n    bySdg: pledgeGroups(groupBy: [SDG], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sdg {\n            number\n            title\n          }\n        }\n      }\n    }\n    sdgs {\n      number\n      title\n    }\n    byImplementation: pledgeGroups(groupBy: [IMPLEMENTATION_STATUS], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n        key {\n          implementationStatus\n        }\n      }\n    }\n    byReportingHealth: pledgeGroups(groupBy: [REPORTING_HEALTH], filter: $filter, first: 20) {\n      groups {\n        count\n        key {\n          reportingHealth\n        }\n      }\n    }\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n    curation: pledgeGroups(groupBy: [STATUS], first: 20) {\n      groups {\n        count\n        key {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeDashboard($filter: PledgeFilter) {\n    stats: pledgeStats(filter: $filter) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      goalUsd\n      goalProgress\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      disbursedUsd\n      disbursedShare\n      peopleReached\n      overdueCount\n    }\n    progress: pledgeTimeSeries(interval: MONTH, filter: $filter) {\n      goalUsd\n      points {\n        period\n        cumulativeUsd\n        cumulativeCount\n      }\n    }\n    byFocusArea: pledgeGroups(groupBy: [FOCUS_AREA], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n    byRegion: pledgeGroups(groupBy: [IMPLEMENTATION_REGION], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          region {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    bySector: pledgeGroups(groupBy: [SECTOR], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sector\n        }\n      }\n    }\n    byType: pledgeGroups(groupBy: [TYPE], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          type\n        }\n      }\n    }\n    byBeneficiaryGroup: pledgeGroups(groupBy: [BENEFICIARY_GROUP], filter: $filter, first: 50) {\n      groups {\n        count\n        sumUsd\n        key {\n          beneficiaryGroup {\n            code\n            name\n          }\n        }\n      }\n    }\n    bySdg: pledgeGroups(groupBy: [SDG], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        key {\n          sdg {\n            number\n            title\n          }\n        }\n      }\n    }\n    sdgs {\n      number\n      title\n    }\n    byImplementation: pledgeGroups(groupBy: [IMPLEMENTATION_STATUS], filter: $filter, first: 20) {\n      groups {\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n        key {\n          implementationStatus\n        }\n      }\n    }\n    byReportingHealth: pledgeGroups(groupBy: [REPORTING_HEALTH], filter: $filter, first: 20) {\n      groups {\n        count\n        key {\n          reportingHealth\n        }\n      }\n    }\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n    curation: pledgeGroups(groupBy: [STATUS], first: 20) {\n      groups {\n        count\n        key {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventRecord on Event {\n    id\n    version\n    code\n    name\n    kind\n    startDate\n    endDate\n    city\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EventRecord on Event {\n    id\n    version\n    code\n    name\n    kind\n    startDate\n    endDate\n    city\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventList($first: Int!, $offset: Int!, $filter: EventFilter, $search: String, $orderBy: [EventOrder!]) {\n    events(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...EventRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventList($first: Int!, $offset: Int!, $filter: EventFilter, $search: String, $orderBy: [EventOrder!]) {\n    events(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...EventRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOne($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n    }\n  }\n"): (typeof documents)["\n  query EventOne($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...EventRecord\n    }\n  }\n"): (typeof documents)["\n  query EventMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...EventRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventRecord\n    }\n  }\n"): (typeof documents)["\n  mutation EventCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventUpdate($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventRecord\n    }\n  }\n"): (typeof documents)["\n  mutation EventUpdate($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventArchive($id: ID!, $expectedVersion: Int) {\n    archiveEvent(id: $id, expectedVersion: $expectedVersion) {\n      ...EventRecord\n    }\n  }\n"): (typeof documents)["\n  mutation EventArchive($id: ID!, $expectedVersion: Int) {\n    archiveEvent(id: $id, expectedVersion: $expectedVersion) {\n      ...EventRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpressionOfInterestRecord on ExpressionOfInterest {\n    id\n    createdAt\n    organizationName\n    sector\n    country {\n      code\n      name\n    }\n    website\n    contactName\n    contactEmail\n    contactPhone\n    focusAreas {\n      code\n      name\n    }\n    message\n    status\n    decisionReason\n    decidedAt\n    member {\n      id\n      name\n    }\n    possibleDuplicateMembers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ExpressionOfInterestRecord on ExpressionOfInterest {\n    id\n    createdAt\n    organizationName\n    sector\n    country {\n      code\n      name\n    }\n    website\n    contactName\n    contactEmail\n    contactPhone\n    focusAreas {\n      code\n      name\n    }\n    message\n    status\n    decisionReason\n    decidedAt\n    member {\n      id\n      name\n    }\n    possibleDuplicateMembers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpressionOfInterestList($first: Int!, $offset: Int!, $status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(first: $first, offset: $offset, status: $status) {\n      totalCount\n      nodes {\n        ...ExpressionOfInterestRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpressionOfInterestList($first: Int!, $offset: Int!, $status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(first: $first, offset: $offset, status: $status) {\n      totalCount\n      nodes {\n        ...ExpressionOfInterestRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpressionOfInterestOne($id: ID!) {\n    expressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"): (typeof documents)["\n  query ExpressionOfInterestOne($id: ID!) {\n    expressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpressionOfInterestMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ExpressionOfInterestRecord\n    }\n  }\n"): (typeof documents)["\n  query ExpressionOfInterestMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ExpressionOfInterestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressionOfInterestAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressionOfInterestAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressionOfInterestDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressionOfInterestDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      ...ExpressionOfInterestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LivePageTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n        city\n        startDate\n        endDate\n        country {\n          name\n        }\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n        implementationCountries\n        goalUsd\n        goalProgress\n      }\n      latest {\n        id\n        reference\n        title\n        usdValue\n        announcedAt\n        publishedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LivePageTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n        city\n        startDate\n        endDate\n        country {\n          name\n        }\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n        implementationCountries\n        goalUsd\n        goalProgress\n      }\n      latest {\n        id\n        reference\n        title\n        usdValue\n        announcedAt\n        publishedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LivePageAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LivePageAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreComponentParts on ScoreComponentResult {\n    component\n    weight\n    value\n    contribution\n    explanation\n  }\n"): (typeof documents)["\n  fragment ScoreComponentParts on ScoreComponentResult {\n    component\n    weight\n    value\n    contribution\n    explanation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRecord on Match {\n    id\n    version\n    status\n    statusReason\n    amountUsd\n    score\n    pledgerConfirmedAt\n    countryConfirmedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    components {\n      ...ScoreComponentParts\n    }\n    need {\n      id\n      title\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n        name\n      }\n      region {\n        id\n        name\n      }\n      member {\n        id\n      }\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n    roundtable {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MatchRecord on Match {\n    id\n    version\n    status\n    statusReason\n    amountUsd\n    score\n    pledgerConfirmedAt\n    countryConfirmedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    components {\n      ...ScoreComponentParts\n    }\n    need {\n      id\n      title\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n        name\n      }\n      region {\n        id\n        name\n      }\n      member {\n        id\n      }\n    }\n    pledge {\n      id\n      title\n      reference\n      leadMember {\n        id\n        name\n      }\n    }\n    roundtable {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeSuggestionFields on PledgeSuggestion {\n    score\n    remainingUsd\n    components {\n      ...ScoreComponentParts\n    }\n    pledge {\n      id\n      title\n      reference\n      type\n      usdValue\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeSuggestionFields on PledgeSuggestion {\n    score\n    remainingUsd\n    components {\n      ...ScoreComponentParts\n    }\n    pledge {\n      id\n      title\n      reference\n      type\n      usdValue\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchList($first: Int!, $offset: Int!, $filter: MatchFilter, $orderBy: [MatchOrder!]) {\n    matches(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MatchRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchList($first: Int!, $offset: Int!, $filter: MatchFilter, $orderBy: [MatchOrder!]) {\n    matches(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MatchRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  query MatchOne($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  query MatchMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedPledges($needId: ID!, $roundtableId: ID, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, roundtableId: $roundtableId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...PledgeSuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedPledges($needId: ID!, $roundtableId: ID, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, roundtableId: $roundtableId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...PledgeSuggestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchAccept($id: ID!, $amountUsd: Decimal, $expectedVersion: Int) {\n    acceptMatch(id: $id, amountUsd: $amountUsd, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchAccept($id: ID!, $amountUsd: Decimal, $expectedVersion: Int) {\n    acceptMatch(id: $id, amountUsd: $amountUsd, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchConfirm($id: ID!, $expectedVersion: Int) {\n    confirmMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchConfirm($id: ID!, $expectedVersion: Int) {\n    confirmMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchStart($id: ID!, $expectedVersion: Int) {\n    startMatchImplementation(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchStart($id: ID!, $expectedVersion: Int) {\n    startMatchImplementation(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchClose($id: ID!, $expectedVersion: Int) {\n    closeMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchClose($id: ID!, $expectedVersion: Int) {\n    closeMatch(id: $id, expectedVersion: $expectedVersion) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      ...MatchRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MatchDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      ...MatchRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundtableBoard($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n      roundtable {\n        countries {\n          code\n          name\n        }\n        organizers {\n          id\n          displayName\n          email\n        }\n        weights {\n          component\n          weight\n        }\n        needs {\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n          need {\n            ...CountryNeedRecord\n          }\n        }\n        pledges {\n          valueUsd\n          allocatedUsd\n          share\n          pledge {\n            id\n            title\n            reference\n            leadMember {\n              id\n              name\n            }\n          }\n        }\n        byCountry {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          country {\n            code\n            name\n          }\n        }\n        byFocusArea {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundtableBoard($id: ID!) {\n    event(id: $id) {\n      ...EventRecord\n      roundtable {\n        countries {\n          code\n          name\n        }\n        organizers {\n          id\n          displayName\n          email\n        }\n        weights {\n          component\n          weight\n        }\n        needs {\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n          need {\n            ...CountryNeedRecord\n          }\n        }\n        pledges {\n          valueUsd\n          allocatedUsd\n          share\n          pledge {\n            id\n            title\n            reference\n            leadMember {\n              id\n              name\n            }\n          }\n        }\n        byCountry {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          country {\n            code\n            name\n          }\n        }\n        byFocusArea {\n          needs\n          gapUsd\n          allocatedUsd\n          coverage\n          focusArea {\n            code\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundtableConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RoundtableConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundtableAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      nonFinancialObjective\n      candidatePairs\n      solveMs\n      matches {\n        id\n        amountUsd\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoundtableAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      nonFinancialObjective\n      candidatePairs\n      solveMs\n      matches {\n        id\n        amountUsd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRecord on Member {\n    id\n    version\n    name\n    acronym\n    sector\n    champion\n    website\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRecord on Member {\n    id\n    version\n    name\n    acronym\n    sector\n    champion\n    website\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    country {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberList($first: Int!, $offset: Int!, $filter: MemberFilter, $search: String, $orderBy: [MemberOrder!]) {\n    members(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MemberRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberList($first: Int!, $offset: Int!, $filter: MemberFilter, $search: String, $orderBy: [MemberOrder!]) {\n    members(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...MemberRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberOne($id: ID!) {\n    member(id: $id) {\n      ...MemberRecord\n    }\n  }\n"): (typeof documents)["\n  query MemberOne($id: ID!) {\n    member(id: $id) {\n      ...MemberRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MemberRecord\n    }\n  }\n"): (typeof documents)["\n  query MemberMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...MemberRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MemberCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdate($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MemberUpdate($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberArchive($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      ...MemberRecord\n    }\n  }\n"): (typeof documents)["\n  mutation MemberArchive($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      ...MemberRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryNeedRecord on CountryNeed {\n    id\n    version\n    title\n    description\n    status\n    statusReason\n    modality\n    priority\n    startDate\n    endDate\n    source\n    allocatedUsd\n    remainingGapUsd\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    fundingGap {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    focusArea {\n      code\n      name\n    }\n    pillar {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CountryNeedRecord on CountryNeed {\n    id\n    version\n    title\n    description\n    status\n    statusReason\n    modality\n    priority\n    startDate\n    endDate\n    source\n    allocatedUsd\n    remainingGapUsd\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    fundingGap {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    country {\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    focusArea {\n      code\n      name\n    }\n    pillar {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryNeedList($first: Int!, $offset: Int!, $filter: CountryNeedFilter, $orderBy: [CountryNeedOrder!]) {\n    countryNeeds(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CountryNeedRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountryNeedList($first: Int!, $offset: Int!, $filter: CountryNeedFilter, $orderBy: [CountryNeedOrder!]) {\n    countryNeeds(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...CountryNeedRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryNeedOne($id: ID!) {\n    countryNeed(id: $id) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  query CountryNeedOne($id: ID!) {\n    countryNeed(id: $id) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryNeedMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  query CountryNeedMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedCreate($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedCreate($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedUpdate($id: ID!, $input: UpdateCountryNeedInput!) {\n    updateCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedUpdate($id: ID!, $input: UpdateCountryNeedInput!) {\n    updateCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedSubmit($id: ID!, $expectedVersion: Int) {\n    submitCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedSubmit($id: ID!, $expectedVersion: Int) {\n    submitCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedApprove($id: ID!, $expectedVersion: Int) {\n    approveCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedApprove($id: ID!, $expectedVersion: Int) {\n    approveCountryNeed(id: $id, expectedVersion: $expectedVersion) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedRequestChanges($id: ID!, $input: CountryNeedDecisionInput!) {\n    requestCountryNeedChanges(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedRequestChanges($id: ID!, $input: CountryNeedDecisionInput!) {\n    requestCountryNeedChanges(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedReject($id: ID!, $input: CountryNeedDecisionInput!) {\n    rejectCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedReject($id: ID!, $input: CountryNeedDecisionInput!) {\n    rejectCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryNeedWithdraw($id: ID!, $input: CountryNeedDecisionInput!) {\n    withdrawCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CountryNeedWithdraw($id: ID!, $input: CountryNeedDecisionInput!) {\n    withdrawCountryNeed(id: $id, input: $input) {\n      ...CountryNeedRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationRecord on Notification {\n    id\n    createdAt\n    topic\n    recipientEmail\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    recordType\n  }\n"): (typeof documents)["\n  fragment NotificationRecord on Notification {\n    id\n    createdAt\n    topic\n    recipientEmail\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n    recordType\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($first: Int!, $offset: Int!, $filter: NotificationFilter, $orderBy: [NotificationOrder!]) {\n    notifications(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...NotificationRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationList($first: Int!, $offset: Int!, $filter: NotificationFilter, $orderBy: [NotificationOrder!]) {\n    notifications(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...NotificationRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRecord on Person {\n    id\n    version\n    name\n    email\n    phone\n    jobTitle\n    archivedAt\n    createdAt\n    updatedAt\n    member {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRecord on Person {\n    id\n    version\n    name\n    email\n    phone\n    jobTitle\n    archivedAt\n    createdAt\n    updatedAt\n    member {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonList($first: Int!, $offset: Int!, $filter: PersonFilter, $search: String, $orderBy: [PersonOrder!]) {\n    people(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PersonRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonList($first: Int!, $offset: Int!, $filter: PersonFilter, $search: String, $orderBy: [PersonOrder!]) {\n    people(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PersonRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOne($id: ID!) {\n    person(id: $id) {\n      ...PersonRecord\n    }\n  }\n"): (typeof documents)["\n  query PersonOne($id: ID!) {\n    person(id: $id) {\n      ...PersonRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PersonRecord\n    }\n  }\n"): (typeof documents)["\n  query PersonMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PersonRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PersonCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonUpdate($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PersonUpdate($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonArchive($id: ID!, $expectedVersion: Int) {\n    archivePerson(id: $id, expectedVersion: $expectedVersion) {\n      ...PersonRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PersonArchive($id: ID!, $expectedVersion: Int) {\n    archivePerson(id: $id, expectedVersion: $expectedVersion) {\n      ...PersonRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PillarRecord on Pillar {\n    id\n    version\n    slug\n    name\n    description\n    published\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PillarRecord on Pillar {\n    id\n    version\n    slug\n    name\n    description\n    published\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PillarList {\n    focusAreas {\n      pillars {\n        ...PillarRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query PillarList {\n    focusAreas {\n      pillars {\n        ...PillarRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PillarOne($id: ID!) {\n    pillar(id: $id) {\n      ...PillarRecord\n    }\n  }\n"): (typeof documents)["\n  query PillarOne($id: ID!) {\n    pillar(id: $id) {\n      ...PillarRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PillarMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PillarRecord\n    }\n  }\n"): (typeof documents)["\n  query PillarMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PillarRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PillarCreate($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      ...PillarRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PillarCreate($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      ...PillarRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PillarUpdate($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      ...PillarRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PillarUpdate($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      ...PillarRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PillarArchive($id: ID!, $expectedVersion: Int) {\n    archivePillar(id: $id, expectedVersion: $expectedVersion) {\n      ...PillarRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PillarArchive($id: ID!, $expectedVersion: Int) {\n    archivePillar(id: $id, expectedVersion: $expectedVersion) {\n      ...PillarRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeImportResult on PledgeImport {\n    dryRun\n    committed\n    rowCount\n    errorCount\n    rows {\n      line\n      title\n      errors {\n        code\n        field\n        message\n      }\n      pledge {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeImportResult on PledgeImport {\n    dryRun\n    committed\n    rowCount\n    errorCount\n    rows {\n      line\n      title\n      errors {\n        code\n        field\n        message\n      }\n      pledge {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      ...PledgeImportResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      ...PledgeImportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeRecord on Pledge {\n    id\n    version\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    isGlobal\n    usdValue\n    announcedOn\n    announcedAt\n    startDate\n    endDate\n    targetBeneficiaries\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    focusAreas {\n      code\n      name\n    }\n    pillars {\n      id\n      name\n    }\n    countries {\n      code\n      name\n    }\n    regions {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    sdgs {\n      number\n      title\n    }\n    event {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeRecord on Pledge {\n    id\n    version\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    isGlobal\n    usdValue\n    announcedOn\n    announcedAt\n    startDate\n    endDate\n    targetBeneficiaries\n    submittedAt\n    publishedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    focusAreas {\n      code\n      name\n    }\n    pillars {\n      id\n      name\n    }\n    countries {\n      code\n      name\n    }\n    regions {\n      id\n      name\n    }\n    beneficiaryGroups {\n      code\n      name\n    }\n    sdgs {\n      number\n      title\n    }\n    event {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeRevisionRecord on PledgeRevision {\n    id\n    createdAt\n    status\n    decisionReason\n    changes {\n      field\n      before\n      after\n    }\n    proposedBy {\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeRevisionRecord on PledgeRevision {\n    id\n    createdAt\n    status\n    decisionReason\n    changes {\n      field\n      before\n      after\n    }\n    proposedBy {\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PledgeRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...PledgeRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeOne($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeOne($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  query PledgeMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeCreate($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeCreate($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeArchive($id: ID!, $expectedVersion: Int) {\n    archivePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeArchive($id: ID!, $expectedVersion: Int) {\n    archivePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeSubmit($id: ID!, $expectedVersion: Int) {\n    submitPledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeSubmit($id: ID!, $expectedVersion: Int) {\n    submitPledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeRequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeRequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeAnnounce($id: ID!, $eventId: ID!, $expectedVersion: Int) {\n    announcePledge(id: $id, eventId: $eventId, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeAnnounce($id: ID!, $eventId: ID!, $expectedVersion: Int) {\n    announcePledge(id: $id, eventId: $eventId, expectedVersion: $expectedVersion) {\n      ...PledgeRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeAcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeAcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      ...PledgeRecord\n      pendingRevision {\n        ...PledgeRevisionRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeRejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeRejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      ...PledgeRevisionRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceCountries($first: Int!, $offset: Int!) {\n    countries(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n        iso3\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceCountries($first: Int!, $offset: Int!) {\n    countries(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n        iso3\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceCurrencies($first: Int!, $offset: Int!) {\n    currencies(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceCurrencies($first: Int!, $offset: Int!) {\n    currencies(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceFocusAreas {\n    focusAreas {\n      code\n      name\n      position\n      pillars {\n        id\n        name\n        published\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceFocusAreas {\n    focusAreas {\n      code\n      name\n      position\n      pillars {\n        id\n        name\n        published\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceBeneficiaryGroups {\n    beneficiaryGroups {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReferenceBeneficiaryGroups {\n    beneficiaryGroups {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceSdgs {\n    sdgs {\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  query ReferenceSdgs {\n    sdgs {\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReferenceItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingRate on ReportingRateGroup {\n    owed\n    reported\n    rate\n  }\n"): (typeof documents)["\n  fragment ReportingRate on ReportingRateGroup {\n    owed\n    reported\n    rate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingCycleRecord on ReportingCycle {\n    id\n    version\n    year\n    dueOn\n    isOpen\n    openedAt\n    closedAt\n    createdAt\n    updatedAt\n    stats {\n      owed\n      reported\n      accepted\n      rate\n      entitiesOwing\n      entitiesReported\n      bySector {\n        sector\n        ...ReportingRate\n      }\n      byFocusArea {\n        focusArea {\n          code\n          name\n          position\n        }\n        ...ReportingRate\n      }\n      byType {\n        type\n        ...ReportingRate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportingCycleRecord on ReportingCycle {\n    id\n    version\n    year\n    dueOn\n    isOpen\n    openedAt\n    closedAt\n    createdAt\n    updatedAt\n    stats {\n      owed\n      reported\n      accepted\n      rate\n      entitiesOwing\n      entitiesReported\n      bySector {\n        sector\n        ...ReportingRate\n      }\n      byFocusArea {\n        focusArea {\n          code\n          name\n          position\n        }\n        ...ReportingRate\n      }\n      byType {\n        type\n        ...ReportingRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCycleList {\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n  }\n"): (typeof documents)["\n  query ReportingCycleList {\n    reportingCycles {\n      ...ReportingCycleRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCycleMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ReportingCycleRecord\n    }\n  }\n"): (typeof documents)["\n  query ReportingCycleMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ReportingCycleRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingCycleOpen($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      ...ReportingCycleRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ReportingCycleOpen($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      ...ReportingCycleRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingCycleClose($id: ID!, $expectedVersion: Int) {\n    closeReportingCycle(id: $id, expectedVersion: $expectedVersion) {\n      ...ReportingCycleRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ReportingCycleClose($id: ID!, $expectedVersion: Int) {\n    closeReportingCycle(id: $id, expectedVersion: $expectedVersion) {\n      ...ReportingCycleRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingCycleRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n"): (typeof documents)["\n  mutation ReportingCycleRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectivityTargets {\n    connectivityTargets {\n      code\n      dimension\n      title\n      position\n    }\n  }\n"): (typeof documents)["\n  query ConnectivityTargets {\n    connectivityTargets {\n      code\n      dimension\n      title\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverduePledge on Pledge {\n    id\n    reference\n    title\n    publishedAt\n    leadMember {\n      id\n      name\n    }\n    progress {\n      reportingHealth\n      lastReportedAt\n      latestReportYear\n      nextReportDueOn\n    }\n  }\n"): (typeof documents)["\n  fragment OverduePledge on Pledge {\n    id\n    reference\n    title\n    publishedAt\n    leadMember {\n      id\n      name\n    }\n    progress {\n      reportingHealth\n      lastReportedAt\n      latestReportYear\n      nextReportDueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingOverdueList($first: Int!, $offset: Int!, $filter: PledgeFilter!, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...OverduePledge\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingOverdueList($first: Int!, $offset: Int!, $filter: PledgeFilter!, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...OverduePledge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingOverdueMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...OverduePledge\n    }\n  }\n"): (typeof documents)["\n  query ReportingOverdueMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...OverduePledge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressReportRecord on ProgressReport {\n    id\n    version\n    year\n    status\n    statusReason\n    implementationStatus\n    peopleReached\n    womenReached\n    stepsTaken\n    outcomes\n    challenges\n    evidenceLinks\n    submittedAt\n    decidedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    amountDisbursed {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    groupReach: reachByGroup {\n      people\n      beneficiaryGroup {\n        code\n        name\n      }\n    }\n    targets {\n      code\n      title\n    }\n    createdBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      reference\n      title\n      status\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgressReportRecord on ProgressReport {\n    id\n    version\n    year\n    status\n    statusReason\n    implementationStatus\n    peopleReached\n    womenReached\n    stepsTaken\n    outcomes\n    challenges\n    evidenceLinks\n    submittedAt\n    decidedAt\n    archivedAt\n    createdAt\n    updatedAt\n    availableActions {\n      action\n      to\n      label\n      reasonRequired\n    }\n    viewerMayEdit\n    amountDisbursed {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    groupReach: reachByGroup {\n      people\n      beneficiaryGroup {\n        code\n        name\n      }\n    }\n    targets {\n      code\n      title\n    }\n    createdBy {\n      displayName\n      email\n    }\n    pledge {\n      id\n      reference\n      title\n      status\n      leadMember {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressReportList($first: Int!, $offset: Int!, $filter: ProgressReportFilter, $orderBy: [ProgressReportOrder!]) {\n    progressReports(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ProgressReportRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgressReportList($first: Int!, $offset: Int!, $filter: ProgressReportFilter, $orderBy: [ProgressReportOrder!]) {\n    progressReports(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ProgressReportRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressReportOne($id: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  query ProgressReportOne($id: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressReportMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  query ProgressReportMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportCreate($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportCreate($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportArchive($id: ID!, $expectedVersion: Int) {\n    archiveProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportArchive($id: ID!, $expectedVersion: Int) {\n    archiveProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportSubmit($id: ID!, $expectedVersion: Int) {\n    submitProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportSubmit($id: ID!, $expectedVersion: Int) {\n    submitProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      ...ProgressReportRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeProgressPanel($id: ID!) {\n    pledge(id: $id) {\n      id\n      status\n      usdValue\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n        implementationStatus\n        submittedAt\n        updatedAt\n      }\n    }\n    reportingCycles {\n      id\n      year\n      dueOn\n      isOpen\n    }\n  }\n"): (typeof documents)["\n  query PledgeProgressPanel($id: ID!) {\n    pledge(id: $id) {\n      id\n      status\n      usdValue\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n        implementationStatus\n        submittedAt\n        updatedAt\n      }\n    }\n    reportingCycles {\n      id\n      year\n      dueOn\n      isOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    version\n    name\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    version\n    name\n    description\n    archivedAt\n    createdAt\n    updatedAt\n    focusArea {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupDetail on WorkingGroup {\n    ...WorkingGroupSummary\n    memberships {\n      id\n      role\n      since\n      until\n      person {\n        id\n        name\n        jobTitle\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingGroupDetail on WorkingGroup {\n    ...WorkingGroupSummary\n    memberships {\n      id\n      role\n      since\n      until\n      person {\n        id\n        name\n        jobTitle\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupList($first: Int!, $offset: Int!) {\n    workingGroups(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...WorkingGroupSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupList($first: Int!, $offset: Int!) {\n    workingGroups(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...WorkingGroupSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupOne($id: ID!) {\n    workingGroup(id: $id) {\n      ...WorkingGroupDetail\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupOne($id: ID!) {\n    workingGroup(id: $id) {\n      ...WorkingGroupDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...WorkingGroupSummary\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupMany($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ...WorkingGroupSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkingGroupUpdate($id: ID!, $input: UpdateWorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      ...WorkingGroupDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WorkingGroupUpdate($id: ID!, $input: UpdateWorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      ...WorkingGroupDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;