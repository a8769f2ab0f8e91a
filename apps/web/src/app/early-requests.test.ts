import { describe, expect, it } from 'vitest';
import { withQuery } from '../api/client.js';
import { userListParams } from '../pages/users/user-list-params.js';
import { earlyRequestPaths } from './early-requests.js';
import { putEarlyResponse, takeEarlyResponse } from './early-responses.js';

describe('early requests', () => {
  it('asks who is signed in on every console page, the dashboard its summary, /users its first page', () => {
    expect(earlyRequestPaths('/')).toEqual(['/api/auth/whoami', '/api/account']);
    expect(earlyRequestPaths('/policies')).toEqual(['/api/auth/whoami']);
    const [whoami, users] = earlyRequestPaths('/users/');
    expect(whoami).toBe('/api/auth/whoami');
    // The same request the users page's route loader makes (usersQuery(userListParams())), so
    // the API client can hand the early answer to it.
    expect(users).toBe(withQuery('/api/users', { ...userListParams() }));
    expect(users).toMatch(/^\/api\/users\?sort=userName&order=asc&limit=50&include=/);
    expect(earlyRequestPaths('/users/alice')).toEqual(['/api/auth/whoami']);
  });

  it('asks for nothing on the sign-in and setup pages', () => {
    expect(earlyRequestPaths('/signin')).toEqual([]);
    expect(earlyRequestPaths('/signin/my-alias')).toEqual([]);
    expect(earlyRequestPaths('/setup')).toEqual([]);
  });

  it('hands a successful answer over once, and never an error', async () => {
    const ok = new Response('{"a":1}', { status: 200 });
    putEarlyResponse('/api/x', Promise.resolve(ok));
    expect(await takeEarlyResponse('/api/x')).toBe(ok);
    expect(await takeEarlyResponse('/api/x')).toBeUndefined();

    putEarlyResponse('/api/y', Promise.resolve(new Response('{}', { status: 401 })));
    expect(await takeEarlyResponse('/api/y')).toBeUndefined();

    putEarlyResponse('/api/z', Promise.reject(new TypeError('network down')));
    expect(await takeEarlyResponse('/api/z')).toBeUndefined();
    expect(await takeEarlyResponse('/api/never-sent')).toBeUndefined();
  });
});
