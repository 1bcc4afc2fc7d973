import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, Length, MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Role } from '../common/viewer.js';
import { Account, ApiToken } from './account.entity.js';

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254)
  email!: string;

  @Field()
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'A successful login: the session is in an httpOnly cookie. Scripts and frontends use API tokens instead.' })
export class LoginPayload {
  @Field(() => Account)
  account!: Account;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;
}

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(2, 200)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'At least 12 characters.' })
  @Length(12, 200)
  password!: string;

  @Field(() => [ID], { nullable: true, description: 'For pledgers: the members they are focal point of.' })
  @ArrayMaxSize(100)
  memberIds?: string[];
}

@InputType()
export class UpdateAccountInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(2, 200)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(100)
  memberIds?: string[];

  @Field(() => String, { nullable: true, description: 'Sets a new password (at least 12 characters) and ends the account\'s sessions.' })
  @Length(12, 200)
  password?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters.' })
  @Length(12, 200)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The code sent by requestPasswordReset.' })
  @Length(10, 200)
  token!: string;

  @Field({ description: 'At least 12 characters.' })
  @Length(12, 200)
  password!: string;
}

@ObjectType({ description: 'A new API token. The secret is shown only here: store it now.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;
}
