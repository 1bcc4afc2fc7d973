import { Field, InputType, Int } from 'type-graphql';
import { Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreatePillarInput {
  @Field({ description: 'ACCESS, ADOPTION, VALUE_CREATION or ACCELERATE.' })
  focusAreaCode!: string;

  @Field()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL-friendly name; derived from the name when omitted.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case words separated by dashes' })
  @MaxLength(80)
  slug?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  published?: boolean;
}

@InputType()
export class UpdatePillarInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  published?: boolean;
}
