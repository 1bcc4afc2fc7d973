import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalIdOrThrow } from '../common/persistence.js';
import { conflict, invalidInput } from '../common/errors.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Person } from '../people/person.entity.js';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity.js';
import type { AddWorkingGroupMemberInput, CreateWorkingGroupInput, UpdateWorkingGroupInput, UpdateWorkingGroupMembershipInput } from './working-group.inputs.js';

const today = () => new Date().toISOString().slice(0, 10);

export class WorkingGroupService extends CuratedService<WorkingGroup> {
  protected readonly entity = WorkingGroup;
  protected readonly audited = ['focusArea', 'name', 'description'] as const;

  async create(input: CreateWorkingGroupInput): Promise<WorkingGroup> {
    const [focusArea] = await new ReferenceService(this.em).focusAreas([input.focusAreaCode], 'focusAreaCode');
    if (await this.em.count(WorkingGroup, { focusArea })) throw conflict(`${focusArea!.code} already has a working group`, {}, 'focusAreaCode');
    const group = new WorkingGroup(focusArea!, input.name.trim());
    group.description = input.description;
    return this.insert(group);
  }

  update(id: string, input: UpdateWorkingGroupInput): Promise<WorkingGroup> {
    return this.modify(id, input.expectedVersion, (group) => applyPatch(group, input, ['name', 'description']));
  }
}

export class WorkingGroupMembershipService extends CuratedService<WorkingGroupMembership> {
  protected readonly entity = WorkingGroupMembership;
  protected readonly audited = ['workingGroup', 'person', 'role', 'since', 'until'] as const;

  async add(input: AddWorkingGroupMemberInput): Promise<WorkingGroupMembership> {
    const group = await findByGlobalIdOrThrow(this.em, WorkingGroup, input.workingGroupId, 'workingGroupId');
    const person = await findByGlobalIdOrThrow(this.em, Person, input.personId, 'personId');
    const current = await this.em.count(WorkingGroupMembership, { workingGroup: group, person, until: null, archivedAt: null });
    if (current) throw conflict(`${person.name} already takes part in this working group`, {}, 'personId');
    return this.insert(new WorkingGroupMembership(group, person, input.role, input.since ?? today()));
  }

  update(id: string, input: UpdateWorkingGroupMembershipInput): Promise<WorkingGroupMembership> {
    return this.modify(id, input.expectedVersion, (membership) => {
      applyPatch(membership, input, ['role', 'since', 'until']);
      if (membership.until && membership.until < membership.since) throw invalidInput('until', 'must not be before the start date');
    });
  }
}
