// Sessions end after an hour without activity (idle) and 12 hours after sign-in (absolute),
// whatever the activity. The clock is moved by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  account = await createTestAccount(server);
});
afterAll(() => server?.close());

const MINUTE = 60;

describe('idle expiry', () => {
  it('keeps a session alive while it is used', async () => {
    const root = await signInAsRoot(server, account);
    for (let i = 0; i < 3; i++) {
      server.clock.advanceSeconds(50 * MINUTE);
      expect((await root.get('/api/auth/whoami')).status).toBe(200);
    }
  });

  it('ends a session unused for the idle timeout, saying it expired, and deletes it', async () => {
    const root = await signInAsRoot(server, account);
    const before = await server.deps.db.session.count({ where: { accountId: account.accountId } });
    server.clock.advanceSeconds(server.deps.config.sessionIdleSeconds);
    const res = await root.get('/api/auth/whoami');
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'NotAuthenticated',
      message: 'your session has expired: sign in again',
    });
    expect(root.cookies.has('gatehouse_session')).toBe(false);
    expect(await server.deps.db.session.count({ where: { accountId: account.accountId } })).toBe(before - 1);
    const again = await root.get('/api/auth/whoami');
    expect(again.body.error.message).toBe('sign in to continue');
  });
});

describe('absolute expiry', () => {
  it('ends a session 12 hours after sign-in even when it is used throughout', async () => {
    const root = await signInAsRoot(server, account);
    const absolute = server.deps.config.sessionAbsoluteSeconds;
    expect(absolute).toBe(12 * 60 * MINUTE);
    let elapsed = 0;
    while (elapsed + 30 * MINUTE < absolute) {
      server.clock.advanceSeconds(30 * MINUTE);
      elapsed += 30 * MINUTE;
      expect((await root.get('/api/auth/whoami')).status).toBe(200);
    }
    server.clock.advanceSeconds(absolute - elapsed);
    const res = await root.get('/api/auth/whoami');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('your session has expired: sign in again');
  });

  it('sets the cookie lifetime to the absolute expiry', async () => {
    const root = await signInAsRoot(server, account);
    const res = await root.post('/api/auth/signin/root', {
      email: account.email,
      password: account.password,
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='));
    expect(cookie).toContain(`Max-Age=${server.deps.config.sessionAbsoluteSeconds}`);
  });
});

describe('sweeping', () => {
  it('deletes expired sessions and stale throttle counters, and keeps live ones', async () => {
    const { sweepExpired } = await import('../../src/auth/sweep-expired.js');
    const stale = await signInAsRoot(server, account);
    server.clock.advanceSeconds(server.deps.config.sessionIdleSeconds + 1);
    const live = await signInAsRoot(server, account);
    await server.deps.db.signInThrottle.create({
      data: {
        key: 'ip:192.0.2.99',
        failures: 3,
        firstFailure: server.clock.now(),
        lastFailure: server.clock.now(),
      },
    });
    server.clock.advanceSeconds(2 * 3600);
    expect((await live.get('/api/auth/whoami')).status).toBe(401); // idle for 2 h
    const fresh = await signInAsRoot(server, account);
    const swept = await sweepExpired(server.deps.db, server.deps.config, server.clock.now());
    expect(swept).toBeGreaterThanOrEqual(2);
    expect(await server.deps.db.signInThrottle.count({ where: { key: 'ip:192.0.2.99' } })).toBe(0);
    expect((await fresh.get('/api/auth/whoami')).status).toBe(200);
    expect((await stale.get('/api/auth/whoami')).status).toBe(401);
  });
});
