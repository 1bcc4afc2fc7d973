import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { RoundtableBoardQuery, ScoreComponent, ScoringWeightsInput } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { events, type EventRecord } from '../events/events.adapter.js';
import { changedFields, notFound, type ResourceAdapter } from '../resource-adapter.js';
import { SCORE_COMPONENT_ORDER } from './choices.js';

const Board = graphql(`
  query RoundtableBoard($id: ID!) {
    event(id: $id) {
      ...EventRecord
      roundtable {
        countries {
          code
          name
        }
        organizers {
          id
          displayName
          email
        }
        weights {
          component
          weight
        }
        needs {
          gapUsd
          allocatedUsd
          coverage
          matches
          need {
            ...CountryNeedRecord
          }
        }
        pledges {
          valueUsd
          allocatedUsd
          share
          pledge {
            id
            title
            reference
            leadMember {
              id
              name
            }
          }
        }
        byCountry {
          needs
          gapUsd
          allocatedUsd
          coverage
          country {
            code
            name
          }
        }
        byFocusArea {
          needs
          gapUsd
          allocatedUsd
          coverage
          focusArea {
            code
            name
            position
          }
        }
      }
    }
  }
`);

const Configure = graphql(`
  mutation RoundtableConfigure($id: ID!, $input: RoundtableSettingsInput!) {
    configureRoundtable(id: $id, input: $input) {
      id
      version
    }
  }
`);

const Allocate = graphql(`
  mutation RoundtableAllocate($roundtableId: ID!) {
    runAllocation(roundtableId: $roundtableId) {
      financialObjective
      nonFinancialObjective
      candidatePairs
      solveMs
      matches {
        id
        amountUsd
      }
    }
  }
`);

export type RoundtableView = NonNullable<NonNullable<RoundtableBoardQuery['event']>['roundtable']>;
export type NeedCoverage = NonNullable<RoundtableView['needs']>[number];
/** What the totals per country and per focus area have in common. */
export type CoverageFigures = Pick<NonNullable<RoundtableView['byCountry']>[number], 'needs' | 'gapUsd' | 'allocatedUsd' | 'coverage'>;

/** The weights as `ScoringWeightsInput` names them: the components lower-cased. */
export type WeightFields = ScoringWeightsInput;

const weightField = (component: ScoreComponent) => component.toLowerCase() as keyof WeightFields;

/** The settings as the form edits them, beside the event and (on the board) its roundtable's views. */
export interface RoundtableSettingsFields {
  countryCodes: string[];
  organizerIds: string[];
  weights: WeightFields;
}

/** A matchmaking roundtable: an event of that kind; the board (getOne) loads its settings and coverage. */
export type RoundtableRecord = EventRecord & Partial<RoundtableSettingsFields> & { roundtable?: RoundtableView | null };

/** The API lists every component's weight. */
const weightsOf = (view: RoundtableView) => Object.fromEntries(view.weights.map((w) => [weightField(w.component), w.weight])) as unknown as WeightFields;

const toRecord = (event: NonNullable<RoundtableBoardQuery['event']>): RoundtableRecord => ({
  ...event,
  countryCode: event.country?.code ?? null,
  roundtable: event.roundtable,
  countryCodes: event.roundtable?.countries.map((c) => c.code) ?? [],
  organizerIds: event.roundtable?.organizers?.map((a) => a.id) ?? [],
  weights: event.roundtable ? weightsOf(event.roundtable) : undefined,
});

const KIND = 'MATCHMAKING_ROUNDTABLE';

export const roundtables: ResourceAdapter<RoundtableRecord> = {
  getList: (params) => events.getList({ ...params, filter: { ...params.filter, kind: KIND } }),
  async getOne(id) {
    const { event } = await execute(Board, { id: String(id) });
    if (!event?.roundtable) throw notFound('matchmaking roundtable', id);
    return toRecord(event);
  },
  getMany: async (ids) => (await events.getMany(ids)).filter((e) => e.kind === KIND),
};

export interface RoundtableSettingsParams {
  id: Identifier;
  data: Partial<RoundtableSettingsFields>;
  previousData: RoundtableRecord;
}

/** Sends what the settings form changed: countries, weights, and (staff only, the API checks) organizers. */
export async function configureRoundtable({ id, data, previousData }: RoundtableSettingsParams): Promise<{ id: string; version: number }> {
  const before = previousData.weights;
  // Number inputs may hold the numbers as text.
  const weights = data.weights && (Object.fromEntries(SCORE_COMPONENT_ORDER.map((c) => [weightField(c), Number(data.weights![weightField(c)])])) as unknown as WeightFields);
  const weightsChanged = weights && before && SCORE_COMPONENT_ORDER.some((c) => weights[weightField(c)] !== before[weightField(c)]);
  const input = { ...changedFields<RoundtableRecord, 'countryCodes' | 'organizerIds'>(data, previousData, ['countryCodes', 'organizerIds']), weights: weightsChanged ? weights : undefined, expectedVersion: previousData.version };
  if (!input.countryCodes && !input.organizerIds && !input.weights) throw new Error('Nothing was changed');
  return (await execute(Configure, { id: String(id), input })).configureRoundtable;
}

export type AllocationRun = Awaited<ReturnType<typeof runAllocation>>;

/** Replaces the roundtable's SUGGESTED matches with the best allocation of pledges to its needs. */
export async function runAllocation(id: Identifier) {
  return (await execute(Allocate, { roundtableId: String(id) })).runAllocation;
}
