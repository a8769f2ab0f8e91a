// What the Policy versions tab lets the user do with the versions selected, and why not when it
// does not: AWS refuses to delete the default version (if it is selected with others, only the
// others are deleted), and only a non-default version can become the default.
import type { PolicyVersion } from '../../../api/policies-types.js';

export interface VersionActions {
  setDefault: { enabled: boolean; reason?: string };
  compare: { enabled: boolean; reason?: string };
  delete: { enabled: boolean; reason?: string };
}

export function versionActions(selected: readonly PolicyVersion[]): VersionActions {
  const one = selected.length === 1 ? selected[0] : undefined;
  return {
    setDefault:
      one && !one.isDefaultVersion
        ? { enabled: true }
        : {
            enabled: false,
            reason: one ? `${one.versionId} is already the default version.` : 'Select one version.',
          },
    compare:
      selected.length === 2
        ? { enabled: true }
        : { enabled: false, reason: 'Select two versions to compare.' },
    delete:
      selected.length === 0
        ? { enabled: false, reason: 'Select the versions to delete.' }
        : selected.every((v) => v.isDefaultVersion)
          ? {
              enabled: false,
              reason: 'The default version cannot be deleted: make another version the default first.',
            }
          : { enabled: true },
  };
}

/** Versions newest first (v10 after v9: by number, not by text). */
export function sortVersions(versions: readonly PolicyVersion[]): PolicyVersion[] {
  const number = (v: PolicyVersion) => Number(v.versionId.replace(/^v/, '')) || 0;
  return [...versions].sort((a, b) => number(b) - number(a));
}

/** The two selected versions, older first, for a side-by-side comparison. */
export function comparisonPair(
  selected: readonly PolicyVersion[],
): [PolicyVersion, PolicyVersion] | undefined {
  if (selected.length !== 2) return undefined;
  const [newer, older] = sortVersions(selected);
  return [older!, newer!];
}

/** AWS keeps at most 5 versions of a managed policy. */
export const MAX_POLICY_VERSIONS = 5;

/** When a new version would exceed the quota: the version to delete first (the oldest non-default). */
export function versionToReplace(versions: readonly PolicyVersion[]): PolicyVersion | undefined {
  if (versions.length < MAX_POLICY_VERSIONS) return undefined;
  return sortVersions(versions)
    .reverse()
    .find((v) => !v.isDefaultVersion);
}
