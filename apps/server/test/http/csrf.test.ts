// CSRF defence: every state-changing request needs our origin, and with a session the
// X-CSRF-Token header must match both the gatehouse_csrf cookie and the session it was issued
// with. Bodies must be JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { createTestAccount, signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ config: { allowedOrigins: ['http://localhost:5173'] } });
  account = await createTestAccount(server);
});
afterAll(() => server?.close());

const aliasBody = { alias: 'csrf-test' };

describe('with a session', () => {
  it('refuses a state-changing request without the CSRF header', async () => {
    const root = await signInAsRoot(server, account);
    const res = await root.put('/api/account/alias', aliasBody, { omitCsrf: true });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({
      code: 'InvalidCsrfToken',
      message: 'missing or wrong CSRF token: reload the page and try again',
    });
    expect(
      (await server.deps.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).alias,
    ).toBeNull();
  });

  it('refuses a header that does not match the cookie', async () => {
    const root = await signInAsRoot(server, account);
    const res = await root.put('/api/account/alias', aliasBody, {
      omitCsrf: true,
      headers: { 'X-CSRF-Token': 'guess' },
    });
    expect(res.status).toBe(403);
  });

  it('refuses a matching cookie and header pair that belongs to another session', async () => {
    const victim = await signInAsRoot(server, account);
    const attacker = await signInAsRoot(server, account);
    // The attacker plants their own CSRF cookie and echoes it: double submit alone would pass.
    victim.cookies.set('gatehouse_csrf', attacker.csrfToken!);
    const res = await victim.put('/api/account/alias', aliasBody);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('InvalidCsrfToken');
  });

  it('accepts the right token, and needs none for GET', async () => {
    const root = await signInAsRoot(server, account);
    expect((await root.get('/api/account')).status).toBe(200);
    expect((await root.put('/api/account/alias', { alias: `csrf-ok-${Date.now()}` })).status).toBe(200);
  });
});

describe('origin checks', () => {
  it('refuses a sign-in posted from a foreign origin', async () => {
    const res = await new ApiClient(server.baseUrl).post(
      '/api/auth/signin/root',
      { email: account.email, password: account.password },
      { headers: { Origin: 'https://evil.example' } },
    );
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({
      code: 'InvalidCsrfToken',
      message: 'requests from origin `https://evil.example` are not allowed',
    });
  });

  it('refuses cross-site requests flagged by the browser', async () => {
    const res = await new ApiClient(server.baseUrl).post(
      '/api/auth/signin/root',
      { email: account.email, password: account.password },
      { headers: { 'Sec-Fetch-Site': 'cross-site' } },
    );
    expect(res.status).toBe(403);
  });

  it('accepts our own origin and configured extra origins', async () => {
    for (const origin of [server.baseUrl, 'http://localhost:5173']) {
      const res = await new ApiClient(server.baseUrl).post(
        '/api/auth/signin/root',
        { email: account.email, password: account.password },
        { headers: { Origin: origin } },
      );
      expect(res.status, origin).toBe(200);
    }
  });
});

describe('request bodies', () => {
  it('refuses a form-encoded body (what a cross-site form could send)', async () => {
    const res = await new ApiClient(server.baseUrl).post('/api/auth/signin/root', undefined, {
      rawBody: `email=${encodeURIComponent(account.email)}&password=x`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UnsupportedMediaType');
  });

  it('answers malformed JSON with InvalidInput, not a crash', async () => {
    const res = await new ApiClient(server.baseUrl).post('/api/auth/signin/root', undefined, {
      rawBody: '{"email":',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'InvalidInput', message: 'the request body is not valid JSON' });
  });

  it('answers an unknown API path with NotFound', async () => {
    const res = await new ApiClient(server.baseUrl).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({
      code: 'NotFound',
      message: 'there is no API at `GET /api/no-such-thing`',
    });
  });
});

describe('sign-in with a session but no CSRF cookie', () => {
  it('still works (credentials, not the session, authorise it) and replaces the session', async () => {
    const root = await signInAsRoot(server, account);
    root.cookies.delete('gatehouse_csrf');
    const res = await root.post('/api/auth/signin/root', {
      email: account.email,
      password: account.password,
    });
    expect(res.status).toBe(200);
    expect(root.csrfToken).toBeDefined();
    expect((await root.put('/api/account/alias', { alias: `csrf-again-${Date.now()}` })).status).toBe(200);
  });
});
