import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import type { ErrorBody } from '../contracts/errors.js';
import { AppError } from '../errors/app-error.js';
import { statusFor } from '../errors/error-codes.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { sqlState } from '../db/sql-state.js';
import { locals } from './locals.js';

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

function toAppError(err: unknown): AppError | undefined {
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

/** Turns anything thrown below /api into `{ error: { code, message, ... } }` with the code's status. */
export function apiErrorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const known = toAppError(err);
    const error =
      known ??
      new AppError('ServiceFailure', `something went wrong on our side (request ${locals(res).requestId})`);
    if (!known) log.error({ err, reqId: locals(res).requestId }, 'unhandled error');
    else if (error.options.internal)
      log.warn({ reqId: locals(res).requestId, internal: error.options.internal });
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
