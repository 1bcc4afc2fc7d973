import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalIdOrThrow } from '../common/persistence.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { personSpec } from './person.query.js';
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

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Person, personSpec, options, page, info);
  }
}
