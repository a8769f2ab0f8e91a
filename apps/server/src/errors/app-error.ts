import type { Diagnostic } from '@gatehouse/evaluator';
import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** For logs only; never sent to the client. */
  internal?: string;
  fieldErrors?: FieldError[];
  diagnostics?: Diagnostic[];
  /** Extra members of the error body, e.g. `action` and `resource` on AccessDenied. */
  details?: Record<string, string | number | boolean>;
  /** Seconds, sent as Retry-After (Throttling). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The error every service throws: an AWS error code plus a message written for the user
 * (Cedar style: lowercase, no trailing period, user input in backticks). Services never throw
 * HTTP types; the HTTP layer maps `code` to a status through ERROR_STATUS.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly options: AppErrorOptions;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.options = options;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
