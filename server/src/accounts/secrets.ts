import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import argon2 from 'argon2';

/**
 * Each argon2 run takes 64 MiB and four threads for tens of milliseconds: run all at once, fifty logins
 * would take every core from the requests that need none. They take turns, as many at once as there
 * are cores for their threads.
 */
const ARGON2_AT_ONCE = Math.max(1, Math.floor(availableParallelism() / 4));
let argon2Running = 0;
const argon2Waiting: (() => void)[] = [];

async function takingTurns<T>(work: () => Promise<T>): Promise<T> {
  if (argon2Running < ARGON2_AT_ONCE) argon2Running += 1;
  else await new Promise<void>((resolve) => argon2Waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = argon2Waiting.shift();
    if (next) next();
    else argon2Running -= 1;
  }
}

export const hashPassword = (password: string) => takingTurns(() => argon2.hash(password, { type: argon2.argon2id }));

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await takingTurns(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

/** A random secret and the hash under which it is stored: secrets themselves are never stored. */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
