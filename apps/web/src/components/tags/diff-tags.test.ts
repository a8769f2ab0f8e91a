import { describe, expect, it } from 'vitest';
import { diffTags, tagListProblem } from './diff-tags.js';

describe('diffTags', () => {
  const before = [
    { key: 'team', value: 'platform' },
    { key: 'env', value: 'prod' },
    { key: 'old', value: 'x' },
  ];

  it('sets added and changed tags and removes dropped keys', () => {
    const after = [
      { key: 'team', value: 'platform' },
      { key: 'env', value: 'staging' },
      { key: 'owner', value: 'ana' },
    ];
    expect(diffTags(before, after)).toEqual({
      set: [
        { key: 'env', value: 'staging' },
        { key: 'owner', value: 'ana' },
      ],
      remove: ['old'],
    });
  });

  it('does nothing when nothing changed', () => {
    expect(diffTags(before, [...before].reverse())).toEqual({ set: [], remove: [] });
  });

  it('treats a renamed key as remove + set', () => {
    expect(diffTags([{ key: 'Team', value: 'a' }], [{ key: 'team', value: 'a' }])).toEqual({
      set: [{ key: 'team', value: 'a' }],
      remove: ['Team'],
    });
  });
});

describe('tagListProblem', () => {
  it('finds a duplicate key', () => {
    expect(
      tagListProblem([
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
    ).toBe('The key a is used twice; each key can appear once.');
  });

  it('enforces the 50-tag quota', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(tagListProblem(tags)).toBe('You can add up to 50 tags.');
    expect(tagListProblem(tags.slice(0, 50))).toBeUndefined();
  });
});
