import { Field, InputType, Int } from 'type-graphql';
import { IsUrl, Length, MaxLength } from 'class-validator';
import { Sector } from './member.entity.js';

@InputType({ description: 'A new member entity.' })
export class CreateMemberInput {
  @Field()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(30)
  acronym?: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the home country.' })
  @Length(2, 2)
  countryCode!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  champion?: boolean;

  @Field(() => String, { nullable: true })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string;
}

@InputType({ description: 'Changes to a member; omitted fields stay as they are, null clears an optional field.' })
export class UpdateMemberInput {
  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale version is a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(30)
  acronym?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => String, { nullable: true })
  @Length(2, 2)
  countryCode?: string;

  @Field(() => Boolean, { nullable: true })
  champion?: boolean;

  @Field(() => String, { nullable: true })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string | null;
}
