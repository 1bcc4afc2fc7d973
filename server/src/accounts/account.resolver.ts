import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Length } from 'class-validator';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction, TransactionMode } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { Member } from '../members/member.entity.js';
import { Account, ApiToken } from './account.entity.js';
import { AccountService } from './account.service.js';
import { readCookie, SESSION_COOKIE, sessionCookieOptions } from './authentication.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { accountSpec } from './account.query.js';
import { ChangePasswordInput, CreateAccountInput, CreatedApiToken, LoginInput, LoginPayload, ResetPasswordInput, UpdateAccountInput } from './account.inputs.js';


const AccountConnection = ConnectionType(Account);
const AccountFilter = filterInputOf(accountSpec);

@InputType()
class CreateApiTokenInput {
  @Field({ description: 'What the token is for, such as "public dashboard".' })
  @Length(2, 100)
  name!: string;
}

const SELF_OR_ADMIN = Rules.custom('admins and the account itself', (viewer, root) =>
  viewer.kind === 'account' && (viewer.role === 'ADMIN' || viewer.accountId === (root as Account).id),
);

@Resolver(() => Account)
export class AccountResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => Account, { nullable: true, description: 'The logged-in account, or null for anonymous callers.' })
  viewer(@Ctx() ctx: Context) {
    return new AccountService(ctx).viewerAccount();
  }

  @Allow(Rules.ADMIN)
  @Query(() => AccountConnection)
  accounts(
    @Args() page: PageArgs,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new AccountService(ctx).list({ filter }, page, info);
  }

  @Allow(Rules.ADMIN)
  @Query(() => Account, { nullable: true })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).find(id);
  }

  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.PUBLIC)
  @Mutation(() => LoginPayload, { description: 'Logs in with e-mail and password and sets the session cookie.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const { account, token, expiresAt } = await new AccountService(ctx).login(input);
    ctx.http?.res.cookie(SESSION_COOKIE, token, sessionCookieOptions(ctx.http.req, expiresAt));
    return { account, expiresAt };
  }

  @Transaction()
  @Allow(Rules.PUBLIC)
  @Mutation(() => Boolean, { description: 'Ends the session of the cookie; true when there was one.' })
  logout(@Ctx() ctx: Context) {
    ctx.http?.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return new AccountService(ctx).logout(ctx.http ? readCookie(ctx.http.req, SESSION_COOKIE) : undefined);
  }

  @Transaction()
  @Allow(Rules.PUBLIC)
  @Mutation(() => Boolean, {
    description: 'Sends a single-use code, valid an hour, to set a new password to the address if it is an account\'s (at most 3 an hour). Always true: it tells no one who has an account.',
  })
  requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).requestPasswordReset(email);
  }

  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.PUBLIC)
  @Mutation(() => Boolean, { description: 'Sets a new password with a code from requestPasswordReset; the code then no longer works, and every session of the account ends.' })
  resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).resetPassword(input.token, input.password);
  }

  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.AUTHENTICATED)
  @Mutation(() => Boolean, { description: 'Changes the viewer\'s password and ends all their sessions.' })
  changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).changePassword(input);
  }

  @Transaction()
  @Allow(Rules.ADMIN)
  @Mutation(() => Account)
  createAccount(@Arg('input') input: CreateAccountInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.ADMIN)
  @Mutation(() => Account)
  updateAccount(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateAccountInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.ADMIN)
  @Mutation(() => Account, { description: 'The account can no longer log in; its sessions end and its tokens are revoked.' })
  deactivateAccount(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new AccountService(ctx).deactivate(id, expectedVersion);
  }

  @Transaction()
  @Allow(Rules.AUTHENTICATED)
  @Mutation(() => CreatedApiToken, { description: 'A bearer token acting as the viewer.' })
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return new AccountService(ctx).createApiToken(input.name);
  }

  @Transaction()
  @Allow(Rules.AUTHENTICATED)
  @Mutation(() => ApiToken, { description: 'Revokes one of the viewer\'s tokens (admins: anyone\'s).' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new AccountService(ctx).revokeApiToken(id);
  }

  @Allow(SELF_OR_ADMIN, { mask: true })
  @FieldResolver(() => [Member], { nullable: true, description: 'For pledgers: the members they represent.' })
  members(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.loaders.relation(account, 'members');
  }

  @Allow(SELF_OR_ADMIN, { mask: true })
  @FieldResolver(() => [ApiToken], { nullable: true, description: 'The account\'s API tokens (without their secrets).' })
  apiTokens(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.loaders.referencing(ApiToken, 'account', account.id, '-createdAt');
  }
}
