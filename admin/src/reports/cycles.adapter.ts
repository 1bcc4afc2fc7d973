import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { ConnectivityTargetsQuery, ReportingCycleRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { inBatches, listInBrowser, nodesOfType, notFound, requireFields, staticAdapter, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment ReportingRate on ReportingRateGroup {
    owed
    reported
    rate
  }
`);

graphql(`
  fragment ReportingCycleRecord on ReportingCycle {
    id
    version
    year
    dueOn
    isOpen
    openedAt
    closedAt
    createdAt
    updatedAt
    stats {
      owed
      reported
      accepted
      rate
      entitiesOwing
      entitiesReported
      bySector {
        sector
        ...ReportingRate
      }
      byFocusArea {
        focusArea {
          code
          name
          position
        }
        ...ReportingRate
      }
      byType {
        type
        ...ReportingRate
      }
    }
  }
`);

const List = graphql(`
  query ReportingCycleList {
    reportingCycles {
      ...ReportingCycleRecord
    }
  }
`);

const Many = graphql(`
  query ReportingCycleMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...ReportingCycleRecord
    }
  }
`);

const Open = graphql(`
  mutation ReportingCycleOpen($input: OpenReportingCycleInput!) {
    openReportingCycle(input: $input) {
      ...ReportingCycleRecord
    }
  }
`);

const Close = graphql(`
  mutation ReportingCycleClose($id: ID!, $expectedVersion: Int) {
    closeReportingCycle(id: $id, expectedVersion: $expectedVersion) {
      ...ReportingCycleRecord
    }
  }
`);

const Remind = graphql(`
  mutation ReportingCycleRemind($cycleId: ID!) {
    sendReportingReminders(cycleId: $cycleId)
  }
`);

const Targets = graphql(`
  query ConnectivityTargets {
    connectivityTargets {
      code
      dimension
      title
      position
    }
  }
`);

/** A reporting year with how well it was answered: overall, by sector, focus area and pledge type. */
export type ReportingCycleRecord = ReportingCycleRecordFragment;

/** A handful of cycles, each with its figures: loaded whole, sorted and paged in the browser (the API has the latest year first). */
export const reportingCycles: ResourceAdapter<ReportingCycleRecord> = {
  async getList(params) {
    return listInBrowser((await execute(List)).reportingCycles, params, (c) => String(c.year));
  },
  async getOne(id) {
    const [cycle] = await reportingCycles.getMany([id]);
    if (!cycle) throw notFound('reporting cycle', id);
    return cycle;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'ReportingCycle')),
  /** Opens the year's cycle: the pledges published now owe it a report, and their pledgers are told. */
  async create(data) {
    const input = requireFields(data, ['year', 'dueOn']);
    return (await execute(Open, { input: { year: Number(input.year), dueOn: input.dueOn } })).openReportingCycle;
  },
  inputSources: { year: 'year', dueOn: 'dueOn' },
};

/** Pledgers can no longer start reports for a closed cycle's year (curators still can). */
export async function closeReportingCycle(id: Identifier, expectedVersion: number): Promise<ReportingCycleRecord> {
  return (await execute(Close, { id: String(id), expectedVersion })).closeReportingCycle;
}

/** Reminds the pledgers of the pledges still owing the open cycle a report; how many pledges. */
export async function sendReportingReminders(id: Identifier): Promise<number> {
  return (await execute(Remind, { cycleId: String(id) })).sendReportingReminders;
}

export type ConnectivityTargetRecord = ConnectivityTargetsQuery['connectivityTargets'][number] & { id: string };

/** The connectivity checklist, in order: reference data the report form ticks. */
export const connectivityTargets = staticAdapter<ConnectivityTargetRecord>(
  async () => (await execute(Targets)).connectivityTargets.map((t) => ({ ...t, id: t.code })),
  (t) => `${t.code} ${t.dimension} ${t.title}`,
);
