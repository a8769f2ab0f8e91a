// The fetch client for /api: JSON in and out, the CSRF header on every non-GET request, and
// one error type (ApiError) for every failure. Session problems (401, or a password change the
// server now demands) are reported to one listener so the app can send the user to the right
// sign-in page.
import { apiErrorFromBody, networkError, type ApiError } from './api-error.js';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf.js';
import { takeEarlyResponse } from '../app/early-responses.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let onSessionProblem: ((error: ApiError) => void) | undefined;

/** Registers the one listener told about 401 and PasswordResetRequired answers (the router sets it). */
export function setSessionProblemListener(listener: ((error: ApiError) => void) | undefined): void {
  onSessionProblem = listener;
}

export interface RequestOptions {
  /** Do not report a 401 to the session-expiry listener (sign-in pages, whoami probes). */
  expectUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(document.cookie, CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  // The page's first GETs may already have been answered (app/early-requests.ts).
  const early = method === 'GET' ? await takeEarlyResponse(path) : undefined;
  try {
    response =
      early ??
      (await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      }));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  const parsed = await readJson(response);
  if (!response.ok) {
    const error = apiErrorFromBody(response.status, parsed);
    const sessionProblem = error.isUnauthenticated || error.code === 'PasswordResetRequired';
    if (sessionProblem && !options.expectUnauthenticated) onSessionProblem?.(error);
    throw error;
  }
  return parsed as T;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

export { withQuery } from './query-string.js';

/** One path segment: entity names and policy ARNs travel encoded (docs/API.md). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
