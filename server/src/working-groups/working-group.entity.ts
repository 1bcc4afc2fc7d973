import { Collection, Entity, Enum, ManyToOne, OneToMany, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Person } from '../people/person.entity.js';
import { invalidInput } from '../common/errors.js';

export enum WorkingGroupRole {
  LEADER = 'LEADER',
  PARTICIPANT = 'PARTICIPANT',
}
registerEnumType(WorkingGroupRole, {
  name: 'WorkingGroupRole',
  valuesConfig: { LEADER: { description: 'Focus-area leader.' } },
});

@ObjectType({ implements: Curated, description: 'The working group of a focus area.' })
@Entity()
export class WorkingGroup extends Curated {
  @OneToOne(() => FocusArea, { owner: true, unique: true })
  focusArea: Rel<FocusArea>;

  @Field()
  @Property()
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @OneToMany(() => WorkingGroupMembership, (m) => m.workingGroup)
  memberships = new Collection<WorkingGroupMembership>(this);

  constructor(focusArea: FocusArea, name: string) {
    super();
    this.focusArea = focusArea;
    this.name = name;
  }
}

@ObjectType({ implements: Curated, description: 'A person\'s participation in a working group, with a role and dates.' })
@Entity()
export class WorkingGroupMembership extends Curated {
  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup: Rel<WorkingGroup>;

  @ManyToOne(() => Person, { index: true })
  person: Rel<Person>;

  @Field(() => WorkingGroupRole)
  @Enum({ items: () => WorkingGroupRole, nativeEnumName: 'working_group_role' })
  role: WorkingGroupRole;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  since: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the participation; null while it lasts.' })
  @Property({ type: 'date', nullable: true })
  until?: string;

  constructor(workingGroup: WorkingGroup, person: Person, role: WorkingGroupRole, since: string) {
    super();
    this.workingGroup = workingGroup;
    this.person = person;
    this.role = role;
    this.since = since;
  }

  end(until: string): void {
    if (until < this.since) throw invalidInput('until', 'must not be before the start date');
    this.until = until;
  }
}
