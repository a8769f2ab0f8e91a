// The console's JSON API driven from a test, for preconditions a test is not about (a policy to
// attach, a user to sign in as). Works on any APIRequestContext: `page.request` shares the
// browser context's cookies, so signing in through it signs the page in too.
import type { APIRequestContext, APIResponse } from '@playwright/test';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export class ApiClient {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
  ) {}

  private async csrfToken(): Promise<string | undefined> {
    const { cookies } = await this.request.storageState();
    return cookies.find((c) => c.name === 'gatehouse_csrf')?.value;
  }

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      const token = await this.csrfToken();
      if (token) headers['X-CSRF-Token'] = decodeURIComponent(token);
    }
    const response: APIResponse = await this.request.fetch(this.baseURL + path, {
      method,
      headers,
      data: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok()) throw new ApiError(response.status(), parsed, `${method} ${path}`);
    return parsed as T;
  }

  get = <T = unknown>(path: string) => this.call<T>('GET', path);
  post = <T = unknown>(path: string, body?: unknown) => this.call<T>('POST', path, body);
  put = <T = unknown>(path: string, body?: unknown) => this.call<T>('PUT', path, body);
  delete = <T = unknown>(path: string) => this.call<T>('DELETE', path);

  signInRoot(email: string, password: string) {
    return this.post<WhoAmI>('/api/auth/signin/root', { email, password });
  }

  signInIam(account: string, userName: string, password: string) {
    return this.post<WhoAmI>('/api/auth/signin/iam', { account, userName, password });
  }
}

export interface WhoAmI {
  arn: string;
  type: 'root' | 'user';
  accountId: string;
  alias: string | null;
  userName?: string;
  signInUrl: string;
  passwordResetRequired: boolean;
}

/** A policy document allowing `actions` on `resources`, as a console user would type it. */
export function allowPolicy(actions: string | string[], resources: string | string[] = '*'): string {
  return JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resources }] },
    null,
    2,
  );
}
