import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalIdOrThrow } from '../common/persistence.js';
import { paginate, SortDirection, type PageArgs } from '../common/pagination.js';
import { escapeLike } from '../common/text.js';
import { hasRole, isStaff, Role } from '../common/viewer.js';
import { conflict } from '../common/errors.js';
import { Member } from '../members/member.entity.js';
import { Person } from './person.entity.js';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';

export class PersonService extends CuratedService<Person> {
  protected readonly entity = Person;
  protected readonly audited = ['name', 'email', 'phone', 'jobTitle', 'member'] as const;

  async create(input: CreatePersonInput): Promise<Person> {
    const person = new Person(input.name.trim());
    await this.assign(person, input);
    return this.insert(person);
  }

  update(id: string, input: UpdatePersonInput): Promise<Person> {
    return this.modify(id, input.expectedVersion, (person) => this.assign(person, input));
  }

  private async assign(person: Person, input: CreatePersonInput | UpdatePersonInput): Promise<void> {
    const email = input.email?.trim().toLowerCase();
    if (email && email !== person.email && (await this.em.count(Person, { email }))) {
      throw conflict('Another person already has this e-mail address', {}, 'email');
    }
    if (input.memberId !== undefined) {
      person.member = input.memberId === null ? undefined : await findByGlobalIdOrThrow(this.em, Member, input.memberId, 'memberId');
    }
    applyPatch(person, { ...input, name: input.name?.trim(), email }, ['name', 'email', 'phone', 'jobTitle']);
  }

  /** Staff and organizers see everyone; a pledger sees the people of the members they represent. */
  list(search: string | undefined, memberId: number | undefined, page: PageArgs, info?: GraphQLResolveInfo) {
    const viewer = this.ctx.viewer;
    const where: FilterQuery<Person>[] = [{ archivedAt: null }];
    if (!isStaff(viewer) && !hasRole(viewer, Role.ORGANIZER)) {
      where.push({ member: { $in: viewer.kind === 'account' ? [...viewer.memberIds] : [] } });
    }
    if (memberId !== undefined) where.push({ member: memberId });
    if (search) where.push({ name: { $ilike: `%${escapeLike(search)}%` } });
    return paginate(this.em, Person, { $and: where }, page, [{ field: 'name', direction: SortDirection.ASC }], info);
  }
}
