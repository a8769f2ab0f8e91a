// Bad input gets a clear error with a client error code, never a crash or a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { newRootSession } from '../harness/fixtures.js';
import type { ApiClient as Client } from '../harness/api-client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let root: Client;

beforeAll(async () => {
  server = await startTestServer();
  ({ root } = await newRootSession(server));
});
afterAll(() => server?.close());

describe('malformed requests', () => {
  it.each([
    [
      'a path with broken percent-encoding',
      () => root.get('/api/users/%E0%A4%A/login-profile'),
      400,
      'InvalidInput',
    ],
    [
      'a JSON array body',
      () => root.put('/api/account/alias', undefined, { rawBody: '["x"]' }),
      400,
      'ValidationError',
    ],
    [
      'a JSON string body',
      () => root.put('/api/account/alias', undefined, { rawBody: '"x"' }),
      400,
      'InvalidInput',
    ],
    ['a wrongly typed field', () => root.put('/api/account/alias', { alias: 42 }), 400, 'ValidationError'],
    [
      'a body over 1 MB',
      () => root.put('/api/account/alias', { alias: 'a'.repeat(1_100_000) }),
      400,
      'InvalidInput',
    ],
    [
      'an over-long user name in the path',
      () => root.get(`/api/users/${'u'.repeat(300)}/login-profile`),
      404,
      'NoSuchEntity',
    ],
    [
      'sign-in with non-string fields',
      () =>
        new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
          account: ['a'],
          userName: {},
          password: null,
        }),
      400,
      'ValidationError',
    ],
    ['a NUL in an alias path parameter', () => root.get('/api/signin-info/%00'), 400, 'InvalidInput'],
    [
      'a NUL in a user name path parameter',
      () => root.get('/api/users/%00/login-profile'),
      400,
      'InvalidInput',
    ],
    [
      'a NUL in a sign-in field',
      () =>
        new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
          account: 'a\u0000b',
          userName: 'x',
          password: 'y',
        }),
      400,
      'InvalidInput',
    ],
  ])('%s', async (_name, call, status, code) => {
    const res = await call();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toBeTruthy();
  });
});
