import { graphql } from '../gql/index.js';
import type { WorkingGroupDetailFragment, WorkingGroupSummaryFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { changedFields, inBatches, nodesOfType, notFound, pageOf, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment WorkingGroupSummary on WorkingGroup {
    id
    version
    name
    description
    archivedAt
    createdAt
    updatedAt
    focusArea {
      code
      name
    }
  }
`);

graphql(`
  fragment WorkingGroupDetail on WorkingGroup {
    ...WorkingGroupSummary
    memberships {
      id
      role
      since
      until
      person {
        id
        name
        jobTitle
        member {
          id
          name
        }
      }
    }
  }
`);

const List = graphql(`
  query WorkingGroupList($first: Int!, $offset: Int!) {
    workingGroups(first: $first, offset: $offset) {
      totalCount
      nodes {
        ...WorkingGroupSummary
      }
    }
  }
`);

const One = graphql(`
  query WorkingGroupOne($id: ID!) {
    workingGroup(id: $id) {
      ...WorkingGroupDetail
    }
  }
`);

const Many = graphql(`
  query WorkingGroupMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...WorkingGroupSummary
    }
  }
`);

const Update = graphql(`
  mutation WorkingGroupUpdate($id: ID!, $input: UpdateWorkingGroupInput!) {
    updateWorkingGroup(id: $id, input: $input) {
      ...WorkingGroupDetail
    }
  }
`);

/** Lists leave the memberships out; a group shown or edited has them. */
export type WorkingGroupRecord = WorkingGroupSummaryFragment & Partial<Pick<WorkingGroupDetailFragment, 'memberships'>>;

export type MembershipRecord = WorkingGroupDetailFragment['memberships'][number];

const EDITABLE = ['name', 'description'] as const;

// Working groups are created with their focus areas, so the console lists, shows and renames them only.
export const workingGroups: ResourceAdapter<WorkingGroupRecord> = {
  async getList(params) {
    const { workingGroups } = await execute(List, pageOf(params));
    return { data: workingGroups.nodes, total: workingGroups.totalCount };
  },
  async getOne(id) {
    const { workingGroup } = await execute(One, { id: String(id) });
    if (!workingGroup) throw notFound('working group', id);
    return workingGroup;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'WorkingGroup')),
  async update(id, data, previous) {
    const input = { ...changedFields(data, previous, EDITABLE), expectedVersion: previous.version };
    return (await execute(Update, { id: String(id), input })).updateWorkingGroup;
  },
  inputSources: { name: 'name', description: 'description' },
};
