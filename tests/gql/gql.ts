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
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n      members {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation LoginAttempt($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        email\n      }\n    }\n  }\n": typeof types.LoginAttemptDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateTokenDocument,
    "\n  mutation RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeTokenDocument,
    "\n  mutation Deactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.DeactivateDocument,
    "\n  mutation UpdateAccountRole($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateAccountRoleDocument,
    "\n  query Accounts {\n    accounts(first: 50) {\n      totalCount\n      nodes {\n        email\n        role\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AuditTrail($filter: AuditEntryFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        recordType\n        reason\n        actor {\n          email\n        }\n        record {\n          id\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation AuditUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditUpdateMemberDocument,
    "\n  mutation AuditSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditSubmitDocument,
    "\n  mutation AuditReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuditRejectDocument,
    "\n        query AuditMutations {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.AuditMutationsDocument,
    "\n      mutation MatrixToken($input: CreateApiTokenInput!) {\n        createApiToken(input: $input) {\n          token\n        }\n      }\n    ": typeof types.MatrixTokenDocument,
    "\n  query MatrixRecord($id: ID!) {\n    pledge(id: $id) {\n      id\n      statusReason\n      pendingRevision {\n        id\n      }\n      possibleDuplicates {\n        titleSimilarity\n      }\n      leadMember {\n        people {\n          email\n        }\n      }\n    }\n  }\n": typeof types.MatrixRecordDocument,
    "\n  mutation MatrixUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MatrixUpdateDocument,
    "\n  mutation MatrixWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MatrixWithdrawDocument,
    "\n  mutation BulkSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.BulkSubmitDocument,
    "\n  mutation ApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      pledge {\n        id\n        status\n        reference\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ApproveManyDocument,
    "\n  mutation RejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n": typeof types.RejectManyDocument,
    "\n  mutation RequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n": typeof types.RequestChangesToManyDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n      version\n      city\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query Events($filter: EventFilter) {\n    events(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        code\n        kind\n        startDate\n        country {\n          code\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query WorkingGroups {\n    workingGroups(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        focusArea {\n          code\n        }\n        memberships {\n          id\n          role\n          since\n          until\n          person {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {\n    addWorkingGroupMember(input: $input) {\n      id\n      role\n      since\n      version\n    }\n  }\n": typeof types.AddWorkingGroupMemberDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateWorkingGroupMembershipInput!) {\n    updateWorkingGroupMembership(id: $id, input: $input) {\n      id\n      until\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkingGroupDocument,
    "\n  mutation CreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      published\n      focusArea {\n        code\n      }\n    }\n  }\n": typeof types.CreatePillarDocument,
    "\n  mutation UpdatePillar($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      id\n      published\n    }\n  }\n": typeof types.UpdatePillarDocument,
    "\n  query FocusAreaPillars($code: String!) {\n    focusArea(code: $code) {\n      name\n      pillars {\n        slug\n      }\n      workingGroup {\n        name\n      }\n    }\n  }\n": typeof types.FocusAreaPillarsDocument,
    "\n  mutation UpdatePersonEmail($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.UpdatePersonEmailDocument,
    "\n  query People {\n    people(first: 50) {\n      totalCount\n      nodes {\n        name\n        email\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query ReferenceData {\n    country(code: \"bd\") {\n      name\n      iso3\n      m49\n      ituRegion {\n        code\n        name\n      }\n      m49SubRegion {\n        name\n        parent {\n          name\n        }\n      }\n      currency {\n        code\n      }\n      ldcIn2022: groups(asOf: \"2022-06-01\")\n      ldcIn2027: groups(asOf: \"2027-01-01\")\n      groupMemberships {\n        group\n        until\n      }\n    }\n    countries(first: 5, filter: { groups: { some: [SIDS] }, name: { containsInsensitive: \"ba\" } }) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    arab: regions(kind: ITU_D) {\n      code\n      name\n    }\n    sdgs {\n      number\n    }\n    focusAreas {\n      code\n    }\n    currencies(first: 3, after: null) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    currency(code: \"EUR\") {\n      minorUnit\n      rates {\n        validFrom\n        usdPerUnit\n      }\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n        mutation DuplicateEvent($input: CreateEventInput!) {\n          createEvent(input: $input) {\n            id\n          }\n        }\n      ": typeof types.DuplicateEventDocument,
    "\n  query MemberCount {\n    members {\n      totalCount\n    }\n  }\n": typeof types.MemberCountDocument,
    "\n  mutation EmbeddedLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n": typeof types.EmbeddedLoginDocument,
    "\n  mutation EoiSubmit($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n      receivedAt\n    }\n  }\n": typeof types.EoiSubmitDocument,
    "\n  query EoiQueue($status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(status: $status, first: 50) {\n      totalCount\n      nodes {\n        id\n        organizationName\n        status\n        contactEmail\n        focusAreas {\n          code\n        }\n        possibleDuplicateMembers {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EoiQueueDocument,
    "\n  mutation EoiAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      id\n      status\n      decidedAt\n      member {\n        id\n        name\n        people {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.EoiAcceptDocument,
    "\n  mutation EoiDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.EoiDeclineDocument,
    "\n  mutation EoiAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": typeof types.EoiAcceptInvitationDocument,
    "\n  query EoiOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        subject\n        body\n      }\n    }\n  }\n": typeof types.EoiOutboxDocument,
    "\n  mutation SecurityRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      title\n    }\n  }\n": typeof types.SecurityRetitleDocument,
    "\n  subscription LiveAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n        title\n        reference\n        announcedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LiveAnnouncedDocument,
    "\n  subscription LiveTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n": typeof types.LiveTotalsDocument,
    "\n  subscription LiveMatchChanges($roundtableId: ID) {\n    matchStatusChanged(roundtableId: $roundtableId) {\n      previousStatus\n      status\n      match {\n        id\n        status\n      }\n    }\n  }\n": typeof types.LiveMatchChangesDocument,
    "\n  mutation LiveSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": typeof types.LiveSubmitDocument,
    "\n  mutation LiveApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      reference\n      announcedAt\n    }\n  }\n": typeof types.LiveApproveDocument,
    "\n  mutation LiveAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n      announcedAt\n      announcedOn\n      event {\n        id\n      }\n    }\n  }\n": typeof types.LiveAnnounceDocument,
    "\n  mutation LivePropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.LiveProposeDocument,
    "\n  mutation LiveDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.LiveDeclineDocument,
    "query LiveOverSocket { viewer { id } }": typeof types.LiveOverSocketDocument,
    "subscription LiveDeep { pledgeAnnounced { pledge { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { id } } } } } } } } } } } } }": typeof types.LiveDeepDocument,
    "\n  query MatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      id\n      status\n      statusReason\n      allocatedUsd\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n      }\n    }\n  }\n": typeof types.MatchmakingNeedDocument,
    "\n  mutation MatchmakingSubmitNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MatchmakingSubmitNeedDocument,
    "\n  query MatchmakingSuggestPledges($needId: ID!, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, first: $first, offset: $offset) {\n      totalCount\n      hasNextPage\n      nodes {\n        score\n        remainingUsd\n        pledge {\n          id\n          title\n        }\n        components {\n          component\n          weight\n          value\n          contribution\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingSuggestPledgesDocument,
    "\n  query MatchmakingSuggestNeeds($pledgeId: ID!) {\n    suggestedNeeds(pledgeId: $pledgeId, first: 10) {\n      totalCount\n      nodes {\n        score\n        need {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingSuggestNeedsDocument,
    "\n  mutation MatchmakingConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      roundtable {\n        countries {\n          code\n        }\n        weights {\n          component\n          weight\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingConfigureDocument,
    "\n  mutation MatchmakingAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      candidatePairs\n      matches {\n        id\n        status\n        amountUsd\n        score\n        version\n        need {\n          id\n        }\n        pledge {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingAllocateDocument,
    "\n  mutation MatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n      amountUsd\n      version\n    }\n  }\n": typeof types.MatchmakingProposeDocument,
    "\n  mutation MatchmakingAccept($id: ID!, $amountUsd: Decimal) {\n    acceptMatch(id: $id, amountUsd: $amountUsd) {\n      id\n      status\n      amountUsd\n    }\n  }\n": typeof types.MatchmakingAcceptDocument,
    "\n  mutation MatchmakingConfirm($id: ID!) {\n    confirmMatch(id: $id) {\n      id\n      status\n      pledgerConfirmedAt\n      countryConfirmedAt\n    }\n  }\n": typeof types.MatchmakingConfirmDocument,
    "\n  mutation MatchmakingStart($id: ID!) {\n    startMatchImplementation(id: $id) {\n      status\n    }\n  }\n": typeof types.MatchmakingStartDocument,
    "\n  mutation MatchmakingClose($id: ID!) {\n    closeMatch(id: $id) {\n      status\n    }\n  }\n": typeof types.MatchmakingCloseDocument,
    "\n  mutation MatchmakingDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      status\n      statusReason\n    }\n  }\n": typeof types.MatchmakingDeclineDocument,
    "\n  query MatchmakingRoundtable($id: ID!) {\n    event(id: $id) {\n      roundtable {\n        needs {\n          need {\n            id\n          }\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n        }\n        pledges {\n          pledge {\n            id\n          }\n          valueUsd\n          allocatedUsd\n          share\n        }\n        byCountry {\n          country {\n            code\n          }\n          needs\n          gapUsd\n          allocatedUsd\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          needs\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingRoundtableDocument,
    "\n  query MatchmakingMatches {\n    matches {\n      totalCount\n    }\n  }\n": typeof types.MatchmakingMatchesDocument,
    "\n  query MatchmakingNeedsPage($first: Int!) {\n    countryNeeds(first: $first) {\n      nodes {\n        id\n        allocatedUsd\n        remainingGapUsd\n        country {\n          code\n        }\n        focusArea {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n      }\n    }\n    matches(first: $first) {\n      nodes {\n        amountUsd\n        need {\n          title\n        }\n        pledge {\n          title\n        }\n      }\n    }\n  }\n": typeof types.MatchmakingNeedsPageDocument,
    "\n  mutation MatchmakingCreateNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.MatchmakingCreateNeedDocument,
    "\n  mutation MatchmakingApproveNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n    }\n  }\n": typeof types.MatchmakingApproveNeedDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation ArchiveMember($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveMemberDocument,
    "\n  query Members($first: Int, $after: String, $offset: Int, $filter: MemberFilter, $orderBy: [MemberOrder!]) {\n    members(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sector\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberWithPeople($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      people {\n        name\n        email\n      }\n    }\n  }\n": typeof types.MemberWithPeopleDocument,
    "\n  mutation CreateMemberRaw($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMemberRawDocument,
    "\n  query MemberGroupsBySector($filter: MemberFilter) {\n    memberGroups(groupBy: [SECTOR, REGION], filter: $filter, orderBy: [{ field: KEY, direction: ASC }]) {\n      totalCount\n      groups {\n        count\n        share\n        key {\n          sector\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberGroupsBySectorDocument,
    "\n  query Outbox($filter: NotificationFilter) {\n    notifications(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        topic\n        recipientEmail\n        subject\n        body\n        status\n        attempts\n        sentAt\n        recordType\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation OutboxSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.OutboxSubmitDocument,
    "\n  mutation OutboxApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      id\n      reference\n    }\n  }\n": typeof types.OutboxApproveDocument,
    "\n  mutation OutboxReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.OutboxRejectDocument,
    "\n  query OpenDataPledges($first: Int!, $after: String, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        description\n        type\n        isGlobal\n        usdValue\n        targetBeneficiaries\n        startDate\n        endDate\n        announcedOn\n        publishedAt\n        leadMember {\n          id\n          name\n          sector\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          name\n        }\n        countries {\n          code\n        }\n        regions {\n          name\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n        event {\n          id\n          name\n        }\n        progress {\n          implementationStatus\n          disbursedUsd\n          peopleReached\n          reportingHealth\n        }\n      }\n    }\n  }\n": typeof types.OpenDataPledgesDocument,
    "\n  mutation OpenDataWithdrawPledge($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenDataWithdrawPledgeDocument,
    "\n  query PledgeDuplicates($id: ID!) {\n    pledge(id: $id) {\n      id\n      possibleDuplicates {\n        titleSimilarity\n        descriptionSimilarity\n        pledge {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PledgeDuplicatesDocument,
    "\n  query QueueDuplicates($first: Int!) {\n    pledges(first: $first, filter: { status: { eq: DRAFT } }) {\n      nodes {\n        id\n        possibleDuplicates {\n          pledge {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueueDuplicatesDocument,
    "\n  mutation ImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      dryRun\n      committed\n      rowCount\n      errorCount\n      rows {\n        line\n        title\n        errors {\n          code\n          field\n          message\n        }\n        pledge {\n          id\n          reference\n          status\n          title\n          description\n          type\n          isGlobal\n          targetBeneficiaries\n          startDate\n          endDate\n          announcedOn\n          estimatedValue {\n            amount\n            usdValue\n            currency {\n              code\n            }\n          }\n          leadMember {\n            name\n          }\n          partners {\n            name\n          }\n          focusAreas {\n            code\n          }\n          pillars {\n            name\n          }\n          countries {\n            code\n          }\n          regions {\n            code\n          }\n          beneficiaryGroups {\n            code\n          }\n          sdgs {\n            number\n          }\n          event {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportPledgesDocument,
    "\n  mutation ImportArchiveMember($id: ID!) {\n    archiveMember(id: $id) {\n      id\n    }\n  }\n": typeof types.ImportArchiveMemberDocument,
    "\n  mutation ProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ProposeRevisionDocument,
    "\n  mutation AcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n    }\n  }\n": typeof types.AcceptRevisionDocument,
    "\n  mutation RejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.RejectRevisionDocument,
    "\n  query RevisionPledge($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n      pendingRevision {\n        id\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.RevisionPledgeDocument,
    "\n  query RevisionOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n    auditEntries(filter: { action: { startsWith: \"pledge.\" } }) {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.RevisionOutboxDocument,
    "\n  query RevisionQueue($filter: PledgeRevisionFilter) {\n    pledgeRevisions(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        pledge {\n          id\n          title\n        }\n        proposedBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.RevisionQueueDocument,
    "\n  query WithPendingRevision($has: Boolean!) {\n    pledges(filter: { hasPendingRevision: $has }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.WithPendingRevisionDocument,
    "\n  query ScalePage($first: Int, $after: String, $offset: Int, $orderBy: [PledgeOrder!], $search: String) {\n    pledges(first: $first, after: $after, offset: $offset, orderBy: $orderBy, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n            ituRegion {\n              code\n            }\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        regions {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        event {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScalePageDocument,
    "\n  query ScalePublicPage($first: Int) {\n    pledges(first: $first) {\n      nodes {\n        id\n        title\n        leadMember {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n          name\n        }\n        countries {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScalePublicPageDocument,
    "\n  query ScaleSummary {\n    pledgeStats {\n      count\n      ldcShare\n      womenShare\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA], first: 1000) {\n      totalCount\n      groups {\n        count\n      }\n    }\n  }\n": typeof types.ScaleSummaryDocument,
    "\n  query FindPledges($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {\n    pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        usdValue\n      }\n    }\n  }\n": typeof types.FindPledgesDocument,
    "\n  query Stats($filter: PledgeFilter, $search: String) {\n    pledgeStats(filter: $filter, search: $search) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      minUsd\n      maxUsd\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      goalUsd\n      goalProgress\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query Groups($groupBy: [PledgeGroupKey!]!, $filter: PledgeFilter, $orderBy: [PledgeGroupOrder!]) {\n    pledgeGroups(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalUsd\n      groups {\n        count\n        sumUsd\n        share\n        key {\n          focusArea {\n            code\n          }\n          region {\n            code\n          }\n          country {\n            code\n          }\n          type\n          sector\n          countryGroup\n          year\n          sdg {\n            number\n          }\n          beneficiaryGroup {\n            code\n          }\n          memberRegion {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query Series($interval: TimeInterval!) {\n    pledgeTimeSeries(interval: $interval) {\n      goalUsd\n      points {\n        period\n        count\n        sumUsd\n        cumulativeCount\n        cumulativeUsd\n      }\n    }\n  }\n": typeof types.SeriesDocument,
    "\n  query ItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n    }\n  }\n": typeof types.ItuRegionsDocument,
    "\n  mutation CreatePledgeRaw($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n": typeof types.CreatePledgeRawDocument,
    "\n  mutation UpdatePledge($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeFields\n    }\n  }\n": typeof types.UpdatePledgeDocument,
    "\n  mutation Submit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitDocument,
    "\n  mutation Approve($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      status\n      reference\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.RejectDocument,
    "\n  mutation RequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.RequestChangesDocument,
    "\n  mutation Withdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  query PledgeById($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n": typeof types.PledgeByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query PledgePage($first: Int, $filter: PledgeFilter) {\n    pledges(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        sdgs {\n          number\n        }\n        beneficiaryGroups {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PledgePageDocument,
    "\n  query Pillars {\n    focusAreas {\n      code\n      pillars {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.PillarsDocument,
    "\n  query ReportView($id: ID!) {\n    progressReport(id: $id) {\n      id\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        usdValue\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n": typeof types.ReportViewDocument,
    "\n  mutation ReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      id\n      version\n      peopleReached\n    }\n  }\n": typeof types.ReportUpdateDocument,
    "\n  mutation ReportSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReportSubmitDocument,
    "\n  mutation ReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.ReportAcceptDocument,
    "\n  mutation ReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ReportReturnDocument,
    "\n  query PledgeProgressView($id: ID!) {\n    pledge(id: $id) {\n      id\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n      }\n    }\n  }\n": typeof types.PledgeProgressViewDocument,
    "\n  query PledgesByHealth($health: [ReportingHealth!]!) {\n    pledges(filter: { reportingHealth: $health }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n        }\n      }\n    }\n    pledgeGroups(groupBy: [REPORTING_HEALTH]) {\n      groups {\n        key {\n          reportingHealth\n        }\n        count\n      }\n    }\n  }\n": typeof types.PledgesByHealthDocument,
    "\n  query PledgesByImplementation {\n    pledges(filter: { progress: { implementationStatus: { eq: IN_PROGRESS } } }) {\n      totalCount\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_STATUS]) {\n      groups {\n        key {\n          implementationStatus\n        }\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n      }\n      totalDisbursedUsd\n    }\n    pledgeStats {\n      disbursedUsd\n      peopleReached\n      overdueCount\n    }\n  }\n": typeof types.PledgesByImplementationDocument,
    "\n  query ReportingCyclesView {\n    reportingCycles {\n      id\n      year\n      isOpen\n      stats {\n        owed\n        reported\n        accepted\n        rate\n        entitiesOwing\n        entitiesReported\n        bySector {\n          sector\n          owed\n          reported\n        }\n        byType {\n          type\n          owed\n          reported\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          owed\n          reported\n          rate\n        }\n      }\n    }\n  }\n": typeof types.ReportingCyclesViewDocument,
    "\n  mutation ReportingRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n": typeof types.ReportingRemindDocument,
    "\n  mutation ReportingClose($id: ID!) {\n    closeReportingCycle(id: $id) {\n      id\n      isOpen\n    }\n  }\n": typeof types.ReportingCloseDocument,
    "\n  query ReportList($filter: ProgressReportFilter) {\n    progressReports(filter: $filter) {\n      nodes {\n        id\n        statusReason\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.ReportListDocument,
    "\n  query ProgressPage($first: Int!) {\n    pledges(first: $first) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n          disbursedUsd\n          nextReportDueOn\n        }\n        reports {\n          year\n          targets {\n            code\n          }\n          reachByGroup {\n            people\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgressPageDocument,
    "\n  mutation ReportCreateAttempt($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportCreateAttemptDocument,
    "\n  mutation ReportingOpenAttempt($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportingOpenAttemptDocument,
    "\n  query CachePublicPledges {\n    pledges(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        leadMember {\n          name\n        }\n        focusAreas {\n          code\n        }\n      }\n    }\n    pledgeStats {\n      count\n    }\n  }\n": typeof types.CachePublicPledgesDocument,
    "\n  mutation CacheRenameMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CacheRenameMemberDocument,
    "\n  query SmokePledges($first: Int) {\n    pledges(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SmokePledgesDocument,
    "\n  mutation UnitOfWorkLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n": typeof types.UnitOfWorkLoginDocument,
    "\n  query UnitOfWorkMembers($first: Int) {\n    members(first: $first) {\n      totalCount\n    }\n  }\n": typeof types.UnitOfWorkMembersDocument,
    "\n  mutation UnitOfWorkCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": typeof types.UnitOfWorkCreateMemberDocument,
    "\n  mutation UnitOfWorkAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      matches {\n        id\n      }\n    }\n  }\n": typeof types.UnitOfWorkAllocateDocument,
    "\n  query WorkflowPledgeState($id: ID!) {\n    node(id: $id) {\n      ... on Pledge {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": typeof types.WorkflowPledgeStateDocument,
    "\n  query WorkflowNeedState($id: ID!) {\n    node(id: $id) {\n      ... on CountryNeed {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": typeof types.WorkflowNeedStateDocument,
    "\n  query WorkflowReportState($id: ID!) {\n    node(id: $id) {\n      ... on ProgressReport {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": typeof types.WorkflowReportStateDocument,
    "\n  query WorkflowMatchState($id: ID!) {\n    node(id: $id) {\n      ... on Match {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": typeof types.WorkflowMatchStateDocument,
    "mutation WorkflowSubmitPledge($id: ID!) { submitPledge(id: $id) { id status version } }": typeof types.WorkflowSubmitPledgeDocument,
    "mutation WorkflowApprovePledge($id: ID!) { approvePledge(id: $id) { id status version } }": typeof types.WorkflowApprovePledgeDocument,
    "mutation WorkflowRequestPledgeChanges($id: ID!, $reason: String!) { requestPledgeChanges(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowRequestPledgeChangesDocument,
    "mutation WorkflowRejectPledge($id: ID!, $reason: String!) { rejectPledge(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowRejectPledgeDocument,
    "mutation WorkflowWithdrawPledge($id: ID!, $reason: String!) { withdrawPledge(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowWithdrawPledgeDocument,
    "mutation WorkflowSubmitNeed($id: ID!) { submitCountryNeed(id: $id) { id status version } }": typeof types.WorkflowSubmitNeedDocument,
    "mutation WorkflowApproveNeed($id: ID!) { approveCountryNeed(id: $id) { id status version } }": typeof types.WorkflowApproveNeedDocument,
    "mutation WorkflowRequestNeedChanges($id: ID!, $reason: String!) { requestCountryNeedChanges(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowRequestNeedChangesDocument,
    "mutation WorkflowRejectNeed($id: ID!, $reason: String!) { rejectCountryNeed(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowRejectNeedDocument,
    "mutation WorkflowWithdrawNeed($id: ID!, $reason: String!) { withdrawCountryNeed(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowWithdrawNeedDocument,
    "mutation WorkflowSubmitReport($id: ID!) { submitProgressReport(id: $id) { id status version } }": typeof types.WorkflowSubmitReportDocument,
    "mutation WorkflowAcceptReport($id: ID!) { acceptProgressReport(id: $id) { id status version } }": typeof types.WorkflowAcceptReportDocument,
    "mutation WorkflowReturnReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowReturnReportDocument,
    "mutation WorkflowAcceptMatch($id: ID!) { acceptMatch(id: $id) { id status version } }": typeof types.WorkflowAcceptMatchDocument,
    "mutation WorkflowConfirmMatch($id: ID!) { confirmMatch(id: $id) { id status version } }": typeof types.WorkflowConfirmMatchDocument,
    "mutation WorkflowStartMatch($id: ID!) { startMatchImplementation(id: $id) { id status version } }": typeof types.WorkflowStartMatchDocument,
    "mutation WorkflowCloseMatch($id: ID!) { closeMatch(id: $id) { id status version } }": typeof types.WorkflowCloseMatchDocument,
    "mutation WorkflowDeclineMatch($id: ID!, $reason: String!) { declineMatch(id: $id, input: { reason: $reason }) { id status version } }": typeof types.WorkflowDeclineMatchDocument,
    "mutation WorkflowProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status version } }": typeof types.WorkflowProposeMatchDocument,
    "mutation WorkflowAllocate($roundtableId: ID!) { runAllocation(roundtableId: $roundtableId) { matches { id status } } }": typeof types.WorkflowAllocateDocument,
    "\n  query ConsoleLivePledge($id: ID!) {\n    pledge(id: $id) {\n      announcedAt\n      event {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleLivePledgeDocument,
    "\n  mutation ConsoleLiveRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      version\n    }\n  }\n": typeof types.ConsoleLiveRetitleDocument,
    "\n  query ConsoleMatchmakingMatches($needId: ID!) {\n    matches(filter: { need: { id: { eq: $needId } } }) {\n      nodes {\n        status\n        amountUsd\n        statusReason\n        pledge {\n          id\n        }\n        roundtable {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchmakingMatchesDocument,
    "\n  mutation ConsoleMatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleMatchmakingProposeDocument,
    "\n  query ConsoleMatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      title\n      status\n      modality\n      priority\n      country {\n        code\n      }\n      member {\n        id\n      }\n      focusArea {\n        code\n      }\n      beneficiaryGroups {\n        code\n      }\n      fundingGap {\n        amount\n        currency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchmakingNeedDocument,
    "\n  query RecordsPillar($id: ID!) {\n    pillar(id: $id) {\n      name\n      description\n      version\n    }\n  }\n": typeof types.RecordsPillarDocument,
    "\n  query RecordsAccounts {\n    accounts(first: 100) {\n      nodes {\n        email\n        role\n        archivedAt\n      }\n    }\n  }\n": typeof types.RecordsAccountsDocument,
    "\n  mutation RecordsSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordsSubmitInterestDocument,
    "\n  mutation RecordsDeclineInterest($id: ID!, $reason: String!) {\n    declineExpressionOfInterest(id: $id, input: { reason: $reason }) {\n      id\n      status\n    }\n  }\n": typeof types.RecordsDeclineInterestDocument,
    "\n  query ConsoleReportsReport($id: ID!) {\n    progressReport(id: $id) {\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleReportsReportDocument,
    "\n  mutation ConsoleReportsSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReportsSubmitDocument,
    "\n  query ConsoleReportsCycles {\n    reportingCycles {\n      year\n      dueOn\n      isOpen\n    }\n  }\n": typeof types.ConsoleReportsCyclesDocument,
    "\n  query ConsolePublishedStats {\n    pledgeStats(filter: { status: { eq: PUBLISHED } }) {\n      count\n      sumUsd\n    }\n  }\n": typeof types.ConsolePublishedStatsDocument,
    "\n  mutation ConsoleSubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.ConsoleSubmitPledgeDocument,
    "\n  mutation ConsoleApprovePledges($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      error {\n        message\n      }\n    }\n  }\n": typeof types.ConsoleApprovePledgesDocument,
    "\n  mutation ConsoleRetitlePledge($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleRetitlePledgeDocument,
    "\n  query ConsolePledgeStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Pledge {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ConsolePledgeStatusesDocument,
    "\n  mutation ConsoleSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSubmitInterestDocument,
    "\n  query ConsoleInterest($id: ID!, $topic: String!) {\n    expressionOfInterest(id: $id) {\n      status\n      member {\n        id\n      }\n    }\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n  }\n": typeof types.ConsoleInterestDocument,
    "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      country {\n        code\n      }\n    }\n  }\n": typeof types.ConsoleMemberDocument,
    "\n  mutation ConsoleProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleProposeRevisionDocument,
    "\n  query ConsolePledgeRevision($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      pendingRevision {\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ConsolePledgeRevisionDocument,
    "\n  mutation LivePageSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": typeof types.LivePageSubmitDocument,
    "\n  mutation LivePageApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n    }\n  }\n": typeof types.LivePageApproveDocument,
    "\n  mutation LivePageAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n    }\n  }\n": typeof types.LivePageAnnounceDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    acronym\n    sector\n    champion\n    website\n    version\n    archivedAt\n    country {\n      code\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  mutation FactoryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.FactoryCreateMemberDocument,
    "\n  fragment PledgeFields on Pledge {\n    id\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    version\n    isGlobal\n    usdValue\n    announcedOn\n    startDate\n    endDate\n    targetBeneficiaries\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n    }\n    focusAreas {\n      code\n    }\n    pillars {\n      id\n      slug\n    }\n    countries {\n      code\n    }\n    regions {\n      id\n      code\n    }\n    beneficiaryGroups {\n      code\n    }\n    sdgs {\n      number\n    }\n    event {\n      id\n      code\n    }\n  }\n": typeof types.PledgeFieldsFragmentDoc,
    "\n  mutation FactoryCreatePledge($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n": typeof types.FactoryCreatePledgeDocument,
    "\n  mutation FactorySubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.FactorySubmitPledgeDocument,
    "\n  mutation FactoryApprovePledge($id: ID!) {\n    approvePledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n": typeof types.FactoryApprovePledgeDocument,
    "\n  mutation FactoryCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      member {\n        id\n      }\n    }\n  }\n": typeof types.FactoryCreatePersonDocument,
    "\n  mutation FactoryCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      code\n      name\n      kind\n      startDate\n      endDate\n      version\n      country {\n        code\n      }\n      region {\n        code\n      }\n    }\n  }\n": typeof types.FactoryCreateEventDocument,
    "\n  mutation FactoryCreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      name\n      description\n      published\n      version\n      focusArea {\n        code\n      }\n    }\n  }\n": typeof types.FactoryCreatePillarDocument,
    "\n  mutation FactoryOpenReportingCycle($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n      year\n      dueOn\n      version\n    }\n  }\n": typeof types.FactoryOpenReportingCycleDocument,
    "\n  mutation FactoryCreateProgressReport($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n      status\n      version\n      year\n    }\n  }\n": typeof types.FactoryCreateProgressReportDocument,
    "\n  mutation FactoryCreateCountryNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FactoryCreateCountryNeedDocument,
    "\n  mutation FactorySubmitCountryNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n    }\n  }\n": typeof types.FactorySubmitCountryNeedDocument,
    "\n  mutation FactoryApproveCountryNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FactoryApproveCountryNeedDocument,
    "\n  mutation FactoryConfigureRoundtable($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.FactoryConfigureRoundtableDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.CreateAccountDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n      members {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation LoginAttempt($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        email\n      }\n    }\n  }\n": types.LoginAttemptDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        revokedAt\n      }\n    }\n  }\n": types.CreateTokenDocument,
    "\n  mutation RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeTokenDocument,
    "\n  mutation Deactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.DeactivateDocument,
    "\n  mutation UpdateAccountRole($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateAccountRoleDocument,
    "\n  query Accounts {\n    accounts(first: 50) {\n      totalCount\n      nodes {\n        email\n        role\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditTrail($filter: AuditEntryFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        recordType\n        reason\n        actor {\n          email\n        }\n        record {\n          id\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation AuditUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditUpdateMemberDocument,
    "\n  mutation AuditSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": types.AuditSubmitDocument,
    "\n  mutation AuditReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuditRejectDocument,
    "\n        query AuditMutations {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": types.AuditMutationsDocument,
    "\n      mutation MatrixToken($input: CreateApiTokenInput!) {\n        createApiToken(input: $input) {\n          token\n        }\n      }\n    ": types.MatrixTokenDocument,
    "\n  query MatrixRecord($id: ID!) {\n    pledge(id: $id) {\n      id\n      statusReason\n      pendingRevision {\n        id\n      }\n      possibleDuplicates {\n        titleSimilarity\n      }\n      leadMember {\n        people {\n          email\n        }\n      }\n    }\n  }\n": types.MatrixRecordDocument,
    "\n  mutation MatrixUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MatrixUpdateDocument,
    "\n  mutation MatrixWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MatrixWithdrawDocument,
    "\n  mutation BulkSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n": types.BulkSubmitDocument,
    "\n  mutation ApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      pledge {\n        id\n        status\n        reference\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ApproveManyDocument,
    "\n  mutation RejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n": types.RejectManyDocument,
    "\n  mutation RequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n": types.RequestChangesToManyDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n      version\n      city\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query Events($filter: EventFilter) {\n    events(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        code\n        kind\n        startDate\n        country {\n          code\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query WorkingGroups {\n    workingGroups(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        focusArea {\n          code\n        }\n        memberships {\n          id\n          role\n          since\n          until\n          person {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {\n    addWorkingGroupMember(input: $input) {\n      id\n      role\n      since\n      version\n    }\n  }\n": types.AddWorkingGroupMemberDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateWorkingGroupMembershipInput!) {\n    updateWorkingGroupMembership(id: $id, input: $input) {\n      id\n      until\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkingGroupDocument,
    "\n  mutation CreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      published\n      focusArea {\n        code\n      }\n    }\n  }\n": types.CreatePillarDocument,
    "\n  mutation UpdatePillar($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      id\n      published\n    }\n  }\n": types.UpdatePillarDocument,
    "\n  query FocusAreaPillars($code: String!) {\n    focusArea(code: $code) {\n      name\n      pillars {\n        slug\n      }\n      workingGroup {\n        name\n      }\n    }\n  }\n": types.FocusAreaPillarsDocument,
    "\n  mutation UpdatePersonEmail($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      email\n    }\n  }\n": types.UpdatePersonEmailDocument,
    "\n  query People {\n    people(first: 50) {\n      totalCount\n      nodes {\n        name\n        email\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query ReferenceData {\n    country(code: \"bd\") {\n      name\n      iso3\n      m49\n      ituRegion {\n        code\n        name\n      }\n      m49SubRegion {\n        name\n        parent {\n          name\n        }\n      }\n      currency {\n        code\n      }\n      ldcIn2022: groups(asOf: \"2022-06-01\")\n      ldcIn2027: groups(asOf: \"2027-01-01\")\n      groupMemberships {\n        group\n        until\n      }\n    }\n    countries(first: 5, filter: { groups: { some: [SIDS] }, name: { containsInsensitive: \"ba\" } }) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    arab: regions(kind: ITU_D) {\n      code\n      name\n    }\n    sdgs {\n      number\n    }\n    focusAreas {\n      code\n    }\n    currencies(first: 3, after: null) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    currency(code: \"EUR\") {\n      minorUnit\n      rates {\n        validFrom\n        usdPerUnit\n      }\n    }\n  }\n": types.ReferenceDataDocument,
    "\n        mutation DuplicateEvent($input: CreateEventInput!) {\n          createEvent(input: $input) {\n            id\n          }\n        }\n      ": types.DuplicateEventDocument,
    "\n  query MemberCount {\n    members {\n      totalCount\n    }\n  }\n": types.MemberCountDocument,
    "\n  mutation EmbeddedLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n": types.EmbeddedLoginDocument,
    "\n  mutation EoiSubmit($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n      receivedAt\n    }\n  }\n": types.EoiSubmitDocument,
    "\n  query EoiQueue($status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(status: $status, first: 50) {\n      totalCount\n      nodes {\n        id\n        organizationName\n        status\n        contactEmail\n        focusAreas {\n          code\n        }\n        possibleDuplicateMembers {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EoiQueueDocument,
    "\n  mutation EoiAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      id\n      status\n      decidedAt\n      member {\n        id\n        name\n        people {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.EoiAcceptDocument,
    "\n  mutation EoiDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.EoiDeclineDocument,
    "\n  mutation EoiAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": types.EoiAcceptInvitationDocument,
    "\n  query EoiOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        subject\n        body\n      }\n    }\n  }\n": types.EoiOutboxDocument,
    "\n  mutation SecurityRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      title\n    }\n  }\n": types.SecurityRetitleDocument,
    "\n  subscription LiveAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n        title\n        reference\n        announcedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": types.LiveAnnouncedDocument,
    "\n  subscription LiveTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n": types.LiveTotalsDocument,
    "\n  subscription LiveMatchChanges($roundtableId: ID) {\n    matchStatusChanged(roundtableId: $roundtableId) {\n      previousStatus\n      status\n      match {\n        id\n        status\n      }\n    }\n  }\n": types.LiveMatchChangesDocument,
    "\n  mutation LiveSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": types.LiveSubmitDocument,
    "\n  mutation LiveApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      reference\n      announcedAt\n    }\n  }\n": types.LiveApproveDocument,
    "\n  mutation LiveAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n      announcedAt\n      announcedOn\n      event {\n        id\n      }\n    }\n  }\n": types.LiveAnnounceDocument,
    "\n  mutation LivePropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n    }\n  }\n": types.LiveProposeDocument,
    "\n  mutation LiveDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.LiveDeclineDocument,
    "query LiveOverSocket { viewer { id } }": types.LiveOverSocketDocument,
    "subscription LiveDeep { pledgeAnnounced { pledge { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { id } } } } } } } } } } } } }": types.LiveDeepDocument,
    "\n  query MatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      id\n      status\n      statusReason\n      allocatedUsd\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n      }\n    }\n  }\n": types.MatchmakingNeedDocument,
    "\n  mutation MatchmakingSubmitNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.MatchmakingSubmitNeedDocument,
    "\n  query MatchmakingSuggestPledges($needId: ID!, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, first: $first, offset: $offset) {\n      totalCount\n      hasNextPage\n      nodes {\n        score\n        remainingUsd\n        pledge {\n          id\n          title\n        }\n        components {\n          component\n          weight\n          value\n          contribution\n          explanation\n        }\n      }\n    }\n  }\n": types.MatchmakingSuggestPledgesDocument,
    "\n  query MatchmakingSuggestNeeds($pledgeId: ID!) {\n    suggestedNeeds(pledgeId: $pledgeId, first: 10) {\n      totalCount\n      nodes {\n        score\n        need {\n          id\n        }\n      }\n    }\n  }\n": types.MatchmakingSuggestNeedsDocument,
    "\n  mutation MatchmakingConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      roundtable {\n        countries {\n          code\n        }\n        weights {\n          component\n          weight\n        }\n      }\n    }\n  }\n": types.MatchmakingConfigureDocument,
    "\n  mutation MatchmakingAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      candidatePairs\n      matches {\n        id\n        status\n        amountUsd\n        score\n        version\n        need {\n          id\n        }\n        pledge {\n          id\n        }\n      }\n    }\n  }\n": types.MatchmakingAllocateDocument,
    "\n  mutation MatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n      amountUsd\n      version\n    }\n  }\n": types.MatchmakingProposeDocument,
    "\n  mutation MatchmakingAccept($id: ID!, $amountUsd: Decimal) {\n    acceptMatch(id: $id, amountUsd: $amountUsd) {\n      id\n      status\n      amountUsd\n    }\n  }\n": types.MatchmakingAcceptDocument,
    "\n  mutation MatchmakingConfirm($id: ID!) {\n    confirmMatch(id: $id) {\n      id\n      status\n      pledgerConfirmedAt\n      countryConfirmedAt\n    }\n  }\n": types.MatchmakingConfirmDocument,
    "\n  mutation MatchmakingStart($id: ID!) {\n    startMatchImplementation(id: $id) {\n      status\n    }\n  }\n": types.MatchmakingStartDocument,
    "\n  mutation MatchmakingClose($id: ID!) {\n    closeMatch(id: $id) {\n      status\n    }\n  }\n": types.MatchmakingCloseDocument,
    "\n  mutation MatchmakingDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      status\n      statusReason\n    }\n  }\n": types.MatchmakingDeclineDocument,
    "\n  query MatchmakingRoundtable($id: ID!) {\n    event(id: $id) {\n      roundtable {\n        needs {\n          need {\n            id\n          }\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n        }\n        pledges {\n          pledge {\n            id\n          }\n          valueUsd\n          allocatedUsd\n          share\n        }\n        byCountry {\n          country {\n            code\n          }\n          needs\n          gapUsd\n          allocatedUsd\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          needs\n        }\n      }\n    }\n  }\n": types.MatchmakingRoundtableDocument,
    "\n  query MatchmakingMatches {\n    matches {\n      totalCount\n    }\n  }\n": types.MatchmakingMatchesDocument,
    "\n  query MatchmakingNeedsPage($first: Int!) {\n    countryNeeds(first: $first) {\n      nodes {\n        id\n        allocatedUsd\n        remainingGapUsd\n        country {\n          code\n        }\n        focusArea {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n      }\n    }\n    matches(first: $first) {\n      nodes {\n        amountUsd\n        need {\n          title\n        }\n        pledge {\n          title\n        }\n      }\n    }\n  }\n": types.MatchmakingNeedsPageDocument,
    "\n  mutation MatchmakingCreateNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n    }\n  }\n": types.MatchmakingCreateNeedDocument,
    "\n  mutation MatchmakingApproveNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n    }\n  }\n": types.MatchmakingApproveNeedDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation ArchiveMember($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveMemberDocument,
    "\n  query Members($first: Int, $after: String, $offset: Int, $filter: MemberFilter, $orderBy: [MemberOrder!]) {\n    members(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sector\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberWithPeople($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      people {\n        name\n        email\n      }\n    }\n  }\n": types.MemberWithPeopleDocument,
    "\n  mutation CreateMemberRaw($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": types.CreateMemberRawDocument,
    "\n  query MemberGroupsBySector($filter: MemberFilter) {\n    memberGroups(groupBy: [SECTOR, REGION], filter: $filter, orderBy: [{ field: KEY, direction: ASC }]) {\n      totalCount\n      groups {\n        count\n        share\n        key {\n          sector\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.MemberGroupsBySectorDocument,
    "\n  query Outbox($filter: NotificationFilter) {\n    notifications(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        topic\n        recipientEmail\n        subject\n        body\n        status\n        attempts\n        sentAt\n        recordType\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation OutboxSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n": types.OutboxSubmitDocument,
    "\n  mutation OutboxApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      id\n      reference\n    }\n  }\n": types.OutboxApproveDocument,
    "\n  mutation OutboxReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n": types.OutboxRejectDocument,
    "\n  query OpenDataPledges($first: Int!, $after: String, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        description\n        type\n        isGlobal\n        usdValue\n        targetBeneficiaries\n        startDate\n        endDate\n        announcedOn\n        publishedAt\n        leadMember {\n          id\n          name\n          sector\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          name\n        }\n        countries {\n          code\n        }\n        regions {\n          name\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n        event {\n          id\n          name\n        }\n        progress {\n          implementationStatus\n          disbursedUsd\n          peopleReached\n          reportingHealth\n        }\n      }\n    }\n  }\n": types.OpenDataPledgesDocument,
    "\n  mutation OpenDataWithdrawPledge($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenDataWithdrawPledgeDocument,
    "\n  query PledgeDuplicates($id: ID!) {\n    pledge(id: $id) {\n      id\n      possibleDuplicates {\n        titleSimilarity\n        descriptionSimilarity\n        pledge {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PledgeDuplicatesDocument,
    "\n  query QueueDuplicates($first: Int!) {\n    pledges(first: $first, filter: { status: { eq: DRAFT } }) {\n      nodes {\n        id\n        possibleDuplicates {\n          pledge {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.QueueDuplicatesDocument,
    "\n  mutation ImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      dryRun\n      committed\n      rowCount\n      errorCount\n      rows {\n        line\n        title\n        errors {\n          code\n          field\n          message\n        }\n        pledge {\n          id\n          reference\n          status\n          title\n          description\n          type\n          isGlobal\n          targetBeneficiaries\n          startDate\n          endDate\n          announcedOn\n          estimatedValue {\n            amount\n            usdValue\n            currency {\n              code\n            }\n          }\n          leadMember {\n            name\n          }\n          partners {\n            name\n          }\n          focusAreas {\n            code\n          }\n          pillars {\n            name\n          }\n          countries {\n            code\n          }\n          regions {\n            code\n          }\n          beneficiaryGroups {\n            code\n          }\n          sdgs {\n            number\n          }\n          event {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ImportPledgesDocument,
    "\n  mutation ImportArchiveMember($id: ID!) {\n    archiveMember(id: $id) {\n      id\n    }\n  }\n": types.ImportArchiveMemberDocument,
    "\n  mutation ProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ProposeRevisionDocument,
    "\n  mutation AcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n    }\n  }\n": types.AcceptRevisionDocument,
    "\n  mutation RejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.RejectRevisionDocument,
    "\n  query RevisionPledge($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n      pendingRevision {\n        id\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.RevisionPledgeDocument,
    "\n  query RevisionOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n    auditEntries(filter: { action: { startsWith: \"pledge.\" } }) {\n      nodes {\n        action\n      }\n    }\n  }\n": types.RevisionOutboxDocument,
    "\n  query RevisionQueue($filter: PledgeRevisionFilter) {\n    pledgeRevisions(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        pledge {\n          id\n          title\n        }\n        proposedBy {\n          email\n        }\n      }\n    }\n  }\n": types.RevisionQueueDocument,
    "\n  query WithPendingRevision($has: Boolean!) {\n    pledges(filter: { hasPendingRevision: $has }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.WithPendingRevisionDocument,
    "\n  query ScalePage($first: Int, $after: String, $offset: Int, $orderBy: [PledgeOrder!], $search: String) {\n    pledges(first: $first, after: $after, offset: $offset, orderBy: $orderBy, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n            ituRegion {\n              code\n            }\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        regions {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        event {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ScalePageDocument,
    "\n  query ScalePublicPage($first: Int) {\n    pledges(first: $first) {\n      nodes {\n        id\n        title\n        leadMember {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n          name\n        }\n        countries {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ScalePublicPageDocument,
    "\n  query ScaleSummary {\n    pledgeStats {\n      count\n      ldcShare\n      womenShare\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA], first: 1000) {\n      totalCount\n      groups {\n        count\n      }\n    }\n  }\n": types.ScaleSummaryDocument,
    "\n  query FindPledges($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {\n    pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        usdValue\n      }\n    }\n  }\n": types.FindPledgesDocument,
    "\n  query Stats($filter: PledgeFilter, $search: String) {\n    pledgeStats(filter: $filter, search: $search) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      minUsd\n      maxUsd\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      goalUsd\n      goalProgress\n    }\n  }\n": types.StatsDocument,
    "\n  query Groups($groupBy: [PledgeGroupKey!]!, $filter: PledgeFilter, $orderBy: [PledgeGroupOrder!]) {\n    pledgeGroups(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalUsd\n      groups {\n        count\n        sumUsd\n        share\n        key {\n          focusArea {\n            code\n          }\n          region {\n            code\n          }\n          country {\n            code\n          }\n          type\n          sector\n          countryGroup\n          year\n          sdg {\n            number\n          }\n          beneficiaryGroup {\n            code\n          }\n          memberRegion {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query Series($interval: TimeInterval!) {\n    pledgeTimeSeries(interval: $interval) {\n      goalUsd\n      points {\n        period\n        count\n        sumUsd\n        cumulativeCount\n        cumulativeUsd\n      }\n    }\n  }\n": types.SeriesDocument,
    "\n  query ItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n    }\n  }\n": types.ItuRegionsDocument,
    "\n  mutation CreatePledgeRaw($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n": types.CreatePledgeRawDocument,
    "\n  mutation UpdatePledge($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeFields\n    }\n  }\n": types.UpdatePledgeDocument,
    "\n  mutation Submit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitDocument,
    "\n  mutation Approve($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      status\n      reference\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.RejectDocument,
    "\n  mutation RequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.RequestChangesDocument,
    "\n  mutation Withdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawDocument,
    "\n  query PledgeById($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n": types.PledgeByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query PledgePage($first: Int, $filter: PledgeFilter) {\n    pledges(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        sdgs {\n          number\n        }\n        beneficiaryGroups {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PledgePageDocument,
    "\n  query Pillars {\n    focusAreas {\n      code\n      pillars {\n        id\n        slug\n      }\n    }\n  }\n": types.PillarsDocument,
    "\n  query ReportView($id: ID!) {\n    progressReport(id: $id) {\n      id\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        usdValue\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n": types.ReportViewDocument,
    "\n  mutation ReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      id\n      version\n      peopleReached\n    }\n  }\n": types.ReportUpdateDocument,
    "\n  mutation ReportSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ReportSubmitDocument,
    "\n  mutation ReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.ReportAcceptDocument,
    "\n  mutation ReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ReportReturnDocument,
    "\n  query PledgeProgressView($id: ID!) {\n    pledge(id: $id) {\n      id\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n      }\n    }\n  }\n": types.PledgeProgressViewDocument,
    "\n  query PledgesByHealth($health: [ReportingHealth!]!) {\n    pledges(filter: { reportingHealth: $health }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n        }\n      }\n    }\n    pledgeGroups(groupBy: [REPORTING_HEALTH]) {\n      groups {\n        key {\n          reportingHealth\n        }\n        count\n      }\n    }\n  }\n": types.PledgesByHealthDocument,
    "\n  query PledgesByImplementation {\n    pledges(filter: { progress: { implementationStatus: { eq: IN_PROGRESS } } }) {\n      totalCount\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_STATUS]) {\n      groups {\n        key {\n          implementationStatus\n        }\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n      }\n      totalDisbursedUsd\n    }\n    pledgeStats {\n      disbursedUsd\n      peopleReached\n      overdueCount\n    }\n  }\n": types.PledgesByImplementationDocument,
    "\n  query ReportingCyclesView {\n    reportingCycles {\n      id\n      year\n      isOpen\n      stats {\n        owed\n        reported\n        accepted\n        rate\n        entitiesOwing\n        entitiesReported\n        bySector {\n          sector\n          owed\n          reported\n        }\n        byType {\n          type\n          owed\n          reported\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          owed\n          reported\n          rate\n        }\n      }\n    }\n  }\n": types.ReportingCyclesViewDocument,
    "\n  mutation ReportingRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n": types.ReportingRemindDocument,
    "\n  mutation ReportingClose($id: ID!) {\n    closeReportingCycle(id: $id) {\n      id\n      isOpen\n    }\n  }\n": types.ReportingCloseDocument,
    "\n  query ReportList($filter: ProgressReportFilter) {\n    progressReports(filter: $filter) {\n      nodes {\n        id\n        statusReason\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n": types.ReportListDocument,
    "\n  query ProgressPage($first: Int!) {\n    pledges(first: $first) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n          disbursedUsd\n          nextReportDueOn\n        }\n        reports {\n          year\n          targets {\n            code\n          }\n          reachByGroup {\n            people\n          }\n        }\n      }\n    }\n  }\n": types.ProgressPageDocument,
    "\n  mutation ReportCreateAttempt($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n    }\n  }\n": types.ReportCreateAttemptDocument,
    "\n  mutation ReportingOpenAttempt($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n    }\n  }\n": types.ReportingOpenAttemptDocument,
    "\n  query CachePublicPledges {\n    pledges(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        leadMember {\n          name\n        }\n        focusAreas {\n          code\n        }\n      }\n    }\n    pledgeStats {\n      count\n    }\n  }\n": types.CachePublicPledgesDocument,
    "\n  mutation CacheRenameMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.CacheRenameMemberDocument,
    "\n  query SmokePledges($first: Int) {\n    pledges(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n": types.SmokePledgesDocument,
    "\n  mutation UnitOfWorkLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n": types.UnitOfWorkLoginDocument,
    "\n  query UnitOfWorkMembers($first: Int) {\n    members(first: $first) {\n      totalCount\n    }\n  }\n": types.UnitOfWorkMembersDocument,
    "\n  mutation UnitOfWorkCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": types.UnitOfWorkCreateMemberDocument,
    "\n  mutation UnitOfWorkAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      matches {\n        id\n      }\n    }\n  }\n": types.UnitOfWorkAllocateDocument,
    "\n  query WorkflowPledgeState($id: ID!) {\n    node(id: $id) {\n      ... on Pledge {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": types.WorkflowPledgeStateDocument,
    "\n  query WorkflowNeedState($id: ID!) {\n    node(id: $id) {\n      ... on CountryNeed {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": types.WorkflowNeedStateDocument,
    "\n  query WorkflowReportState($id: ID!) {\n    node(id: $id) {\n      ... on ProgressReport {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": types.WorkflowReportStateDocument,
    "\n  query WorkflowMatchState($id: ID!) {\n    node(id: $id) {\n      ... on Match {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n": types.WorkflowMatchStateDocument,
    "mutation WorkflowSubmitPledge($id: ID!) { submitPledge(id: $id) { id status version } }": types.WorkflowSubmitPledgeDocument,
    "mutation WorkflowApprovePledge($id: ID!) { approvePledge(id: $id) { id status version } }": types.WorkflowApprovePledgeDocument,
    "mutation WorkflowRequestPledgeChanges($id: ID!, $reason: String!) { requestPledgeChanges(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowRequestPledgeChangesDocument,
    "mutation WorkflowRejectPledge($id: ID!, $reason: String!) { rejectPledge(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowRejectPledgeDocument,
    "mutation WorkflowWithdrawPledge($id: ID!, $reason: String!) { withdrawPledge(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowWithdrawPledgeDocument,
    "mutation WorkflowSubmitNeed($id: ID!) { submitCountryNeed(id: $id) { id status version } }": types.WorkflowSubmitNeedDocument,
    "mutation WorkflowApproveNeed($id: ID!) { approveCountryNeed(id: $id) { id status version } }": types.WorkflowApproveNeedDocument,
    "mutation WorkflowRequestNeedChanges($id: ID!, $reason: String!) { requestCountryNeedChanges(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowRequestNeedChangesDocument,
    "mutation WorkflowRejectNeed($id: ID!, $reason: String!) { rejectCountryNeed(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowRejectNeedDocument,
    "mutation WorkflowWithdrawNeed($id: ID!, $reason: String!) { withdrawCountryNeed(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowWithdrawNeedDocument,
    "mutation WorkflowSubmitReport($id: ID!) { submitProgressReport(id: $id) { id status version } }": types.WorkflowSubmitReportDocument,
    "mutation WorkflowAcceptReport($id: ID!) { acceptProgressReport(id: $id) { id status version } }": types.WorkflowAcceptReportDocument,
    "mutation WorkflowReturnReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowReturnReportDocument,
    "mutation WorkflowAcceptMatch($id: ID!) { acceptMatch(id: $id) { id status version } }": types.WorkflowAcceptMatchDocument,
    "mutation WorkflowConfirmMatch($id: ID!) { confirmMatch(id: $id) { id status version } }": types.WorkflowConfirmMatchDocument,
    "mutation WorkflowStartMatch($id: ID!) { startMatchImplementation(id: $id) { id status version } }": types.WorkflowStartMatchDocument,
    "mutation WorkflowCloseMatch($id: ID!) { closeMatch(id: $id) { id status version } }": types.WorkflowCloseMatchDocument,
    "mutation WorkflowDeclineMatch($id: ID!, $reason: String!) { declineMatch(id: $id, input: { reason: $reason }) { id status version } }": types.WorkflowDeclineMatchDocument,
    "mutation WorkflowProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status version } }": types.WorkflowProposeMatchDocument,
    "mutation WorkflowAllocate($roundtableId: ID!) { runAllocation(roundtableId: $roundtableId) { matches { id status } } }": types.WorkflowAllocateDocument,
    "\n  query ConsoleLivePledge($id: ID!) {\n    pledge(id: $id) {\n      announcedAt\n      event {\n        id\n      }\n    }\n  }\n": types.ConsoleLivePledgeDocument,
    "\n  mutation ConsoleLiveRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      version\n    }\n  }\n": types.ConsoleLiveRetitleDocument,
    "\n  query ConsoleMatchmakingMatches($needId: ID!) {\n    matches(filter: { need: { id: { eq: $needId } } }) {\n      nodes {\n        status\n        amountUsd\n        statusReason\n        pledge {\n          id\n        }\n        roundtable {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleMatchmakingMatchesDocument,
    "\n  mutation ConsoleMatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n    }\n  }\n": types.ConsoleMatchmakingProposeDocument,
    "\n  query ConsoleMatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      title\n      status\n      modality\n      priority\n      country {\n        code\n      }\n      member {\n        id\n      }\n      focusArea {\n        code\n      }\n      beneficiaryGroups {\n        code\n      }\n      fundingGap {\n        amount\n        currency {\n          code\n        }\n      }\n    }\n  }\n": types.ConsoleMatchmakingNeedDocument,
    "\n  query RecordsPillar($id: ID!) {\n    pillar(id: $id) {\n      name\n      description\n      version\n    }\n  }\n": types.RecordsPillarDocument,
    "\n  query RecordsAccounts {\n    accounts(first: 100) {\n      nodes {\n        email\n        role\n        archivedAt\n      }\n    }\n  }\n": types.RecordsAccountsDocument,
    "\n  mutation RecordsSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n": types.RecordsSubmitInterestDocument,
    "\n  mutation RecordsDeclineInterest($id: ID!, $reason: String!) {\n    declineExpressionOfInterest(id: $id, input: { reason: $reason }) {\n      id\n      status\n    }\n  }\n": types.RecordsDeclineInterestDocument,
    "\n  query ConsoleReportsReport($id: ID!) {\n    progressReport(id: $id) {\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n": types.ConsoleReportsReportDocument,
    "\n  mutation ConsoleReportsSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleReportsSubmitDocument,
    "\n  query ConsoleReportsCycles {\n    reportingCycles {\n      year\n      dueOn\n      isOpen\n    }\n  }\n": types.ConsoleReportsCyclesDocument,
    "\n  query ConsolePublishedStats {\n    pledgeStats(filter: { status: { eq: PUBLISHED } }) {\n      count\n      sumUsd\n    }\n  }\n": types.ConsolePublishedStatsDocument,
    "\n  mutation ConsoleSubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      title\n      version\n    }\n  }\n": types.ConsoleSubmitPledgeDocument,
    "\n  mutation ConsoleApprovePledges($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      error {\n        message\n      }\n    }\n  }\n": types.ConsoleApprovePledgesDocument,
    "\n  mutation ConsoleRetitlePledge($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      version\n    }\n  }\n": types.ConsoleRetitlePledgeDocument,
    "\n  query ConsolePledgeStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Pledge {\n        id\n        status\n      }\n    }\n  }\n": types.ConsolePledgeStatusesDocument,
    "\n  mutation ConsoleSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSubmitInterestDocument,
    "\n  query ConsoleInterest($id: ID!, $topic: String!) {\n    expressionOfInterest(id: $id) {\n      status\n      member {\n        id\n      }\n    }\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n  }\n": types.ConsoleInterestDocument,
    "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      country {\n        code\n      }\n    }\n  }\n": types.ConsoleMemberDocument,
    "\n  mutation ConsoleProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleProposeRevisionDocument,
    "\n  query ConsolePledgeRevision($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      pendingRevision {\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ConsolePledgeRevisionDocument,
    "\n  mutation LivePageSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n": types.LivePageSubmitDocument,
    "\n  mutation LivePageApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n    }\n  }\n": types.LivePageApproveDocument,
    "\n  mutation LivePageAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n    }\n  }\n": types.LivePageAnnounceDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    acronym\n    sector\n    champion\n    website\n    version\n    archivedAt\n    country {\n      code\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  mutation FactoryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.FactoryCreateMemberDocument,
    "\n  fragment PledgeFields on Pledge {\n    id\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    version\n    isGlobal\n    usdValue\n    announcedOn\n    startDate\n    endDate\n    targetBeneficiaries\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n    }\n    focusAreas {\n      code\n    }\n    pillars {\n      id\n      slug\n    }\n    countries {\n      code\n    }\n    regions {\n      id\n      code\n    }\n    beneficiaryGroups {\n      code\n    }\n    sdgs {\n      number\n    }\n    event {\n      id\n      code\n    }\n  }\n": types.PledgeFieldsFragmentDoc,
    "\n  mutation FactoryCreatePledge($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n": types.FactoryCreatePledgeDocument,
    "\n  mutation FactorySubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n": types.FactorySubmitPledgeDocument,
    "\n  mutation FactoryApprovePledge($id: ID!) {\n    approvePledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n": types.FactoryApprovePledgeDocument,
    "\n  mutation FactoryCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      member {\n        id\n      }\n    }\n  }\n": types.FactoryCreatePersonDocument,
    "\n  mutation FactoryCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      code\n      name\n      kind\n      startDate\n      endDate\n      version\n      country {\n        code\n      }\n      region {\n        code\n      }\n    }\n  }\n": types.FactoryCreateEventDocument,
    "\n  mutation FactoryCreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      name\n      description\n      published\n      version\n      focusArea {\n        code\n      }\n    }\n  }\n": types.FactoryCreatePillarDocument,
    "\n  mutation FactoryOpenReportingCycle($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n      year\n      dueOn\n      version\n    }\n  }\n": types.FactoryOpenReportingCycleDocument,
    "\n  mutation FactoryCreateProgressReport($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n      status\n      version\n      year\n    }\n  }\n": types.FactoryCreateProgressReportDocument,
    "\n  mutation FactoryCreateCountryNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.FactoryCreateCountryNeedDocument,
    "\n  mutation FactorySubmitCountryNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n    }\n  }\n": types.FactorySubmitCountryNeedDocument,
    "\n  mutation FactoryApproveCountryNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.FactoryApproveCountryNeedDocument,
    "\n  mutation FactoryConfigureRoundtable($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.FactoryConfigureRoundtableDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": types.CreateAccountDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginAttempt($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginAttempt($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Deactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Deactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccountRole($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccountRole($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts(first: 50) {\n      totalCount\n      nodes {\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts(first: 50) {\n      totalCount\n      nodes {\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEntryFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        recordType\n        reason\n        actor {\n          email\n        }\n        record {\n          id\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditEntryFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        recordType\n        reason\n        actor {\n          email\n        }\n        record {\n          id\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditMutations {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuditMutations {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixToken($input: CreateApiTokenInput!) {\n        createApiToken(input: $input) {\n          token\n        }\n      }\n    "): (typeof documents)["\n      mutation MatrixToken($input: CreateApiTokenInput!) {\n        createApiToken(input: $input) {\n          token\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixRecord($id: ID!) {\n    pledge(id: $id) {\n      id\n      statusReason\n      pendingRevision {\n        id\n      }\n      possibleDuplicates {\n        titleSimilarity\n      }\n      leadMember {\n        people {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixRecord($id: ID!) {\n    pledge(id: $id) {\n      id\n      statusReason\n      pendingRevision {\n        id\n      }\n      possibleDuplicates {\n        titleSimilarity\n      }\n      leadMember {\n        people {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixUpdate($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixWithdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BulkSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      pledge {\n        id\n        status\n        reference\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMany($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      pledge {\n        id\n        status\n        reference\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMany($input: BulkPledgeDecisionInput!) {\n    rejectPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChangesToMany($input: BulkPledgeDecisionInput!) {\n    requestChangesToPledges(input: $input) {\n      id\n      pledge {\n        id\n        status\n        statusReason\n      }\n      error {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n      version\n      city\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n      version\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($filter: EventFilter) {\n    events(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        code\n        kind\n        startDate\n        country {\n          code\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($filter: EventFilter) {\n    events(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        code\n        kind\n        startDate\n        country {\n          code\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups {\n    workingGroups(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        focusArea {\n          code\n        }\n        memberships {\n          id\n          role\n          since\n          until\n          person {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroups {\n    workingGroups(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        focusArea {\n          code\n        }\n        memberships {\n          id\n          role\n          since\n          until\n          person {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {\n    addWorkingGroupMember(input: $input) {\n      id\n      role\n      since\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {\n    addWorkingGroupMember(input: $input) {\n      id\n      role\n      since\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($id: ID!, $input: UpdateWorkingGroupMembershipInput!) {\n    updateWorkingGroupMembership(id: $id, input: $input) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembership($id: ID!, $input: UpdateWorkingGroupMembershipInput!) {\n    updateWorkingGroupMembership(id: $id, input: $input) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      published\n      focusArea {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      published\n      focusArea {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePillar($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePillar($id: ID!, $input: UpdatePillarInput!) {\n    updatePillar(id: $id, input: $input) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocusAreaPillars($code: String!) {\n    focusArea(code: $code) {\n      name\n      pillars {\n        slug\n      }\n      workingGroup {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FocusAreaPillars($code: String!) {\n    focusArea(code: $code) {\n      name\n      pillars {\n        slug\n      }\n      workingGroup {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonEmail($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonEmail($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people(first: 50) {\n      totalCount\n      nodes {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    people(first: 50) {\n      totalCount\n      nodes {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    country(code: \"bd\") {\n      name\n      iso3\n      m49\n      ituRegion {\n        code\n        name\n      }\n      m49SubRegion {\n        name\n        parent {\n          name\n        }\n      }\n      currency {\n        code\n      }\n      ldcIn2022: groups(asOf: \"2022-06-01\")\n      ldcIn2027: groups(asOf: \"2027-01-01\")\n      groupMemberships {\n        group\n        until\n      }\n    }\n    countries(first: 5, filter: { groups: { some: [SIDS] }, name: { containsInsensitive: \"ba\" } }) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    arab: regions(kind: ITU_D) {\n      code\n      name\n    }\n    sdgs {\n      number\n    }\n    focusAreas {\n      code\n    }\n    currencies(first: 3, after: null) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    currency(code: \"EUR\") {\n      minorUnit\n      rates {\n        validFrom\n        usdPerUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    country(code: \"bd\") {\n      name\n      iso3\n      m49\n      ituRegion {\n        code\n        name\n      }\n      m49SubRegion {\n        name\n        parent {\n          name\n        }\n      }\n      currency {\n        code\n      }\n      ldcIn2022: groups(asOf: \"2022-06-01\")\n      ldcIn2027: groups(asOf: \"2027-01-01\")\n      groupMemberships {\n        group\n        until\n      }\n    }\n    countries(first: 5, filter: { groups: { some: [SIDS] }, name: { containsInsensitive: \"ba\" } }) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    arab: regions(kind: ITU_D) {\n      code\n      name\n    }\n    sdgs {\n      number\n    }\n    focusAreas {\n      code\n    }\n    currencies(first: 3, after: null) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n    currency(code: \"EUR\") {\n      minorUnit\n      rates {\n        validFrom\n        usdPerUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DuplicateEvent($input: CreateEventInput!) {\n          createEvent(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DuplicateEvent($input: CreateEventInput!) {\n          createEvent(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCount {\n    members {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberCount {\n    members {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbeddedLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmbeddedLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EoiSubmit($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EoiSubmit($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EoiQueue($status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(status: $status, first: 50) {\n      totalCount\n      nodes {\n        id\n        organizationName\n        status\n        contactEmail\n        focusAreas {\n          code\n        }\n        possibleDuplicateMembers {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EoiQueue($status: ExpressionOfInterestStatus) {\n    expressionsOfInterest(status: $status, first: 50) {\n      totalCount\n      nodes {\n        id\n        organizationName\n        status\n        contactEmail\n        focusAreas {\n          code\n        }\n        possibleDuplicateMembers {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EoiAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      id\n      status\n      decidedAt\n      member {\n        id\n        name\n        people {\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EoiAccept($id: ID!) {\n    acceptExpressionOfInterest(id: $id) {\n      id\n      status\n      decidedAt\n      member {\n        id\n        name\n        people {\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EoiDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation EoiDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {\n    declineExpressionOfInterest(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EoiAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation EoiAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EoiOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        subject\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query EoiOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        subject\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n        title\n        reference\n        announcedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveAnnounced($eventId: ID) {\n    pledgeAnnounced(eventId: $eventId) {\n      kind\n      at\n      pledge {\n        id\n        title\n        reference\n        announcedAt\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveTotals($eventId: ID) {\n    pledgeTotals(eventId: $eventId) {\n      at\n      event {\n        id\n        name\n      }\n      stats {\n        count\n        sumUsd\n        pledgingEntities\n      }\n      latest {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMatchChanges($roundtableId: ID) {\n    matchStatusChanged(roundtableId: $roundtableId) {\n      previousStatus\n      status\n      match {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMatchChanges($roundtableId: ID) {\n    matchStatusChanged(roundtableId: $roundtableId) {\n      previousStatus\n      status\n      match {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      reference\n      announcedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LiveApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      reference\n      announcedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n      announcedAt\n      announcedOn\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n      announcedAt\n      announcedOn\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LivePropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LiveDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveOverSocket { viewer { id } }"): (typeof documents)["query LiveOverSocket { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveDeep { pledgeAnnounced { pledge { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { id } } } } } } } } } } } } }"): (typeof documents)["subscription LiveDeep { pledgeAnnounced { pledge { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { id } } } } } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      id\n      status\n      statusReason\n      allocatedUsd\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      id\n      status\n      statusReason\n      allocatedUsd\n      remainingGapUsd\n      fundingGap {\n        usdValue\n      }\n      country {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingSubmitNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingSubmitNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingSuggestPledges($needId: ID!, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, first: $first, offset: $offset) {\n      totalCount\n      hasNextPage\n      nodes {\n        score\n        remainingUsd\n        pledge {\n          id\n          title\n        }\n        components {\n          component\n          weight\n          value\n          contribution\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingSuggestPledges($needId: ID!, $first: Int!, $offset: Int!) {\n    suggestedPledges(needId: $needId, first: $first, offset: $offset) {\n      totalCount\n      hasNextPage\n      nodes {\n        score\n        remainingUsd\n        pledge {\n          id\n          title\n        }\n        components {\n          component\n          weight\n          value\n          contribution\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingSuggestNeeds($pledgeId: ID!) {\n    suggestedNeeds(pledgeId: $pledgeId, first: 10) {\n      totalCount\n      nodes {\n        score\n        need {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingSuggestNeeds($pledgeId: ID!) {\n    suggestedNeeds(pledgeId: $pledgeId, first: 10) {\n      totalCount\n      nodes {\n        score\n        need {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      roundtable {\n        countries {\n          code\n        }\n        weights {\n          component\n          weight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingConfigure($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      roundtable {\n        countries {\n          code\n        }\n        weights {\n          component\n          weight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      candidatePairs\n      matches {\n        id\n        status\n        amountUsd\n        score\n        version\n        need {\n          id\n        }\n        pledge {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      financialObjective\n      candidatePairs\n      matches {\n        id\n        status\n        amountUsd\n        score\n        version\n        need {\n          id\n        }\n        pledge {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n      amountUsd\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n      status\n      amountUsd\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingAccept($id: ID!, $amountUsd: Decimal) {\n    acceptMatch(id: $id, amountUsd: $amountUsd) {\n      id\n      status\n      amountUsd\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingAccept($id: ID!, $amountUsd: Decimal) {\n    acceptMatch(id: $id, amountUsd: $amountUsd) {\n      id\n      status\n      amountUsd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingConfirm($id: ID!) {\n    confirmMatch(id: $id) {\n      id\n      status\n      pledgerConfirmedAt\n      countryConfirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingConfirm($id: ID!) {\n    confirmMatch(id: $id) {\n      id\n      status\n      pledgerConfirmedAt\n      countryConfirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingStart($id: ID!) {\n    startMatchImplementation(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingStart($id: ID!) {\n    startMatchImplementation(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingClose($id: ID!) {\n    closeMatch(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingClose($id: ID!) {\n    closeMatch(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingDecline($id: ID!, $input: MatchDecisionInput!) {\n    declineMatch(id: $id, input: $input) {\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingRoundtable($id: ID!) {\n    event(id: $id) {\n      roundtable {\n        needs {\n          need {\n            id\n          }\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n        }\n        pledges {\n          pledge {\n            id\n          }\n          valueUsd\n          allocatedUsd\n          share\n        }\n        byCountry {\n          country {\n            code\n          }\n          needs\n          gapUsd\n          allocatedUsd\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          needs\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingRoundtable($id: ID!) {\n    event(id: $id) {\n      roundtable {\n        needs {\n          need {\n            id\n          }\n          gapUsd\n          allocatedUsd\n          coverage\n          matches\n        }\n        pledges {\n          pledge {\n            id\n          }\n          valueUsd\n          allocatedUsd\n          share\n        }\n        byCountry {\n          country {\n            code\n          }\n          needs\n          gapUsd\n          allocatedUsd\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          needs\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingMatches {\n    matches {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingMatches {\n    matches {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingNeedsPage($first: Int!) {\n    countryNeeds(first: $first) {\n      nodes {\n        id\n        allocatedUsd\n        remainingGapUsd\n        country {\n          code\n        }\n        focusArea {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n      }\n    }\n    matches(first: $first) {\n      nodes {\n        amountUsd\n        need {\n          title\n        }\n        pledge {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchmakingNeedsPage($first: Int!) {\n    countryNeeds(first: $first) {\n      nodes {\n        id\n        allocatedUsd\n        remainingGapUsd\n        country {\n          code\n        }\n        focusArea {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n      }\n    }\n    matches(first: $first) {\n      nodes {\n        amountUsd\n        need {\n          title\n        }\n        pledge {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingCreateNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingCreateNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchmakingApproveNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatchmakingApproveNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMember($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveMember($id: ID!, $expectedVersion: Int) {\n    archiveMember(id: $id, expectedVersion: $expectedVersion) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int, $after: String, $offset: Int, $filter: MemberFilter, $orderBy: [MemberOrder!]) {\n    members(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sector\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int, $after: String, $offset: Int, $filter: MemberFilter, $orderBy: [MemberOrder!]) {\n    members(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sector\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberWithPeople($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      people {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberWithPeople($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      people {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMemberRaw($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMemberRaw($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberGroupsBySector($filter: MemberFilter) {\n    memberGroups(groupBy: [SECTOR, REGION], filter: $filter, orderBy: [{ field: KEY, direction: ASC }]) {\n      totalCount\n      groups {\n        count\n        share\n        key {\n          sector\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberGroupsBySector($filter: MemberFilter) {\n    memberGroups(groupBy: [SECTOR, REGION], filter: $filter, orderBy: [{ field: KEY, direction: ASC }]) {\n      totalCount\n      groups {\n        count\n        share\n        key {\n          sector\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($filter: NotificationFilter) {\n    notifications(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        topic\n        recipientEmail\n        subject\n        body\n        status\n        attempts\n        sentAt\n        recordType\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($filter: NotificationFilter) {\n    notifications(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        topic\n        recipientEmail\n        subject\n        body\n        status\n        attempts\n        sentAt\n        recordType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxApprove($id: ID!, $expectedVersion: Int) {\n    approvePledge(id: $id, expectedVersion: $expectedVersion) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OutboxReject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataPledges($first: Int!, $after: String, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        description\n        type\n        isGlobal\n        usdValue\n        targetBeneficiaries\n        startDate\n        endDate\n        announcedOn\n        publishedAt\n        leadMember {\n          id\n          name\n          sector\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          name\n        }\n        countries {\n          code\n        }\n        regions {\n          name\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n        event {\n          id\n          name\n        }\n        progress {\n          implementationStatus\n          disbursedUsd\n          peopleReached\n          reportingHealth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenDataPledges($first: Int!, $after: String, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {\n    pledges(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        description\n        type\n        isGlobal\n        usdValue\n        targetBeneficiaries\n        startDate\n        endDate\n        announcedOn\n        publishedAt\n        leadMember {\n          id\n          name\n          sector\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          name\n        }\n        countries {\n          code\n        }\n        regions {\n          name\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n        event {\n          id\n          name\n        }\n        progress {\n          implementationStatus\n          disbursedUsd\n          peopleReached\n          reportingHealth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDataWithdrawPledge($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenDataWithdrawPledge($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeDuplicates($id: ID!) {\n    pledge(id: $id) {\n      id\n      possibleDuplicates {\n        titleSimilarity\n        descriptionSimilarity\n        pledge {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeDuplicates($id: ID!) {\n    pledge(id: $id) {\n      id\n      possibleDuplicates {\n        titleSimilarity\n        descriptionSimilarity\n        pledge {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueDuplicates($first: Int!) {\n    pledges(first: $first, filter: { status: { eq: DRAFT } }) {\n      nodes {\n        id\n        possibleDuplicates {\n          pledge {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueDuplicates($first: Int!) {\n    pledges(first: $first, filter: { status: { eq: DRAFT } }) {\n      nodes {\n        id\n        possibleDuplicates {\n          pledge {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      dryRun\n      committed\n      rowCount\n      errorCount\n      rows {\n        line\n        title\n        errors {\n          code\n          field\n          message\n        }\n        pledge {\n          id\n          reference\n          status\n          title\n          description\n          type\n          isGlobal\n          targetBeneficiaries\n          startDate\n          endDate\n          announcedOn\n          estimatedValue {\n            amount\n            usdValue\n            currency {\n              code\n            }\n          }\n          leadMember {\n            name\n          }\n          partners {\n            name\n          }\n          focusAreas {\n            code\n          }\n          pillars {\n            name\n          }\n          countries {\n            code\n          }\n          regions {\n            code\n          }\n          beneficiaryGroups {\n            code\n          }\n          sdgs {\n            number\n          }\n          event {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPledges($input: ImportPledgesInput!) {\n    importPledges(input: $input) {\n      dryRun\n      committed\n      rowCount\n      errorCount\n      rows {\n        line\n        title\n        errors {\n          code\n          field\n          message\n        }\n        pledge {\n          id\n          reference\n          status\n          title\n          description\n          type\n          isGlobal\n          targetBeneficiaries\n          startDate\n          endDate\n          announcedOn\n          estimatedValue {\n            amount\n            usdValue\n            currency {\n              code\n            }\n          }\n          leadMember {\n            name\n          }\n          partners {\n            name\n          }\n          focusAreas {\n            code\n          }\n          pillars {\n            name\n          }\n          countries {\n            code\n          }\n          regions {\n            code\n          }\n          beneficiaryGroups {\n            code\n          }\n          sdgs {\n            number\n          }\n          event {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportArchiveMember($id: ID!) {\n    archiveMember(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImportArchiveMember($id: ID!) {\n    archiveMember(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptRevision($id: ID!) {\n    acceptPledgeRevision(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRevision($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledgeRevision(id: $id, input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionPledge($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n      pendingRevision {\n        id\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionPledge($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      focusAreas {\n        code\n      }\n      pendingRevision {\n        id\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n    auditEntries(filter: { action: { startsWith: \"pledge.\" } }) {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionOutbox($topic: String!) {\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n    auditEntries(filter: { action: { startsWith: \"pledge.\" } }) {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionQueue($filter: PledgeRevisionFilter) {\n    pledgeRevisions(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        pledge {\n          id\n          title\n        }\n        proposedBy {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionQueue($filter: PledgeRevisionFilter) {\n    pledgeRevisions(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        pledge {\n          id\n          title\n        }\n        proposedBy {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithPendingRevision($has: Boolean!) {\n    pledges(filter: { hasPendingRevision: $has }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WithPendingRevision($has: Boolean!) {\n    pledges(filter: { hasPendingRevision: $has }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalePage($first: Int, $after: String, $offset: Int, $orderBy: [PledgeOrder!], $search: String) {\n    pledges(first: $first, after: $after, offset: $offset, orderBy: $orderBy, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n            ituRegion {\n              code\n            }\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        regions {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        event {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScalePage($first: Int, $after: String, $offset: Int, $orderBy: [PledgeOrder!], $search: String) {\n    pledges(first: $first, after: $after, offset: $offset, orderBy: $orderBy, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        title\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n            ituRegion {\n              code\n            }\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        regions {\n          code\n        }\n        beneficiaryGroups {\n          code\n        }\n        sdgs {\n          number\n        }\n        event {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalePublicPage($first: Int) {\n    pledges(first: $first) {\n      nodes {\n        id\n        title\n        leadMember {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n          name\n        }\n        countries {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScalePublicPage($first: Int) {\n    pledges(first: $first) {\n      nodes {\n        id\n        title\n        leadMember {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n          name\n        }\n        countries {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleSummary {\n    pledgeStats {\n      count\n      ldcShare\n      womenShare\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA], first: 1000) {\n      totalCount\n      groups {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScaleSummary {\n    pledgeStats {\n      count\n      ldcShare\n      womenShare\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA], first: 1000) {\n      totalCount\n      groups {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPledges($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {\n    pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        usdValue\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPledges($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {\n    pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        usdValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats($filter: PledgeFilter, $search: String) {\n    pledgeStats(filter: $filter, search: $search) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      minUsd\n      maxUsd\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      goalUsd\n      goalProgress\n    }\n  }\n"): (typeof documents)["\n  query Stats($filter: PledgeFilter, $search: String) {\n    pledgeStats(filter: $filter, search: $search) {\n      count\n      valuedCount\n      sumUsd\n      averageUsd\n      minUsd\n      maxUsd\n      pledgingEntities\n      governments\n      implementationCountries\n      ldcCount\n      ldcShare\n      womenCount\n      womenShare\n      goalUsd\n      goalProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($groupBy: [PledgeGroupKey!]!, $filter: PledgeFilter, $orderBy: [PledgeGroupOrder!]) {\n    pledgeGroups(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalUsd\n      groups {\n        count\n        sumUsd\n        share\n        key {\n          focusArea {\n            code\n          }\n          region {\n            code\n          }\n          country {\n            code\n          }\n          type\n          sector\n          countryGroup\n          year\n          sdg {\n            number\n          }\n          beneficiaryGroup {\n            code\n          }\n          memberRegion {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($groupBy: [PledgeGroupKey!]!, $filter: PledgeFilter, $orderBy: [PledgeGroupOrder!]) {\n    pledgeGroups(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalUsd\n      groups {\n        count\n        sumUsd\n        share\n        key {\n          focusArea {\n            code\n          }\n          region {\n            code\n          }\n          country {\n            code\n          }\n          type\n          sector\n          countryGroup\n          year\n          sdg {\n            number\n          }\n          beneficiaryGroup {\n            code\n          }\n          memberRegion {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Series($interval: TimeInterval!) {\n    pledgeTimeSeries(interval: $interval) {\n      goalUsd\n      points {\n        period\n        count\n        sumUsd\n        cumulativeCount\n        cumulativeUsd\n      }\n    }\n  }\n"): (typeof documents)["\n  query Series($interval: TimeInterval!) {\n    pledgeTimeSeries(interval: $interval) {\n      goalUsd\n      points {\n        period\n        count\n        sumUsd\n        cumulativeCount\n        cumulativeUsd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  query ItuRegions {\n    regions(kind: ITU_D) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePledgeRaw($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePledgeRaw($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePledge($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePledge($id: ID!, $input: UpdatePledgeInput!) {\n    updatePledge(id: $id, input: $input) {\n      ...PledgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Submit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      status\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation Approve($id: ID!) {\n    approvePledge(id: $id) {\n      id\n      status\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation Reject($id: ID!, $input: PledgeDecisionInput!) {\n    rejectPledge(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChanges($id: ID!, $input: PledgeDecisionInput!) {\n    requestPledgeChanges(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($id: ID!, $input: PledgeDecisionInput!) {\n    withdrawPledge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeById($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n"): (typeof documents)["\n  query PledgeById($id: ID!) {\n    pledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgePage($first: Int, $filter: PledgeFilter) {\n    pledges(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        sdgs {\n          number\n        }\n        beneficiaryGroups {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgePage($first: Int, $filter: PledgeFilter) {\n    pledges(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        usdValue\n        leadMember {\n          id\n          name\n          country {\n            code\n          }\n        }\n        partners {\n          id\n          name\n        }\n        focusAreas {\n          code\n        }\n        pillars {\n          slug\n        }\n        countries {\n          code\n        }\n        sdgs {\n          number\n        }\n        beneficiaryGroups {\n          code\n        }\n        estimatedValue {\n          amount\n          currency {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pillars {\n    focusAreas {\n      code\n      pillars {\n        id\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pillars {\n    focusAreas {\n      code\n      pillars {\n        id\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportView($id: ID!) {\n    progressReport(id: $id) {\n      id\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        usdValue\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportView($id: ID!) {\n    progressReport(id: $id) {\n      id\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        usdValue\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      id\n      version\n      peopleReached\n    }\n  }\n"): (typeof documents)["\n  mutation ReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {\n    updateProgressReport(id: $id, input: $input) {\n      id\n      version\n      peopleReached\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAccept($id: ID!, $expectedVersion: Int) {\n    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {\n    returnProgressReport(id: $id, input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeProgressView($id: ID!) {\n    pledge(id: $id) {\n      id\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeProgressView($id: ID!) {\n    pledge(id: $id) {\n      id\n      progress {\n        implementationStatus\n        latestReportYear\n        lastReportedAt\n        disbursedUsd\n        disbursedShare\n        peopleReached\n        womenReached\n        acceptedReports\n        reportingHealth\n        nextReportDueOn\n      }\n      reports {\n        id\n        year\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgesByHealth($health: [ReportingHealth!]!) {\n    pledges(filter: { reportingHealth: $health }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n        }\n      }\n    }\n    pledgeGroups(groupBy: [REPORTING_HEALTH]) {\n      groups {\n        key {\n          reportingHealth\n        }\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgesByHealth($health: [ReportingHealth!]!) {\n    pledges(filter: { reportingHealth: $health }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n        }\n      }\n    }\n    pledgeGroups(groupBy: [REPORTING_HEALTH]) {\n      groups {\n        key {\n          reportingHealth\n        }\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgesByImplementation {\n    pledges(filter: { progress: { implementationStatus: { eq: IN_PROGRESS } } }) {\n      totalCount\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_STATUS]) {\n      groups {\n        key {\n          implementationStatus\n        }\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n      }\n      totalDisbursedUsd\n    }\n    pledgeStats {\n      disbursedUsd\n      peopleReached\n      overdueCount\n    }\n  }\n"): (typeof documents)["\n  query PledgesByImplementation {\n    pledges(filter: { progress: { implementationStatus: { eq: IN_PROGRESS } } }) {\n      totalCount\n    }\n    pledgeGroups(groupBy: [IMPLEMENTATION_STATUS]) {\n      groups {\n        key {\n          implementationStatus\n        }\n        count\n        sumUsd\n        disbursedUsd\n        peopleReached\n      }\n      totalDisbursedUsd\n    }\n    pledgeStats {\n      disbursedUsd\n      peopleReached\n      overdueCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCyclesView {\n    reportingCycles {\n      id\n      year\n      isOpen\n      stats {\n        owed\n        reported\n        accepted\n        rate\n        entitiesOwing\n        entitiesReported\n        bySector {\n          sector\n          owed\n          reported\n        }\n        byType {\n          type\n          owed\n          reported\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          owed\n          reported\n          rate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingCyclesView {\n    reportingCycles {\n      id\n      year\n      isOpen\n      stats {\n        owed\n        reported\n        accepted\n        rate\n        entitiesOwing\n        entitiesReported\n        bySector {\n          sector\n          owed\n          reported\n        }\n        byType {\n          type\n          owed\n          reported\n        }\n        byFocusArea {\n          focusArea {\n            code\n          }\n          owed\n          reported\n          rate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n"): (typeof documents)["\n  mutation ReportingRemind($cycleId: ID!) {\n    sendReportingReminders(cycleId: $cycleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingClose($id: ID!) {\n    closeReportingCycle(id: $id) {\n      id\n      isOpen\n    }\n  }\n"): (typeof documents)["\n  mutation ReportingClose($id: ID!) {\n    closeReportingCycle(id: $id) {\n      id\n      isOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportList($filter: ProgressReportFilter) {\n    progressReports(filter: $filter) {\n      nodes {\n        id\n        statusReason\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportList($filter: ProgressReportFilter) {\n    progressReports(filter: $filter) {\n      nodes {\n        id\n        statusReason\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressPage($first: Int!) {\n    pledges(first: $first) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n          disbursedUsd\n          nextReportDueOn\n        }\n        reports {\n          year\n          targets {\n            code\n          }\n          reachByGroup {\n            people\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgressPage($first: Int!) {\n    pledges(first: $first) {\n      nodes {\n        id\n        progress {\n          reportingHealth\n          disbursedUsd\n          nextReportDueOn\n        }\n        reports {\n          year\n          targets {\n            code\n          }\n          reachByGroup {\n            people\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCreateAttempt($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCreateAttempt($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingOpenAttempt($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportingOpenAttempt($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePublicPledges {\n    pledges(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        leadMember {\n          name\n        }\n        focusAreas {\n          code\n        }\n      }\n    }\n    pledgeStats {\n      count\n    }\n  }\n"): (typeof documents)["\n  query CachePublicPledges {\n    pledges(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        leadMember {\n          name\n        }\n        focusAreas {\n          code\n        }\n      }\n    }\n    pledgeStats {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheRenameMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CacheRenameMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokePledges($first: Int) {\n    pledges(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokePledges($first: Int) {\n    pledges(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        leadMember {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitOfWorkLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnitOfWorkLogin($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOfWorkMembers($first: Int) {\n    members(first: $first) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnitOfWorkMembers($first: Int) {\n    members(first: $first) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitOfWorkCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnitOfWorkCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitOfWorkAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      matches {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnitOfWorkAllocate($roundtableId: ID!) {\n    runAllocation(roundtableId: $roundtableId) {\n      matches {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPledgeState($id: ID!) {\n    node(id: $id) {\n      ... on Pledge {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPledgeState($id: ID!) {\n    node(id: $id) {\n      ... on Pledge {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowNeedState($id: ID!) {\n    node(id: $id) {\n      ... on CountryNeed {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowNeedState($id: ID!) {\n    node(id: $id) {\n      ... on CountryNeed {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowReportState($id: ID!) {\n    node(id: $id) {\n      ... on ProgressReport {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowReportState($id: ID!) {\n    node(id: $id) {\n      ... on ProgressReport {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowMatchState($id: ID!) {\n    node(id: $id) {\n      ... on Match {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowMatchState($id: ID!) {\n    node(id: $id) {\n      ... on Match {\n        status\n        version\n        availableActions {\n          action\n          to\n          reasonRequired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSubmitPledge($id: ID!) { submitPledge(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowSubmitPledge($id: ID!) { submitPledge(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowApprovePledge($id: ID!) { approvePledge(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowApprovePledge($id: ID!) { approvePledge(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRequestPledgeChanges($id: ID!, $reason: String!) { requestPledgeChanges(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowRequestPledgeChanges($id: ID!, $reason: String!) { requestPledgeChanges(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRejectPledge($id: ID!, $reason: String!) { rejectPledge(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowRejectPledge($id: ID!, $reason: String!) { rejectPledge(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowWithdrawPledge($id: ID!, $reason: String!) { withdrawPledge(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowWithdrawPledge($id: ID!, $reason: String!) { withdrawPledge(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSubmitNeed($id: ID!) { submitCountryNeed(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowSubmitNeed($id: ID!) { submitCountryNeed(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowApproveNeed($id: ID!) { approveCountryNeed(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowApproveNeed($id: ID!) { approveCountryNeed(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRequestNeedChanges($id: ID!, $reason: String!) { requestCountryNeedChanges(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowRequestNeedChanges($id: ID!, $reason: String!) { requestCountryNeedChanges(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRejectNeed($id: ID!, $reason: String!) { rejectCountryNeed(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowRejectNeed($id: ID!, $reason: String!) { rejectCountryNeed(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowWithdrawNeed($id: ID!, $reason: String!) { withdrawCountryNeed(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowWithdrawNeed($id: ID!, $reason: String!) { withdrawCountryNeed(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSubmitReport($id: ID!) { submitProgressReport(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowSubmitReport($id: ID!) { submitProgressReport(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAcceptReport($id: ID!) { acceptProgressReport(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowAcceptReport($id: ID!) { acceptProgressReport(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReturnReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowReturnReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAcceptMatch($id: ID!) { acceptMatch(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowAcceptMatch($id: ID!) { acceptMatch(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowConfirmMatch($id: ID!) { confirmMatch(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowConfirmMatch($id: ID!) { confirmMatch(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowStartMatch($id: ID!) { startMatchImplementation(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowStartMatch($id: ID!) { startMatchImplementation(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowCloseMatch($id: ID!) { closeMatch(id: $id) { id status version } }"): (typeof documents)["mutation WorkflowCloseMatch($id: ID!) { closeMatch(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowDeclineMatch($id: ID!, $reason: String!) { declineMatch(id: $id, input: { reason: $reason }) { id status version } }"): (typeof documents)["mutation WorkflowDeclineMatch($id: ID!, $reason: String!) { declineMatch(id: $id, input: { reason: $reason }) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status version } }"): (typeof documents)["mutation WorkflowProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAllocate($roundtableId: ID!) { runAllocation(roundtableId: $roundtableId) { matches { id status } } }"): (typeof documents)["mutation WorkflowAllocate($roundtableId: ID!) { runAllocation(roundtableId: $roundtableId) { matches { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLivePledge($id: ID!) {\n    pledge(id: $id) {\n      announcedAt\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleLivePledge($id: ID!) {\n    pledge(id: $id) {\n      announcedAt\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLiveRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLiveRetitle($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchmakingMatches($needId: ID!) {\n    matches(filter: { need: { id: { eq: $needId } } }) {\n      nodes {\n        status\n        amountUsd\n        statusReason\n        pledge {\n          id\n        }\n        roundtable {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchmakingMatches($needId: ID!) {\n    matches(filter: { need: { id: { eq: $needId } } }) {\n      nodes {\n        status\n        amountUsd\n        statusReason\n        pledge {\n          id\n        }\n        roundtable {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMatchmakingPropose($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      title\n      status\n      modality\n      priority\n      country {\n        code\n      }\n      member {\n        id\n      }\n      focusArea {\n        code\n      }\n      beneficiaryGroups {\n        code\n      }\n      fundingGap {\n        amount\n        currency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchmakingNeed($id: ID!) {\n    countryNeed(id: $id) {\n      title\n      status\n      modality\n      priority\n      country {\n        code\n      }\n      member {\n        id\n      }\n      focusArea {\n        code\n      }\n      beneficiaryGroups {\n        code\n      }\n      fundingGap {\n        amount\n        currency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsPillar($id: ID!) {\n    pillar(id: $id) {\n      name\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  query RecordsPillar($id: ID!) {\n    pillar(id: $id) {\n      name\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsAccounts {\n    accounts(first: 100) {\n      nodes {\n        email\n        role\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsAccounts {\n    accounts(first: 100) {\n      nodes {\n        email\n        role\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordsSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordsSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordsDeclineInterest($id: ID!, $reason: String!) {\n    declineExpressionOfInterest(id: $id, input: { reason: $reason }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordsDeclineInterest($id: ID!, $reason: String!) {\n    declineExpressionOfInterest(id: $id, input: { reason: $reason }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReportsReport($id: ID!) {\n    progressReport(id: $id) {\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleReportsReport($id: ID!) {\n    progressReport(id: $id) {\n      year\n      status\n      statusReason\n      implementationStatus\n      peopleReached\n      womenReached\n      stepsTaken\n      evidenceLinks\n      amountDisbursed {\n        amount\n        currency {\n          code\n        }\n      }\n      reachByGroup {\n        people\n        beneficiaryGroup {\n          code\n        }\n      }\n      targets {\n        code\n      }\n      pledge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReportsSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReportsSubmit($id: ID!) {\n    submitProgressReport(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReportsCycles {\n    reportingCycles {\n      year\n      dueOn\n      isOpen\n    }\n  }\n"): (typeof documents)["\n  query ConsoleReportsCycles {\n    reportingCycles {\n      year\n      dueOn\n      isOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePublishedStats {\n    pledgeStats(filter: { status: { eq: PUBLISHED } }) {\n      count\n      sumUsd\n    }\n  }\n"): (typeof documents)["\n  query ConsolePublishedStats {\n    pledgeStats(filter: { status: { eq: PUBLISHED } }) {\n      count\n      sumUsd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApprovePledges($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApprovePledges($items: [PledgeDecisionItem!]!) {\n    approvePledges(items: $items) {\n      id\n      error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetitlePledge($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRetitlePledge($id: ID!, $title: String!) {\n    updatePledge(id: $id, input: { title: $title }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePledgeStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Pledge {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePledgeStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Pledge {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitInterest($input: SubmitExpressionOfInterestInput!) {\n    submitExpressionOfInterest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInterest($id: ID!, $topic: String!) {\n    expressionOfInterest(id: $id) {\n      status\n      member {\n        id\n      }\n    }\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInterest($id: ID!, $topic: String!) {\n    expressionOfInterest(id: $id) {\n      status\n      member {\n        id\n      }\n    }\n    notifications(filter: { topic: { eq: $topic } }) {\n      nodes {\n        recipientEmail\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      country {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      country {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleProposeRevision($id: ID!, $input: UpdatePledgeInput!) {\n    proposePledgeRevision(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePledgeRevision($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      pendingRevision {\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePledgeRevision($id: ID!) {\n    pledge(id: $id) {\n      id\n      title\n      pendingRevision {\n        status\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePageSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LivePageSubmit($id: ID!) {\n    submitPledge(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePageApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LivePageApprove($id: ID!) {\n    approvePledge(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePageAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LivePageAnnounce($id: ID!, $eventId: ID!) {\n    announcePledge(id: $id, eventId: $eventId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    name\n    acronym\n    sector\n    champion\n    website\n    version\n    archivedAt\n    country {\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    name\n    acronym\n    sector\n    champion\n    website\n    version\n    archivedAt\n    country {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeFields on Pledge {\n    id\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    version\n    isGlobal\n    usdValue\n    announcedOn\n    startDate\n    endDate\n    targetBeneficiaries\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n    }\n    focusAreas {\n      code\n    }\n    pillars {\n      id\n      slug\n    }\n    countries {\n      code\n    }\n    regions {\n      id\n      code\n    }\n    beneficiaryGroups {\n      code\n    }\n    sdgs {\n      number\n    }\n    event {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment PledgeFields on Pledge {\n    id\n    reference\n    title\n    description\n    type\n    status\n    statusReason\n    version\n    isGlobal\n    usdValue\n    announcedOn\n    startDate\n    endDate\n    targetBeneficiaries\n    estimatedValue {\n      amount\n      usdValue\n      rateDate\n      currency {\n        code\n      }\n    }\n    leadMember {\n      id\n      name\n    }\n    partners {\n      id\n    }\n    focusAreas {\n      code\n    }\n    pillars {\n      id\n      slug\n    }\n    countries {\n      code\n    }\n    regions {\n      id\n      code\n    }\n    beneficiaryGroups {\n      code\n    }\n    sdgs {\n      number\n    }\n    event {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePledge($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreatePledge($input: CreatePledgeInput!) {\n    createPledge(input: $input) {\n      ...PledgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactorySubmitPledge($id: ID!) {\n    submitPledge(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryApprovePledge($id: ID!) {\n    approvePledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryApprovePledge($id: ID!) {\n    approvePledge(id: $id) {\n      ...PledgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      code\n      name\n      kind\n      startDate\n      endDate\n      version\n      country {\n        code\n      }\n      region {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      code\n      name\n      kind\n      startDate\n      endDate\n      version\n      country {\n        code\n      }\n      region {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      name\n      description\n      published\n      version\n      focusArea {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreatePillar($input: CreatePillarInput!) {\n    createPillar(input: $input) {\n      id\n      slug\n      name\n      description\n      published\n      version\n      focusArea {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryOpenReportingCycle($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n      year\n      dueOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryOpenReportingCycle($input: OpenReportingCycleInput!) {\n    openReportingCycle(input: $input) {\n      id\n      year\n      dueOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateProgressReport($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n      status\n      version\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateProgressReport($input: CreateProgressReportInput!) {\n    createProgressReport(input: $input) {\n      id\n      status\n      version\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateCountryNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateCountryNeed($input: CreateCountryNeedInput!) {\n    createCountryNeed(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySubmitCountryNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactorySubmitCountryNeed($id: ID!) {\n    submitCountryNeed(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryApproveCountryNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryApproveCountryNeed($id: ID!) {\n    approveCountryNeed(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryConfigureRoundtable($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryConfigureRoundtable($id: ID!, $input: RoundtableSettingsInput!) {\n    configureRoundtable(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;