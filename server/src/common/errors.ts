import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DeadlockException, DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { knex } from '@mikro-orm/postgresql';
import type { ValidationError } from 'class-validator';
import { logger } from './logger.js';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected failure: reported to the client with its code and the fields it concerns. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>,
    message: string,
    readonly problems: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalidInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, [{ field, message }]);
export const notFound = (type: string, id: unknown, field = 'id') =>
  new AppError(ErrorCode.NOT_FOUND, `${type} ${String(id)} was not found`, [{ field, message: 'not found' }]);
export const forbidden = (message = 'You are not allowed to do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'You must be logged in') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const invalidState = (message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.INVALID_STATE, message, [], details);
export const rateLimited = (message: string, retryAfterSeconds: number) => new AppError(ErrorCode.RATE_LIMITED, message, [], { retryAfterSeconds });
export const serviceUnavailable = (message: string, retryAfterSeconds: number) => new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, [], { retryAfterSeconds });
export const conflict = (message: string, details: Record<string, unknown> = {}, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, field ? [{ field, message }] : [], details);

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** How long a caller turned away for want of a database connection is asked to wait: the pool frees up within moments. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** No pooled connection came free within the acquire timeout (the ORM wraps knex's error, keeping its message). */
function isPoolExhausted(error: unknown): boolean {
  if (error instanceof knex.KnexTimeoutError) return true;
  return error instanceof DriverException && error.message.startsWith('Knex: Timeout acquiring a connection');
}

/** The SQLSTATE of an allocation beyond a pledge's value or a need's gap. */
const CAPACITY_EXCEEDED = 'P2C01';

/** The expected error an exception stands for (ORM conflicts and unique violations included), or undefined for a bug. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ArgumentValidationError) {
    const problems = flattenValidationErrors(error.extensions.validationErrors as unknown as ValidationError[]);
    return new AppError(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
  if (error instanceof OptimisticLockError) {
    return conflict('The record was changed by someone else; reload it and try again');
  }
  if (error instanceof DriverException && error.code === CAPACITY_EXCEEDED) {
    // Raised by the database's capacity trigger (see the matchmaking migration): "field|available|what".
    const [field, available, what] = ((error as { detail?: string }).detail ?? '').split('|');
    return conflict(`This would allocate more than the ${what ?? 'record'} has left (USD ${available ?? '0'} available)`, { availableUsd: available ?? null }, field);
  }
  if (isPoolExhausted(error)) return serviceUnavailable('The service is busy; try again in a moment', BUSY_RETRY_AFTER_SECONDS);
  if (error instanceof DeadlockException) return conflict('Another change got in the way; try again');
  if (error instanceof UniqueConstraintViolationException) {
    const column = /Key \(([a-z_]+)\)/.exec((error as { detail?: string }).detail ?? '')?.[1];
    const field = column?.replace(/_id$/, '').replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    return conflict('A record with the same unique values already exists', {}, field);
  }
  return undefined;
}

function extensionsFor(error: AppError): Record<string, unknown> {
  const code = error.code;
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.CONFLICT:
    case ErrorCode.INVALID_STATE:
    case ErrorCode.NOT_FOUND:
      return { code, field: error.problems[0]?.field ?? null, problems: error.problems, ...error.details };
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
      return { code };
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.SERVICE_UNAVAILABLE:
      return { code, ...error.details };
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}

/**
 * The one place where errors become GraphQL errors: expected ones keep their
 * code and fields, anything else is logged with the request id and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const appError = toAppError(original);
  if (appError) {
    return { message: appError.message, path: formatted.path, locations: formatted.locations, extensions: extensionsFor(appError) };
  }
  if (original instanceof GraphQLError && !(original.originalError)) {
    // graphql-js's own errors (too many invalid variables, say) come without a code: they are the request's fault.
    const code = formatted.extensions?.code;
    return !code || code === ErrorCode.INTERNAL_SERVER_ERROR ? { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } } : formatted;
  }
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}
