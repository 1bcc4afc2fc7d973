import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Curated } from '../common/entities.base.js';
import { FocusArea } from './focus-area.entity.js';

@ObjectType({ implements: Curated, description: 'A pillar of a focus area, such as Affordability under ACCESS. Pillars are data: they change and are not all published.' })
@Entity()
@Unique({ properties: ['focusArea', 'slug'] })
export class Pillar extends Curated {
  @ManyToOne(() => FocusArea)
  focusArea: Rel<FocusArea>;

  @Field()
  @Property()
  slug: string;

  @Field()
  @Property()
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field({ description: 'Unpublished pillars are visible to staff only.' })
  @Property()
  published: boolean;

  constructor(focusArea: Rel<FocusArea>, slug: string, name: string, published = true) {
    super();
    this.focusArea = focusArea;
    this.slug = slug;
    this.name = name;
    this.published = published;
  }

  get isPublic(): boolean {
    return this.published && !this.isArchived;
  }
}
