import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../common/entities.base.js';

export enum RegionKind {
  ITU_D = 'ITU_D',
  M49_REGION = 'M49_REGION',
  M49_SUB_REGION = 'M49_SUB_REGION',
  M49_INTERMEDIATE_REGION = 'M49_INTERMEDIATE_REGION',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  valuesConfig: {
    ITU_D: { description: 'One of the six ITU-D regions (Africa, Americas, Arab States, Asia-Pacific, CIS, Europe).' },
    M49_REGION: { description: 'A UN M49 region (Africa, Americas, Asia, Europe, Oceania).' },
    M49_SUB_REGION: { description: 'A UN M49 sub-region, such as Western Africa.' },
    M49_INTERMEDIATE_REGION: { description: 'A UN M49 intermediate region, such as Caribbean.' },
  },
});

@ObjectType({ implements: Node, description: 'A region: ITU-D or UN M49.' })
@Entity()
@Unique({ properties: ['kind', 'code'] })
export class Region extends Node {
  @Field(() => RegionKind)
  @Enum({ items: () => RegionKind, nativeEnumName: 'region_kind' })
  kind: RegionKind;

  @Field({ description: 'ITU-D region code (AFRICA, ...) or the three-digit M49 code.' })
  @Property()
  code: string;

  @Field()
  @Property()
  name: string;

  @ManyToOne(() => Region, { nullable: true })
  parent?: Rel<Region>;

  constructor(kind: RegionKind, code: string, name: string, parent?: Region) {
    super();
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.parent = parent;
  }
}
