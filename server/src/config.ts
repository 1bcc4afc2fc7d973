import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './common/query-limits.js';
import type { RateLimits } from './common/rate-limit.js';
import type { TrustedDocumentsMode } from './common/trusted-documents.js';

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The folder holding package.json, whether running from sources or from the build. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly adminEmail?: string;
  readonly adminPassword?: string;
  readonly demoData: boolean;
  readonly production: boolean;
  readonly sessionDays: number;
  /** Read results kept per process (0: no cache). */
  readonly queryCacheEntries: number;
  /** Where notifications are sent, as smtp(s)://user:password@host:port; without it they stay queued. */
  readonly smtpUrl?: string;
  readonly smtpFrom: string;
  readonly adminDist: string;
  readonly queryLimits: QueryLimits;
  /** Origins of the frontends allowed to call the API from a browser (CORS), with their cookies. */
  readonly corsOrigins: readonly string[];
  /** Longest a single SQL statement may run, in milliseconds (0: no limit). */
  readonly statementTimeoutMs: number;
  /** Connections the process keeps to PostgreSQL at most. */
  readonly databasePoolSize: number;
  /** How long a request waits for a free connection before it is turned away with SERVICE_UNAVAILABLE (503), in milliseconds. */
  readonly databaseAcquireTimeoutMs: number;
  readonly rateLimits: RateLimits;
  /** `anonymous`: callers without an account may run only the registered documents of the manifest. */
  readonly trustedDocuments: TrustedDocumentsMode;
  /** The registered documents (hash to text), written by `npm run codegen`. */
  readonly trustedDocumentsManifest: string;
  /** Seconds a CDN may keep the answer to an anonymous GET of a registered document. */
  readonly publicCacheMaxAge: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, not "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${values.join(', ')}, not "${raw}"`);
  return raw as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR ?? '.data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_PG_PORT', 54329),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: (env.DEMO_DATA ?? 'true') !== 'false',
    production: env.NODE_ENV === 'production',
    sessionDays: integer(env, 'SESSION_DAYS', 14),
    queryCacheEntries: integer(env, 'QUERY_CACHE_ENTRIES', 500),
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM || 'Partner2Connect <no-reply@partner2connect.example>',
    adminDist: path.resolve(PROJECT_ROOT, 'admin/dist'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 15_000),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10),
    databaseAcquireTimeoutMs: integer(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 2_000),
    trustedDocuments: oneOf<TrustedDocumentsMode>(env, 'TRUSTED_DOCUMENTS', ['off', 'anonymous'], 'off'),
    trustedDocumentsManifest: path.resolve(PROJECT_ROOT, env.TRUSTED_DOCUMENTS_MANIFEST || 'admin/src/gql/persisted-documents.json'),
    publicCacheMaxAge: integer(env, 'PUBLIC_CACHE_MAX_AGE', 60),
    rateLimits: {
      anonymousPerMinute: integer(env, 'RATE_LIMIT_ANONYMOUS', 600),
      authenticatedPerMinute: integer(env, 'RATE_LIMIT_AUTHENTICATED', 3000),
    },
    queryLimits: {
      maxDepth: integer(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
      maxAliases: integer(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
      maxDirectives: integer(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives),
      maxTokens: integer(env, 'QUERY_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens),
      maxBatch: integer(env, 'QUERY_MAX_BATCH', DEFAULT_QUERY_LIMITS.maxBatch),
      maxCost: integer(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
    },
  };
}
