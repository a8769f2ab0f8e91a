import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import type { ErrorBody } from '@gatehouse/contracts/errors';
import { AppError } from '../errors/app-error.js';
import { statusFor } from '../errors/error-codes.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { sqlState } from '../db/sql-state.js';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { LogThrottle } from '../logger.js';
import { locals } from './locals.js';

/** Seconds a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * HTTP 503 with AWS's `ServiceUnavailable` code while the database is down or restarting.
 * Written here rather than as an AppError because ERROR_STATUS (errors/error-codes.ts) has no
 * `ServiceUnavailable: 503` entry yet; once it has, this becomes `new AppError(...)`.
 */
export const SERVICE_UNAVAILABLE = { code: 'ServiceUnavailable', status: 503 } as const;

export function serviceUnavailableBody(requestId: string): ErrorBody {
  return {
    error: {
      code: SERVICE_UNAVAILABLE.code,
      message: `the service is temporarily unavailable: try again in a few seconds (request ${requestId})`,
    },
  };
}

/** body-parser's errors carry a `type`. */
function bodyParserError(err: unknown): AppError | undefined {
  const type = (err as { type?: unknown })?.type;
  if (type === 'entity.parse.failed')
    return new AppError('InvalidInput', 'the request body is not valid JSON');
  if (type === 'entity.too.large')
    return new AppError('InvalidInput', 'the request body is larger than 1 MB');
  if (typeof type === 'string' && type.startsWith('encoding.')) {
    return new AppError('InvalidInput', 'the request body encoding is not supported');
  }
  return undefined;
}

export function zodToAppError(err: ZodError): AppError {
  const fieldErrors = err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = fieldErrors[0];
  const message = first
    ? `invalid \`${first.path || 'request'}\`: ${first.message}`
    : 'the request is not valid';
  return new AppError('ValidationError', message, { fieldErrors });
}

/** Express's own client errors (a path parameter that is not valid percent-encoding, ...). */
function expressClientError(err: unknown): AppError | undefined {
  if (err instanceof URIError) {
    return new AppError('InvalidInput', 'the request path is not valid percent-encoded text');
  }
  const { status } = (err ?? {}) as { status?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError('InvalidInput', 'the request is not valid', { internal: String(err) });
  }
  return undefined;
}

/** Anything a request can provoke below the services (bad bodies, text the database refuses, a duplicate), as an AppError; undefined for a fault of ours. */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return zodToAppError(err);
  if (isUniqueViolation(err)) {
    return new AppError('EntityAlreadyExists', 'an entity with that name already exists');
  }
  return bodyParserError(err) ?? expressClientError(err) ?? unstorableText(err);
}

/**
 * Text PostgreSQL refuses to store or compare (a NUL character: SQLSTATE 22021) came from the
 * request, wherever it was (a path parameter, a body field): the client's mistake, not ours.
 */
function unstorableText(err: unknown): AppError | undefined {
  const state = sqlState(err);
  // A value longer than its column (where no contract or AWS model bounds it): the client's.
  if (state === '22001') {
    return new AppError('InvalidInput', 'a value in the request is longer than Gatehouse can store');
  }
  if (state === '22021' || state === '22P05') {
    return new AppError(
      'InvalidInput',
      'the request contains a character that cannot be stored (such as NUL)',
    );
  }
  return undefined;
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.options.fieldErrors ? { fieldErrors: error.options.fieldErrors } : {}),
      ...(error.options.diagnostics ? { diagnostics: error.options.diagnostics } : {}),
      ...(error.options.details ?? {}),
    },
  };
}

/** The key under which repeats of an unexpected error are counted rather than logged. */
function errorKey(err: unknown): string {
  const e = (err ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  const firstLine = typeof e.message === 'string' ? e.message.trim().split('\n')[0] : '';
  return `${String(e.name)}:${String(e.code)}:${firstLine}`;
}

/**
 * Turns anything thrown below /api into `{ error: { code, message, ... } }` with the code's status.
 * A database outage answers 503; the same unexpected error is logged once per interval.
 */
export function apiErrorHandler(log: Logger, throttle = new LogThrottle()): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const reqId = locals(res).requestId;
    if (isDatabaseUnavailable(err)) {
      throttle.log('database-unavailable', (suppressed) =>
        log.warn(
          {
            reqId,
            suppressed,
            reason: String((err as Error)?.message ?? err)
              .trim()
              .split('\n')
              .pop(),
          },
          'database unavailable: answering 503',
        ),
      );
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(SERVICE_UNAVAILABLE.status).json(serviceUnavailableBody(reqId));
      return;
    }
    const known = toAppError(err);
    const error =
      known ?? new AppError('ServiceFailure', `something went wrong on our side (request ${reqId})`);
    if (!known) {
      throttle.log(errorKey(err), (suppressed) => log.error({ err, reqId, suppressed }, 'unhandled error'));
    } else if (error.options.internal) log.warn({ reqId, internal: error.options.internal });
    if (error.options.retryAfterSeconds)
      res.setHeader('Retry-After', String(error.options.retryAfterSeconds));
    res.status(statusFor(error.code)).json(errorBody(error));
  };
}

export function apiNotFound(): RequestHandler {
  return (req) => {
    throw new AppError('NotFound', `there is no API at \`${req.method} ${req.baseUrl}${req.path}\``);
  };
}
