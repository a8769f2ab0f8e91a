import { describe, expect, it } from 'vitest';
import { recallSignIn, rememberSignIn, safeRedirect, signInPath } from './sign-in-target.js';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('remembered sign-in', () => {
  it('defaults to the root sign-in page when nothing is remembered', () => {
    expect(signInPath(recallSignIn(memoryStorage()), '/users')).toBe('/signin?redirect=%2Fusers');
  });

  it('returns an IAM user to the sign-in page of the account they used last', () => {
    const storage = memoryStorage();
    rememberSignIn(storage, { kind: 'iam', account: 'acme-prod' });
    expect(signInPath(recallSignIn(storage), '/users/alice?tab=groups')).toBe(
      '/signin/acme-prod?redirect=%2Fusers%2Falice%3Ftab%3Dgroups',
    );
  });

  it('forgets the IAM account once the root user signs in', () => {
    const storage = memoryStorage();
    rememberSignIn(storage, { kind: 'iam', account: '123456789012' });
    rememberSignIn(storage, { kind: 'root' });
    expect(signInPath(recallSignIn(storage))).toBe('/signin');
  });

  it('treats a corrupt stored value as root', () => {
    const storage = memoryStorage();
    storage.setItem('gatehouse.lastSignIn', '{not json');
    expect(recallSignIn(storage)).toEqual({ kind: 'root' });
  });

  it('leaves out the redirect when it is the dashboard', () => {
    expect(signInPath({ kind: 'root' }, '/')).toBe('/signin');
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/users', '/users'],
    ['/users/a%20b?tab=tags', '/users/a%20b?tab=tags'],
  ])('keeps the local path %s', (raw, expected) => {
    expect(safeRedirect(raw)).toBe(expected);
  });

  it.each([
    null,
    '',
    'users',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/signin',
    '/signin/acme',
    '/setup?token=x',
    '/users\n',
  ])('replaces %j with the dashboard', (raw) => {
    expect(safeRedirect(raw)).toBe('/');
  });
});
