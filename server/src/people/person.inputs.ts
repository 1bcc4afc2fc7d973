import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsPhoneNumber, Length, MaxLength } from 'class-validator';

@InputType()
export class CreatePersonInput {
  @Field()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true, description: 'International format, such as +41 22 730 5111.' })
  @IsPhoneNumber()
  phone?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  jobTitle?: string;

  @Field(() => ID, { nullable: true, description: 'The member the person works for.' })
  memberId?: string;
}

@InputType({ description: 'Changes to a person; omitted fields stay as they are, null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsPhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;
}
