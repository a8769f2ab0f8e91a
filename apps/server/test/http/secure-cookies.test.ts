// Session cookies carry Secure when the console is served over TLS: always with
// GATEHOUSE_SECURE_COOKIES=1, and in `auto` mode when the (trusted) proxy says the request
// came over HTTPS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { createTestAccount, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ config: { trustProxy: true } });
  account = await createTestAccount(server);
});
afterAll(() => server?.close());

async function sessionCookies(headers: Record<string, string> = {}) {
  const res = await new ApiClient(server.baseUrl).post(
    '/api/auth/signin/root',
    { email: account.email, password: account.password },
    { headers },
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().filter((c) => /^gatehouse_(session|csrf)=/.test(c));
}

describe('secure cookies', () => {
  it('in auto mode, marks cookies Secure only for requests that came over HTTPS', async () => {
    expect((await sessionCookies()).every((c) => !/;\s*Secure/.test(c))).toBe(true);
    const https = await sessionCookies({ 'X-Forwarded-Proto': 'https' });
    expect(https).toHaveLength(2);
    expect(https.every((c) => /;\s*Secure/.test(c))).toBe(true);
    // HSTS accompanies HTTPS answers.
    const res = await fetch(`${server.baseUrl}/api/health`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('with GATEHOUSE_SECURE_COOKIES=1, always marks them Secure', async () => {
    server.deps.config.secureCookies = true;
    try {
      expect((await sessionCookies()).every((c) => /;\s*Secure/.test(c))).toBe(true);
    } finally {
      server.deps.config.secureCookies = 'auto';
    }
  });
});
