// The tests' own door to the server, for what a test is not about (a user to delete, the state
// a save must have left): plain fetch on /api, through the same proxy and with the same session
// cookies as the page under test, echoing the CSRF cookie as the console does (docs/API.md).
import { inject } from 'vitest';
import './provided-context.js';

export class GatehouseApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

function csrfToken(): string | undefined {
  const pair = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('gatehouse_csrf='));
  return pair ? decodeURIComponent(pair.slice('gatehouse_csrf='.length)) : undefined;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    credentials: 'same-origin',
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new GatehouseApiError(response.status, parsed, `${method} ${path}`);
  return parsed as T;
}

export const gatehouse = {
  get: <T = unknown>(path: string) => call<T>('GET', path),
  post: <T = unknown>(path: string, body?: unknown) => call<T>('POST', path, body),
  put: <T = unknown>(path: string, body?: unknown) => call<T>('PUT', path, body),
  patch: <T = unknown>(path: string, body?: unknown) => call<T>('PATCH', path, body),
  delete: <T = unknown>(path: string) => call<T>('DELETE', path),
  /** Signs this browser in as the server's bootstrapped root user. */
  signInRoot: () =>
    call('POST', '/api/auth/signin/root', { email: inject('rootEmail'), password: inject('rootPassword') }),
  /** The HTTP status a GET answers (404 once something is gone). */
  status: async (path: string) => (await fetch(path, { credentials: 'same-origin' })).status,
};

let counter = 0;

/** A name no other test or run uses: IAM names allow letters, digits and + = , . @ _ -. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}
