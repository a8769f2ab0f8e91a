// The one error type the console's API client throws. It carries what the server said, in the
// shape of docs/API.md, so pages can show AWS's wording, field errors and policy diagnostics.
import type { Diagnostic } from '@gatehouse/evaluator';
import type { ApiErrorBody, FieldError } from './types.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly diagnostics: Diagnostic[];
  readonly action?: string;
  readonly resource?: string;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? [];
    this.diagnostics = body.diagnostics ?? [];
    this.action = body.action;
    this.resource = body.resource;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isAccessDenied(): boolean {
    return this.code === 'AccessDenied';
  }
}

/** Builds an ApiError from a response body, which may not be the documented shape (proxy errors, HTML). */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: Partial<ApiErrorBody> } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error as ApiErrorBody);
  }
  return new ApiError(status, {
    code: fallbackCode(status),
    message: `the server answered ${status} without an error description`,
  });
}

/** A failure that never reached the server (offline, DNS, CORS). */
export function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(0, { code: 'NetworkError', message: `could not reach the server: ${detail}` });
}

function fallbackCode(status: number): string {
  if (status === 401) return 'NotAuthenticated';
  if (status === 403) return 'AccessDenied';
  if (status === 404) return 'NoSuchEntity';
  if (status === 429) return 'Throttling';
  if (status >= 500) return 'ServiceFailure';
  return 'InvalidInput';
}

/** The message for one form field, matched on the server's `path` (e.g. `userName`, `tags.0.key`). */
export function fieldErrorFor(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((f) => f.path === path)?.message;
}
