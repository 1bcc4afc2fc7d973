import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Curated } from '../common/entities.base.js';
import { Member } from '../members/member.entity.js';
import { Allow, Rules } from '../common/authorization.js';
import { isStaff, representsMember } from '../common/viewer.js';

const CONTACT_DETAILS = Rules.custom(
  'admins, curators, organizers and the focal points of the person\'s member',
  (viewer, root) =>
    isStaff(viewer) ||
    (viewer.kind === 'account' && viewer.role === 'ORGANIZER') ||
    representsMember(viewer, (root as Person).member?.id),
);

@ObjectType({ implements: Curated, description: 'A person: a member\'s focal point, a working group participant or leader. Contact details are personal data.' })
@Entity()
export class Person extends Curated {
  @Field()
  @Property()
  name: string;

  @Field(() => String, { nullable: true, description: 'Personal data: null unless the viewer is staff, an organizer or a focal point of the same member.' })
  @Allow(CONTACT_DETAILS, { mask: true })
  @Property({ nullable: true, unique: true })
  email?: string;

  @Field(() => String, { nullable: true, description: 'Personal data: null unless the viewer is staff, an organizer or a focal point of the same member.' })
  @Allow(CONTACT_DETAILS, { mask: true })
  @Property({ nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  jobTitle?: string;

  @ManyToOne(() => Member, { nullable: true, index: true })
  member?: Rel<Member>;

  constructor(name: string) {
    super();
    this.name = name;
  }
}
