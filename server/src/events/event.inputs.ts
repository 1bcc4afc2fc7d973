import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Length, Matches, MaxLength } from 'class-validator';
import { EventKind } from './event.entity.js';

@InputType()
export class CreateEventInput {
  @Field({ description: 'Short unique code, such as WTDC-22.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2-40 upper-case letters, digits and dashes' })
  code!: string;

  @Field()
  @Length(3, 300)
  name!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate)
  endDate!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  city?: string;

  @Field(() => String, { nullable: true })
  @Length(2, 2)
  countryCode?: string;

  @Field(() => ID, { nullable: true, description: 'Region ID; by default the ITU-D region of the country.' })
  regionId?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string;
}

@InputType({ description: 'Changes to an event; omitted fields stay as they are, null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2-40 upper-case letters, digits and dashes' })
  code?: string;

  @Field(() => String, { nullable: true })
  @Length(3, 300)
  name?: string;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @Length(2, 2)
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string | null;
}
