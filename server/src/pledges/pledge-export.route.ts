import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { ErrorCode, invalidInput, toAppError } from '../common/errors.js';
import { logger } from '../common/logger.js';
import { rateLimit, type RateLimiter } from '../common/rate-limit.js';
import { argumentValueOf } from '../common/query/input-value.js';
import type { OrderInput } from '../common/query/list.js';
import type { Sql } from '../common/query/sql.js';
import { CSV, JSON_ARRAY, pledgeExportQuery, readPledgeExport, type PledgeExportFormat, type PledgeExportOptions } from './pledge-export.js';

const PARAMETERS = ['filter', 'search', 'orderBy'] as const;

/**
 * Each export holds a pooled connection (10 per process) for as long as its client downloads: beyond this many
 * at once, callers are asked to come back rather than starving the GraphQL API of connections.
 */
const MAX_CONCURRENT_EXPORTS = 3;
const RETRY_AFTER_SECONDS = 10;
/** A client that reads nothing for this long is dropped, so that a stalled download does not hold its snapshot and connection. */
const STALLED_MS = 60_000;

/** The query string as the export's options, each parameter checked as the `pledges` query would check it. */
async function optionsOf(query: Record<string, unknown>, schema: GraphQLSchema, suggestions: boolean): Promise<PledgeExportOptions> {
  for (const key of Object.keys(query)) {
    if (!(PARAMETERS as readonly string[]).includes(key)) throw invalidInput(key, `is not a parameter of the export; it takes ${PARAMETERS.join(', ')}`);
  }
  const text = (name: (typeof PARAMETERS)[number]): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw invalidInput(name, 'must be given once, as text');
    return value;
  };
  const json = (name: 'filter' | 'orderBy', type: string): Promise<unknown> | undefined => {
    const given = text(name);
    if (given === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(given);
    } catch (error) {
      throw invalidInput(name, `is not valid JSON (${(error as Error).message})`);
    }
    return argumentValueOf(schema, name, type, value, { suggestions });
  };
  return {
    filter: (await json('filter', 'PledgeFilter')) as object | undefined,
    search: text('search'),
    orderBy: (await json('orderBy', '[PledgeOrder!]')) as OrderInput[] | undefined,
  };
}

const errorBody = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/**
 * `GET /open-data/pledges.csv` and `/open-data/pledges.json`: every published pledge a `PledgeFilter` (and
 * optionally `search` and `orderBy`) selects, streamed as a file, whoever asks. See README, "Open data".
 */
export function openDataRouter(deps: { orm: MikroORM; schema: GraphQLSchema; limiter: RateLimiter; config: Config }): Router {
  const { orm, schema, limiter, config } = deps;
  let running = 0;

  const exportAs = (format: PledgeExportFormat) => async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId);
    const failed = (error: unknown) => {
      const expected = toAppError(error);
      const busy = expected?.code === ErrorCode.SERVICE_UNAVAILABLE;
      if (!busy) logger.error({ err: error, requestId }, 'open data export failed');
      if (res.headersSent) return void res.destroy();
      for (const header of ['Content-Disposition', 'Cache-Control']) res.removeHeader(header);
      if (busy) {
        res.setHeader('Retry-After', String(expected.details.retryAfterSeconds));
        return void res.status(503).json(errorBody(expected.message, { code: expected.code, ...expected.details }));
      }
      res.status(500).json(errorBody('Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId }));
    };
    let query: Sql;
    try {
      query = pledgeExportQuery(await optionsOf(req.query as Record<string, unknown>, schema, !config.production));
    } catch (error) {
      const bad = toAppError(error);
      if (bad?.code !== ErrorCode.BAD_USER_INPUT) return failed(error);
      return void res.status(400).json(errorBody(bad.message, { code: bad.code, field: bad.problems[0]?.field ?? null, problems: bad.problems }));
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return void res.status(429).json(errorBody(`${MAX_CONCURRENT_EXPORTS} exports are already running; try again in ${RETRY_AFTER_SECONDS} s`, { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: RETRY_AFTER_SECONDS }));
    }

    res.setHeader('Content-Type', format.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="p2c-pledges-${new Date().toISOString().slice(0, 10)}.${format.extension}"`);
    res.setHeader('Cache-Control', 'public, max-age=300');
    // Open data: any site may read it from a browser; no credentials are ever honoured here.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, x-request-id');
    if (req.method === 'HEAD') return void res.end();

    running += 1;
    let gone = false;
    res.on('close', () => (gone = true));
    res.setTimeout(STALLED_MS, () => res.destroy());
    const writer = format.writer();
    let started = false;
    // The first batch goes out with the opening, so that a statement failing at once still gets an error answer.
    const send = async (text: string): Promise<boolean> => {
      const chunk = started ? text : writer.start + text;
      started = true;
      if (gone) return false;
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const resume = () => {
            res.off('drain', resume);
            res.off('close', resume);
            resolve();
          };
          res.on('drain', resume);
          res.on('close', resume);
        });
      }
      return !gone;
    };
    try {
      const rows = await readPledgeExport(orm.em.fork(), query, (batch) => send(writer.rows(batch)));
      if (gone) logger.info({ requestId, rows }, 'open data export left by its client');
      else res.end(started ? writer.end : writer.start + writer.end);
    } catch (error) {
      failed(error);
    } finally {
      running -= 1;
    }
  };

  const router = express.Router();
  router.use(rateLimit(limiter, config.rateLimits));
  router.get('/pledges.csv', exportAs(CSV));
  router.get('/pledges.json', exportAs(JSON_ARRAY));
  return router;
}
