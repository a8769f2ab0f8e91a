import { describe, expect, it } from 'vitest';
import type { PolicyVersion } from '../../../api/policies-types.js';
import { comparisonPair, sortVersions, versionActions, versionToReplace } from './version-actions.js';

const v = (n: number, isDefaultVersion = false): PolicyVersion => ({
  versionId: `v${n}`,
  isDefaultVersion,
  createDate: `2026-11-0${Math.min(n, 9)}T00:00:00.000Z`,
});

describe('versionActions', () => {
  it('offers nothing without a selection', () => {
    const actions = versionActions([]);
    expect([actions.setDefault.enabled, actions.compare.enabled, actions.delete.enabled]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('sets a non-default version as default, not the default one', () => {
    expect(versionActions([v(2)]).setDefault).toEqual({ enabled: true });
    expect(versionActions([v(1, true)]).setDefault).toEqual({
      enabled: false,
      reason: 'v1 is already the default version.',
    });
    expect(versionActions([v(1), v(2)]).setDefault.enabled).toBe(false);
  });

  it('compares exactly two versions', () => {
    expect(versionActions([v(1, true), v(2)]).compare).toEqual({ enabled: true });
    expect(versionActions([v(1)]).compare.enabled).toBe(false);
    expect(versionActions([v(1), v(2), v(3)]).compare.enabled).toBe(false);
  });

  it('never deletes the default version alone', () => {
    expect(versionActions([v(2), v(3)]).delete).toEqual({ enabled: true });
    expect(versionActions([v(3, true)]).delete.reason).toMatch(/default version cannot be deleted/);
    // Selected with others, the default is kept and the others go.
    expect(versionActions([v(2), v(3, true)]).delete).toEqual({ enabled: true });
  });
});

describe('sortVersions and comparisonPair', () => {
  it('orders versions by number, newest first', () => {
    expect(sortVersions([v(2), v(10), v(9)]).map((x) => x.versionId)).toEqual(['v10', 'v9', 'v2']);
  });

  it('puts the older version on the left', () => {
    expect(comparisonPair([v(10), v(9)])?.map((x) => x.versionId)).toEqual(['v9', 'v10']);
    expect(comparisonPair([v(1)])).toBeUndefined();
  });
});

describe('versionToReplace', () => {
  it('is nothing under the quota of 5', () => {
    expect(versionToReplace([v(1, true), v(2), v(3), v(4)])).toBeUndefined();
  });

  it('is the oldest non-default version at the quota', () => {
    expect(versionToReplace([v(3), v(4), v(5), v(6), v(2, true)])?.versionId).toBe('v3');
    expect(versionToReplace([v(1, true), v(2), v(3), v(4), v(5)])?.versionId).toBe('v2');
  });
});
