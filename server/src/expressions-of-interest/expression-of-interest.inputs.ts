import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Sector } from '../members/member.entity.js';

@InputType({ description: 'An organisation asking to join the coalition.' })
export class SubmitExpressionOfInterestInput {
  @Field()
  @Length(2, 200)
  organizationName!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the home country.' })
  @Length(2, 2)
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;

  @Field()
  @Length(2, 200)
  contactName!: string;

  @Field()
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  @Field(() => String, { nullable: true, description: 'International format, such as +41 22 730 5111.' })
  @IsOptional()
  @Matches(/^\+[1-9][0-9 ]{6,20}$/, { message: 'must be an international number such as +41 22 730 5111' })
  contactPhone?: string;

  @Field(() => [String], { description: 'Codes of the focus areas of interest: at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  focusAreaCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  message?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Length(10, 200)
  token!: string;

  @Field()
  @Length(12, 200)
  password!: string;
}
