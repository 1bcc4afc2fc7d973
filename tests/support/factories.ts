import { randomUUID } from 'node:crypto';
import { graphql } from '../gql/index.js';
import type { CreateEventInput, CreateMemberInput, CreatePersonInput, CreatePillarInput, CreatePledgeInput, CreateProgressReportInput, CreateCountryNeedInput } from '../gql/graphql.js';
import type { GraphQLClient } from './client.js';

/** Factories build what they need through the API, parents included, as the client given (staff, usually). */

const unique = () => randomUUID().slice(0, 8);

export const MemberFields = graphql(`
  fragment MemberFields on Member {
    id
    name
    acronym
    sector
    champion
    website
    version
    archivedAt
    country {
      code
    }
  }
`);

const CreateMember = graphql(`
  mutation FactoryCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberFields
    }
  }
`);

export async function createMember(client: GraphQLClient, overrides: Partial<CreateMemberInput> = {}) {
  const { createMember: member } = await client.data(CreateMember, {
    input: { name: `Member ${unique()}`, sector: 'PRIVATE_SECTOR', countryCode: 'KE', ...overrides },
  });
  return member;
}

export const PledgeFields = graphql(`
  fragment PledgeFields on Pledge {
    id
    reference
    title
    description
    type
    status
    statusReason
    version
    isGlobal
    usdValue
    announcedOn
    startDate
    endDate
    targetBeneficiaries
    estimatedValue {
      amount
      usdValue
      rateDate
      currency {
        code
      }
    }
    leadMember {
      id
      name
    }
    partners {
      id
    }
    focusAreas {
      code
    }
    pillars {
      id
      slug
    }
    countries {
      code
    }
    regions {
      id
      code
    }
    beneficiaryGroups {
      code
    }
    sdgs {
      number
    }
    event {
      id
      code
    }
  }
`);

const CreatePledge = graphql(`
  mutation FactoryCreatePledge($input: CreatePledgeInput!) {
    createPledge(input: $input) {
      ...PledgeFields
    }
  }
`);

const SubmitPledge = graphql(`
  mutation FactorySubmitPledge($id: ID!) {
    submitPledge(id: $id) {
      id
      status
    }
  }
`);

const ApprovePledge = graphql(`
  mutation FactoryApprovePledge($id: ID!) {
    approvePledge(id: $id) {
      ...PledgeFields
    }
  }
`);

/** A complete draft pledge; its lead member is created unless given. */
export async function createPledge(client: GraphQLClient, overrides: Partial<CreatePledgeInput> = {}) {
  const leadMemberId = overrides.leadMemberId ?? (await createMember(client)).id;
  const { createPledge: pledge } = await client.data(CreatePledge, {
    input: {
      title: `Connecting rural schools ${unique()}`,
      description: 'Bringing broadband and digital skills training to rural schools and their communities.',
      type: 'PROGRAMMATIC',
      focusAreaCodes: ['ACCESS'],
      countryCodes: ['KE'],
      beneficiaryGroupCodes: ['YOUTH'],
      sdgs: [4, 9],
      announcedOn: '2023-06-01',
      ...overrides,
      leadMemberId,
    },
  });
  return pledge;
}

/** A published pledge: created, submitted and approved by the (staff) client. */
export async function createPublishedPledge(client: GraphQLClient, overrides: Partial<CreatePledgeInput> = {}) {
  const draft = await createPledge(client, overrides);
  await client.data(SubmitPledge, { id: draft.id });
  return (await client.data(ApprovePledge, { id: draft.id })).approvePledge;
}

const CreatePerson = graphql(`
  mutation FactoryCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      email
      phone
      version
      member {
        id
      }
    }
  }
`);

export async function createPerson(client: GraphQLClient, overrides: Partial<CreatePersonInput> = {}) {
  const id = unique();
  const { createPerson: person } = await client.data(CreatePerson, {
    input: { name: `Person ${id}`, email: `person-${id}@example.org`, phone: '+41227305111', ...overrides },
  });
  return person;
}

const CreateEvent = graphql(`
  mutation FactoryCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      code
      name
      kind
      startDate
      endDate
      version
      country {
        code
      }
      region {
        code
      }
    }
  }
`);

export async function createEvent(client: GraphQLClient, overrides: Partial<CreateEventInput> = {}) {
  const { createEvent: event } = await client.data(CreateEvent, {
    input: {
      code: `EV-${unique().toUpperCase()}`,
      name: 'Regional matchmaking roundtable',
      kind: 'MATCHMAKING_ROUNDTABLE',
      startDate: '2024-03-04',
      endDate: '2024-03-05',
      countryCode: 'RW',
      ...overrides,
    },
  });
  return event;
}

const CreatePillar = graphql(`
  mutation FactoryCreatePillar($input: CreatePillarInput!) {
    createPillar(input: $input) {
      id
      slug
      name
      description
      published
      version
      focusArea {
        code
      }
    }
  }
`);

/** A pillar of ACCESS unless told otherwise; `reset()` removes it, the reference data's pillars stay. */
export async function createPillar(client: GraphQLClient, overrides: Partial<CreatePillarInput> = {}) {
  const { createPillar: pillar } = await client.data(CreatePillar, { input: { focusAreaCode: 'ACCESS', name: `Pillar ${unique()}`, ...overrides } });
  return pillar;
}

const OpenCycle = graphql(`
  mutation FactoryOpenReportingCycle($input: OpenReportingCycleInput!) {
    openReportingCycle(input: $input) {
      id
      year
      dueOn
      version
    }
  }
`);

/** The year's reporting cycle, due in three months, opened by the (staff) client. */
export async function openReportingCycle(client: GraphQLClient, year: number, dueOn?: string) {
  const due = dueOn ?? new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  return (await client.data(OpenCycle, { input: { year, dueOn: due } })).openReportingCycle;
}

const CreateReport = graphql(`
  mutation FactoryCreateProgressReport($input: CreateProgressReportInput!) {
    createProgressReport(input: $input) {
      id
      status
      version
      year
    }
  }
`);

/** A draft progress report on the pledge, with a narrative, ready to submit. */
export async function createProgressReport(client: GraphQLClient, pledgeId: string, year: number, overrides: Partial<CreateProgressReportInput> = {}) {
  const { createProgressReport: report } = await client.data(CreateReport, {
    input: {
      pledgeId,
      year,
      implementationStatus: 'IN_PROGRESS',
      stepsTaken: 'Towers built in three districts; teachers trained.',
      amountDisbursed: { amount: '250000.00', currency: 'USD' },
      peopleReached: 12000,
      womenReached: 6100,
      ...overrides,
    },
  });
  return report;
}

const CreateNeed = graphql(`
  mutation FactoryCreateCountryNeed($input: CreateCountryNeedInput!) {
    createCountryNeed(input: $input) {
      id
      version
      status
    }
  }
`);

const SubmitNeed = graphql(`
  mutation FactorySubmitCountryNeed($id: ID!) {
    submitCountryNeed(id: $id) {
      id
    }
  }
`);

const ApproveNeed = graphql(`
  mutation FactoryApproveCountryNeed($id: ID!) {
    approveCountryNeed(id: $id) {
      id
      version
      status
    }
  }
`);

/** A draft country need of Kenya for connectivity, with a funding gap of USD 1,000,000. */
export async function createCountryNeed(client: GraphQLClient, overrides: Partial<CreateCountryNeedInput> = {}) {
  const { createCountryNeed: need } = await client.data(CreateNeed, {
    input: {
      title: `Connect rural health centres ${unique()}`,
      description: 'Broadband for rural health centres identified by the national digital transformation diagnostic.',
      countryCode: 'KE',
      focusAreaCode: 'ACCESS',
      modality: 'FINANCIAL',
      beneficiaryGroupCodes: ['YOUTH'],
      fundingGap: { amount: '1000000', currency: 'USD' },
      priority: 'HIGH',
      ...overrides,
    },
  });
  return need;
}

/** A published country need, created, submitted and approved by the (staff) client. */
export async function createPublishedNeed(client: GraphQLClient, overrides: Partial<CreateCountryNeedInput> = {}) {
  const need = await createCountryNeed(client, overrides);
  await client.data(SubmitNeed, { id: need.id });
  return (await client.data(ApproveNeed, { id: need.id })).approveCountryNeed;
}

const ConfigureRoundtable = graphql(`
  mutation FactoryConfigureRoundtable($id: ID!, $input: RoundtableSettingsInput!) {
    configureRoundtable(id: $id, input: $input) {
      id
      version
    }
  }
`);

/** Sets a matchmaking roundtable's countries and (as staff) organizers. */
export async function configureRoundtable(client: GraphQLClient, id: string, input: { countryCodes?: string[]; organizerIds?: string[] }) {
  return (await client.data(ConfigureRoundtable, { id, input })).configureRoundtable;
}
