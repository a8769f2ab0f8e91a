import { describe, expect, it } from 'vitest';
import { hasWildcard, matchesWildcard } from '../../src/index.js';

describe('matchesWildcard', () => {
  it('reads * as any run and ? as one character, over the whole value', () => {
    expect(matchesWildcard('Get*', 'GetObject')).toBe(true);
    expect(matchesWildcard('*Object', 'GetObject')).toBe(true);
    expect(matchesWildcard('G?t*', 'GetObject')).toBe(true);
    expect(matchesWildcard('Get', 'GetObject')).toBe(false);
    expect(matchesWildcard('*', '')).toBe(true);
    expect(matchesWildcard('a*b*c', 'axxbyyc')).toBe(true);
    expect(matchesWildcard('a*b*c', 'axxbyy')).toBe(false);
  });

  it('ignores case unless told not to, and treats regex characters and ${} as text', () => {
    expect(matchesWildcard('get*', 'GetObject')).toBe(true);
    expect(matchesWildcard('get*', 'GetObject', { ignoreCase: false })).toBe(false);
    expect(matchesWildcard('a.b', 'axb')).toBe(false);
    expect(matchesWildcard('a.b(*', 'a.b(c')).toBe(true);
    expect(matchesWildcard('${aws:username}', '${aws:username}')).toBe(true);
  });

  it('says whether a text holds a wildcard', () => {
    expect(hasWildcard('s3:Get*')).toBe(true);
    expect(hasWildcard('s3:Get?bject')).toBe(true);
    expect(hasWildcard('s3:GetObject')).toBe(false);
  });
});
