import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../common/context.js';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalIdOrThrow } from '../common/persistence.js';
import { conflict, forbidden, invalidInput, notFound, unauthenticated } from '../common/errors.js';
import type { PageArgs } from '../common/pagination.js';
import type { GraphQLResolveInfo } from 'graphql';
import { listOf, type ListOptions } from '../common/query/list.js';
import { accountSpec } from './account.query.js';
import { isStaff, Role } from '../common/viewer.js';
import { logger } from '../common/logger.js';
import { idOf } from '../common/global-id.js';
import { Member } from '../members/member.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Account, ApiToken, Invitation, PasswordReset, Session } from './account.entity.js';
import { LoginThrottle } from './login-throttle.js';
import { inTransaction } from '../common/transaction.js';
import { NotificationService } from '../notifications/notification.service.js';
import { generatePassword, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import type { ChangePasswordInput, CreateAccountInput, CreatedApiToken, LoginInput, UpdateAccountInput } from './account.inputs.js';

/** Hash of a password nobody has, so that unknown e-mails cost the same time as wrong passwords. */
const DECOY_HASH = hashPassword(generatePassword());
const INVITATION_DAYS = 7;
const RESET_MINUTES = 60;
const RESETS_PER_HOUR = 3;

export class AccountService extends CuratedService<Account> {
  protected readonly entity = Account;
  protected readonly audited = ['email', 'displayName', 'role', 'members'] as const;

  constructor(
    ctx: Context,
    private readonly sessionDays = 14,
  ) {
    super(ctx);
  }

  /**
   * The password is checked with no connection held, since argon2 takes tens of milliseconds a try. A
   * failure is written on its own, so that nothing rolls it back; a success, with its session, in one
   * short transaction.
   */
  async login(input: LoginInput): Promise<{ account: Account; token: string; expiresAt: Date }> {
    const email = input.email.trim().toLowerCase();
    const throttle = new LoginThrottle(email, this.ctx.http?.req.ip);
    await throttle.assertAllowed(this.em);
    const account = await this.em.findOne(Account, { email }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(account?.passwordHash ?? (await DECOY_HASH), input.password);
    if (!account || !valid || account.isArchived) {
      await throttle.recordFailure(this.em);
      throw unauthenticated('Wrong e-mail address or password');
    }
    const { secret, hash } = newSecret('s_');
    const expiresAt = new Date(Date.now() + this.sessionDays * 24 * 3600 * 1000);
    const loggedInAt = new Date();
    await inTransaction(this.ctx, async (em) => {
      await throttle.clearEmail(em);
      // Not an edit of the account: its version stays, so that logins at once on other devices do not conflict.
      await em.nativeUpdate(Account, { id: account.id }, { lastLoginAt: loggedInAt });
      em.persist(new Session(hash, account, expiresAt));
      await em.flush();
    });
    account.lastLoginAt = loggedInAt;
    return { account, token: secret, expiresAt };
  }

  /**
   * Sends a single-use code, valid an hour, to set a new password, if the address is an active account's
   * (at most 3 an hour per account). The answer is the same either way, so that no one learns who has an account.
   */
  async requestPasswordReset(email: string): Promise<boolean> {
    const account = await this.em.findOne(Account, { email: email.trim().toLowerCase(), archivedAt: null });
    if (!account) return true;
    if ((await this.em.count(PasswordReset, { account, createdAt: { $gt: new Date(Date.now() - 3600_000) } })) >= RESETS_PER_HOUR) return true;
    const { secret, hash } = newSecret('p2c_reset_');
    this.em.persist(new PasswordReset(hash, account, new Date(Date.now() + RESET_MINUTES * 60_000)));
    await new NotificationService(this.em).toAccount(account, {
      topic: 'account.passwordReset',
      subject: 'Set a new password for Partner2Connect',
      body: `Someone asked to set a new password for this account. If it was you, use this code within ${RESET_MINUTES} minutes:\n\n${secret}\n\nIf it was not, ignore this message: the password stays as it is.`,
      record: account,
    });
    await this.em.flush();
    return true;
  }

  /** Sets a new password with a reset code, which then no longer works, and ends every session of the account. */
  async resetPassword(token: string, password: string): Promise<boolean> {
    await this.setPasswordWith(PasswordReset, token, password, 'this code is not valid (unknown, used or expired)', async (em, account) => {
      await em.nativeDelete(Session, { account });
      new AuditService(em, this.ctx.viewer).record('account.resetPassword', account, {});
    });
    return true;
  }

  async logout(sessionToken: string | undefined): Promise<boolean> {
    if (!sessionToken) return false;
    return (await this.em.nativeDelete(Session, { tokenHash: hashSecret(sessionToken) })) > 0;
  }

  async viewerAccount(): Promise<Account | null> {
    const viewer = this.ctx.viewer;
    return viewer.kind === 'account' ? this.em.findOne(Account, { id: viewer.accountId }) : null;
  }

  /**
   * A pledger account for someone who has none yet, with an unknown password,
   * and a single-use invitation to set one; the secret is returned once and
   * only its hash is stored.
   */
  async invite(email: string, displayName: string, memberId: string, validDays = INVITATION_DAYS): Promise<{ account: Account; token: string }> {
    const account = await this.create({ email, displayName, role: Role.PLEDGER, password: generatePassword(), memberIds: [memberId] });
    const { secret, hash } = newSecret('p2c_inv_');
    this.em.persist(new Invitation(hash, account, new Date(Date.now() + validDays * 24 * 3600 * 1000)));
    await this.em.flush();
    return { account, token: secret };
  }

  /** Sets the password of an invited account; the invitation then no longer works. Unknown, used and expired invitations look alike. */
  async acceptInvitation(token: string, password: string): Promise<Account> {
    return this.setPasswordWith(Invitation, token, password, 'this invitation is not valid (unknown, used or expired)', async (em, account) => {
      new AuditService(em, this.ctx.viewer).record('account.acceptInvitation', account, {});
    });
  }

  /**
   * The code is checked and the password hashed with no connection held; the code is then taken in one
   * short transaction with the change, so that of two uses at once only one wins.
   */
  private async setPasswordWith(
    kind: typeof Invitation | typeof PasswordReset,
    token: string,
    password: string,
    refusal: string,
    alongside: (em: EntityManager, account: Account) => Promise<void>,
  ): Promise<Account> {
    const tokenHash = hashSecret(token);
    const code = await this.em.findOne(kind, { tokenHash }, { populate: ['account'] });
    if (!code || !code.isUsable() || code.account.isArchived) throw invalidInput('token', refusal);
    const passwordHash = await hashPassword(password);
    const account = code.account;
    await inTransaction(this.ctx, async (em) => {
      if (!(await em.nativeUpdate(kind, { tokenHash, usedAt: null }, { usedAt: new Date() }))) throw invalidInput('token', refusal);
      account.passwordHash = passwordHash;
      await alongside(em, account);
      await em.flush();
    });
    return account;
  }

  async create(input: CreateAccountInput): Promise<Account> {
    const email = input.email.trim().toLowerCase();
    if (await this.em.count(Account, { email })) throw conflict('An account with this e-mail address already exists', {}, 'email');
    const account = new Account(email, input.displayName.trim(), input.role, await hashPassword(input.password));
    await this.assignMembers(account, input.memberIds ?? []);
    return this.insert(account);
  }

  update(id: string, input: UpdateAccountInput): Promise<Account> {
    return this.modify(id, input.expectedVersion, async (account) => {
      await this.em.populate(account, ['members']);
      if (input.role && input.role !== Role.ADMIN && account.role === Role.ADMIN) await this.assertNotLastAdmin(account);
      applyPatch(account, input, ['displayName', 'role']);
      if (input.memberIds) await this.assignMembers(account, input.memberIds);
      if (input.password) {
        account.passwordHash = await hashPassword(input.password);
        await this.em.nativeDelete(Session, { account });
      }
    });
  }

  /** Deactivates an account: it can no longer log in, and its sessions and tokens stop working. */
  async deactivate(id: string, expectedVersion?: number): Promise<Account> {
    const account = await this.findOrThrow(id);
    if (this.ctx.viewer.kind === 'account' && this.ctx.viewer.accountId === account.id) throw invalidInput('id', 'you cannot deactivate your own account');
    if (account.role === Role.ADMIN) await this.assertNotLastAdmin(account);
    await this.em.nativeDelete(Session, { account });
    await this.em.nativeUpdate(ApiToken, { account, revokedAt: null }, { revokedAt: new Date() });
    return this.archive(id, expectedVersion);
  }

  /** Both argon2 steps, checking the current password and hashing the new one, run before the transaction opens. */
  async changePassword(input: ChangePasswordInput): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'account') throw unauthenticated();
    const account = await this.em.findOneOrFail(Account, { id: viewer.accountId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) throw invalidInput('currentPassword', 'is not the current password');
    const newHash = await hashPassword(input.newPassword);
    // The account's version makes a change of the password in the meantime a CONFLICT rather than lost.
    await inTransaction(this.ctx, async (em) => {
      account.passwordHash = newHash;
      await em.nativeDelete(Session, { account });
      new AuditService(em, viewer).record('account.changePassword', account, {});
      await em.flush();
    });
    return true;
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Account, accountSpec, options, page, info);
  }

  async createApiToken(name: string): Promise<CreatedApiToken> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'account') throw unauthenticated();
    const { secret, hash } = newSecret('p2c_');
    const apiToken = new ApiToken(this.em.getReference(Account, viewer.accountId), name.trim(), hash, secret.slice(0, 10));
    await this.em.persist(apiToken).flush();
    new AuditService(this.em, viewer).record('apiToken.create', apiToken, { name: { before: null, after: apiToken.name } });
    await this.em.flush();
    return { apiToken, token: secret };
  }

  async revokeApiToken(id: string): Promise<ApiToken> {
    const viewer = this.ctx.viewer;
    const token = await this.em.findOne(ApiToken, { id: idOf('ApiToken', id) });
    if (!token || viewer.kind !== 'account' || (token.account.id !== viewer.accountId && viewer.role !== Role.ADMIN)) throw notFound('ApiToken', id);
    token.revokedAt ??= new Date();
    new AuditService(this.em, viewer).record('apiToken.revoke', token, { revokedAt: { before: null, after: token.revokedAt.toISOString() } });
    await this.em.flush();
    return token;
  }

  apiTokens(): Promise<ApiToken[]> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'account') return Promise.resolve([]);
    return this.em.find(ApiToken, { account: viewer.accountId }, { orderBy: { createdAt: 'desc' } });
  }

  private async assignMembers(account: Account, memberIds: readonly string[]): Promise<void> {
    const members = await Promise.all(memberIds.map((id) => findByGlobalIdOrThrow(this.em, Member, id, 'memberIds')));
    if (members.length && account.role !== Role.PLEDGER) throw invalidInput('memberIds', 'only pledgers represent members');
    account.members.set(members);
  }

  private async assertNotLastAdmin(account: Account): Promise<void> {
    const admins = await this.em.count(Account, { role: Role.ADMIN, archivedAt: null, id: { $ne: account.id } });
    if (admins === 0) throw forbidden('The last active admin cannot be demoted or deactivated');
  }
}

/** An empty database gets its first admin from ADMIN_EMAIL / ADMIN_PASSWORD, or generated credentials printed once. */
export async function ensureAdminAccount(em: EntityManager, email?: string, password?: string): Promise<void> {
  if ((await em.count(Account, {})) > 0) return;
  const adminEmail = (email ?? 'admin@p2c.local').toLowerCase();
  const adminPassword = password ?? generatePassword();
  await em.persist(new Account(adminEmail, 'Administrator', Role.ADMIN, await hashPassword(adminPassword))).flush();
  if (!password) {
    console.log(`\n  Created the first admin account (shown once):\n    e-mail:   ${adminEmail}\n    password: ${adminPassword}\n`);
  } else {
    logger.info({ email: adminEmail }, 'created the first admin account');
  }
}
