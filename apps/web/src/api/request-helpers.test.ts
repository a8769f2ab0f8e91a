import { describe, expect, it } from 'vitest';
import { segment, withQuery } from './client.js';
import { readCookie } from './csrf.js';
import { inlinePolicyList } from './inline-policy-list.js';

describe('withQuery', () => {
  it('leaves out empty and missing values', () => {
    expect(withQuery('/api/users', { search: '', pathPrefix: undefined, limit: 50, sort: 'userName' })).toBe(
      '/api/users?limit=50&sort=userName',
    );
    expect(withQuery('/api/users', {})).toBe('/api/users');
  });

  it('encodes values (cursors, path prefixes)', () => {
    expect(withQuery('/api/users', { pathPrefix: '/a b/', cursor: 'x+y/z=' })).toBe(
      '/api/users?pathPrefix=%2Fa+b%2F&cursor=x%2By%2Fz%3D',
    );
  });
});

describe('segment', () => {
  it('makes a policy ARN one path segment', () => {
    expect(segment('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe(
      'arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2Fjob-function%2FViewOnlyAccess',
    );
  });
});

describe('readCookie', () => {
  it('finds the CSRF token among other cookies', () => {
    expect(readCookie('theme=dark; gatehouse_csrf=abc%3D%3D; other=1', 'gatehouse_csrf')).toBe('abc==');
  });

  it('does not match a cookie whose name merely ends the same way', () => {
    expect(readCookie('x_gatehouse_csrf=evil', 'gatehouse_csrf')).toBeUndefined();
    expect(readCookie('', 'gatehouse_csrf')).toBeUndefined();
  });
});

describe('inlinePolicyList', () => {
  it('reads lists of names and lists of policies alike', () => {
    expect(inlinePolicyList({ items: ['a'] })).toEqual({ items: [{ policyName: 'a' }] });
    expect(inlinePolicyList({ items: [{ policyName: 'b', document: '{}' }], nextCursor: 'n' })).toEqual({
      items: [{ policyName: 'b', document: '{}' }],
      nextCursor: 'n',
    });
  });
});
