import { describe, expect, it } from 'vitest';
import {
  actionChoice,
  actionLookup,
  coveringWildcard,
  isActionListed,
  setActions,
  wildcardEntryProblem,
} from './action-selection.js';

describe('coveringWildcard', () => {
  it('names the wildcard entry that covers an action, ignoring plain names', () => {
    expect(coveringWildcard(['GetObject', 'List*'], 'ListBucket')).toBe('List*');
    expect(coveringWildcard(['GetObject', 'List*'], 'GetObject')).toBeUndefined();
  });
});

describe('setActions', () => {
  it('adds at the end without repeating a name written in another case', () => {
    expect(setActions(['getobject'], ['GetObject', 'PutObject'], true)).toEqual(['getobject', 'PutObject']);
  });

  it('does not add the same new name twice', () => {
    expect(setActions([], ['PutObject', 'putobject'], true)).toEqual(['PutObject']);
  });

  it('removes names in any case and keeps the order of the rest', () => {
    expect(setActions(['ListBucket', 'getobject', 'PutObject'], ['GetObject'], false)).toEqual([
      'ListBucket',
      'PutObject',
    ]);
  });
});

describe('isActionListed', () => {
  it('compares case-insensitively and does not expand wildcards', () => {
    expect(isActionListed(['getObject'], 'GetObject')).toBe(true);
    expect(isActionListed(['Get*'], 'GetObject')).toBe(false);
  });
});

describe('wildcardEntryProblem', () => {
  it('accepts names and patterns', () => {
    expect(wildcardEntryProblem('Get*', 's3')).toBeUndefined();
    expect(wildcardEntryProblem('Describe?nstances', 'ec2')).toBeUndefined();
  });

  it('says what is wrong with other entries', () => {
    expect(wildcardEntryProblem('', 's3')).toBe('enter an action name or pattern, e.g. `Get*`');
    expect(wildcardEntryProblem('s3:Get*', 's3')).toBe('leave out the prefix: write `Get*`, not `s3:Get*`');
    expect(wildcardEntryProblem('Get Object', 's3')).toBe(
      '`Get Object` is not an action name: use letters, digits, `*` and `?` (the prefix `s3:` is added)',
    );
  });
});

describe('actionChoice', () => {
  it('says whether an action is listed or covered, in any case', () => {
    const lookup = actionLookup(['getobject', 'List*']);
    expect(actionChoice(lookup, 'GetObject')).toEqual({ listed: true });
    expect(actionChoice(lookup, 'ListBucket')).toEqual({ listed: false, wildcard: 'List*' });
    expect(actionChoice(lookup, 'PutObject')).toEqual({ listed: false });
  });
});
