import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.js';
import {
  formatAccessKeyIds,
  formatAccessKeyLastUsed,
  formatActiveKeyAge,
  formatConsoleLastSignIn,
  formatDays,
  formatGroupCount,
  formatLastActivity,
  formatMfa,
  formatPasswordAge,
} from './user-list-format.js';
import { userListInclude } from './user-table-columns.js';

const now = new Date('2026-12-06T12:00:00Z');

const base: User = {
  userName: 'ada',
  userId: 'AIDAEXAMPLEEXAMPLE123',
  arn: 'arn:aws:iam::111122223333:user/ada',
  path: '/',
  createDate: '2026-01-01T00:00:00Z',
  passwordLastUsed: null,
};

/** A user with a password set 45 days ago, signed in 3 days ago, in two groups, with one MFA device. */
const active: User = {
  ...base,
  groupCount: 2,
  mfaDeviceCount: 1,
  passwordChangeDate: '2026-10-22T12:00:00Z',
  passwordLastUsed: '2026-12-03T12:00:00Z',
  accessKeys: [
    {
      accessKeyId: 'AKIAOLDINACTIVE00001',
      status: 'Inactive',
      createDate: '2026-01-01T00:00:00Z',
      lastUsed: { date: '2026-11-06T12:00:00Z', serviceName: 'iam', region: 'us-east-1' },
    },
    {
      accessKeyId: 'AKIANEWACTIVE0000002',
      status: 'Active',
      createDate: '2026-11-26T12:00:00Z',
      lastUsed: { date: '2026-12-06T07:00:00Z', serviceName: 'sts', region: 'us-east-1' },
    },
  ],
  lastActivity: '2026-12-06T07:00:00Z',
};

/** No password, no keys, no groups, no MFA: all columns asked for and readable. */
const bare: User = {
  ...base,
  groupCount: 0,
  mfaDeviceCount: 0,
  passwordChangeDate: null,
  accessKeys: [],
  lastActivity: null,
};

describe('the users table columns', () => {
  it('shows an active user as the IAM console does', () => {
    expect(formatGroupCount(active)).toBe('2');
    expect(formatMfa(active)).toBe('Virtual');
    expect(formatPasswordAge(active, now)).toBe('45 days');
    expect(formatConsoleLastSignIn(active, now)).toBe('3 days ago');
    expect(formatAccessKeyIds(active, now)).toEqual([
      'Active - AKIANEWACTIVE0000002 (10 days)',
      'Inactive - AKIAOLDINACTIVE00001',
    ]);
    expect(formatActiveKeyAge(active, now)).toBe('10 days');
    expect(formatAccessKeyLastUsed(active, now)).toBe('5 hours ago');
    expect(formatLastActivity(active, now)).toBe('5 hours ago');
  });

  it('says None for credentials the user does not have', () => {
    expect(formatGroupCount(bare)).toBe('None');
    expect(formatMfa(bare)).toBe('None');
    expect(formatPasswordAge(bare, now)).toBe('None');
    expect(formatConsoleLastSignIn(bare, now)).toBe('None');
    expect(formatAccessKeyIds(bare, now)).toEqual(['None']);
    expect(formatActiveKeyAge(bare, now)).toBe('None');
    expect(formatAccessKeyLastUsed(bare, now)).toBe('None');
    expect(formatLastActivity(bare, now)).toBe('None');
  });

  it('says Never for credentials the user has and never used', () => {
    const unused: User = {
      ...bare,
      passwordChangeDate: '2026-12-06T09:00:00Z',
      accessKeys: [
        {
          accessKeyId: 'AKIAUNUSED0000000003',
          status: 'Active',
          createDate: '2026-12-05T11:00:00Z',
          lastUsed: null,
        },
      ],
    };
    expect(formatPasswordAge(unused, now)).toBe('Today');
    expect(formatConsoleLastSignIn(unused, now)).toBe('Never');
    expect(formatAccessKeyIds(unused, now)).toEqual(['Active - AKIAUNUSED0000000003 (1 day)']);
    expect(formatAccessKeyLastUsed(unused, now)).toBe('Never');
    expect(formatLastActivity(unused, now)).toBe('Never');
  });

  it('shows a dash where the server sent nothing (not asked for, or not readable by the caller)', () => {
    for (const format of [
      formatGroupCount,
      formatMfa,
      formatPasswordAge,
      formatActiveKeyAge,
      formatLastActivity,
    ])
      expect(format(base)).toBe('-');
    expect(formatAccessKeyIds(base)).toEqual(['-']);
    expect(formatAccessKeyLastUsed(base)).toBe('-');
    // Keys listed, but their last use not readable (no iam:GetAccessKeyLastUsed).
    const keysOnly: User = {
      ...base,
      accessKeys: [
        { accessKeyId: 'AKIAKEYONLY000000004', status: 'Active', createDate: '2026-12-01T12:00:00Z' },
      ],
    };
    expect(formatAccessKeyLastUsed(keysOnly, now)).toBe('-');
    expect(formatActiveKeyAge(keysOnly, now)).toBe('5 days');
  });

  it('counts ages in whole days', () => {
    expect(formatDays('2026-12-06T00:00:00Z', now)).toBe('Today');
    expect(formatDays('2026-12-05T11:59:59Z', now)).toBe('1 day');
    expect(formatDays('2025-12-06T12:00:00Z', now)).toBe('365 days');
    expect(formatDays('not a date', now)).toBe('not a date');
  });

  it('asks the server only for the facts the visible columns show', () => {
    expect(userListInclude(['userName', 'path', 'arn', 'createDate'])).toBe('');
    expect(userListInclude(['userName', 'groups'])).toBe('groups');
    expect(userListInclude(['accessKeyLastUsed', 'mfa', 'passwordLastUsed'])).toBe('mfa,password,accessKeys');
    expect(userListInclude(['lastActivity'])).toBe('password,accessKeys');
  });
});
