import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Viewer } from '../common/viewer.js';
import { unauthenticated } from '../common/errors.js';
import { Account, ApiToken, Session } from './account.entity.js';
import { hashSecret, newSecret } from './secrets.js';

export const SESSION_COOKIE = 'p2c_session';
const TOKEN_TOUCH_INTERVAL_MS = 60_000;
/** A session's secret is replaced once a day: a stolen cookie works for a day at most, not the whole session. */
export const ROTATE_AFTER_MS = 24 * 3600_000;
/** The replaced secret keeps working a little, for the console's requests already on their way with it. */
const ROTATION_GRACE_MS = 60_000;

/** The session cookie's attributes: httpOnly, same-site, secure over HTTPS, ending with the session. */
export const sessionCookieOptions = (req: Request, expires: Date) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/', expires });

async function rotate(em: EntityManager, session: Session, rotated: (token: string, expiresAt: Date) => void): Promise<void> {
  const { secret, hash } = newSecret('s_');
  await em.insert(Session, { tokenHash: hash, account: session.account.id, createdAt: new Date(), expiresAt: session.expiresAt });
  await em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { expiresAt: new Date(Math.min(session.expiresAt.getTime(), Date.now() + ROTATION_GRACE_MS)) });
  rotated(secret, session.expiresAt);
}

/** Where a caller's credentials are read from: an HTTP request, or a WebSocket's upgrade request and init message. */
export type Credentials = Pick<IncomingMessage, 'headers'>;

export function readCookie(req: Credentials, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function readBearer(req: Credentials): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return match[1];
}

async function viewerOf(em: EntityManager, account: Account): Promise<Viewer> {
  const rows: { member_id: number }[] = await em.execute('select member_id from account_member where account_id = ?', [account.id], 'all', em.getLoggerContext());
  return { kind: 'account', accountId: account.id, role: account.role, memberIds: new Set(rows.map((r) => Number(r.member_id))) };
}

/**
 * Who is calling: a bearer API token, else the console's session cookie,
 * else the anonymous public. A token that is presented but unknown, revoked
 * or expired is an error rather than a silent downgrade to anonymous.
 */
export async function authenticate(em: EntityManager, req: Credentials, rotated?: (token: string, expiresAt: Date) => void): Promise<Viewer> {
  const bearer = readBearer(req);
  if (bearer) {
    const token = await em.findOne(ApiToken, { tokenHash: hashSecret(bearer), revokedAt: null }, { populate: ['account'] });
    if (!token || token.account.isArchived) throw unauthenticated('The API token is not valid');
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOKEN_TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
    }
    return viewerOf(em, token.account);
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  if (cookie) {
    const session = await em.findOne(Session, { tokenHash: hashSecret(cookie), expiresAt: { $gt: new Date() } }, { populate: ['account'] });
    if (session && !session.account.isArchived) {
      if (rotated && Date.now() - session.createdAt.getTime() > ROTATE_AFTER_MS) await rotate(em, session, rotated);
      return viewerOf(em, session.account);
    }
  }
  return ANONYMOUS;
}
