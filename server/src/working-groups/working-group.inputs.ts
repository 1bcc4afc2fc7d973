import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Length, MaxLength } from 'class-validator';
import { WorkingGroupRole } from './working-group.entity.js';

@InputType()
export class CreateWorkingGroupInput {
  @Field({ description: 'The focus area: each has exactly one working group.' })
  focusAreaCode!: string;

  @Field()
  @Length(3, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class UpdateWorkingGroupInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(3, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  description?: string | null;
}

@InputType()
export class AddWorkingGroupMemberInput {
  @Field(() => ID)
  workingGroupId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => WorkingGroupRole, { defaultValue: WorkingGroupRole.PARTICIPANT })
  role: WorkingGroupRole = WorkingGroupRole.PARTICIPANT;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when omitted.' })
  since?: string;
}

@InputType()
export class UpdateWorkingGroupMembershipInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => WorkingGroupRole, { nullable: true })
  role?: WorkingGroupRole;

  @Field(() => GraphQLLocalDate, { nullable: true })
  since?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of participation; null reopens it.' })
  until?: string | null;
}
