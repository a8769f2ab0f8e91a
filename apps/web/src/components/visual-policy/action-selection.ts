// What the action picker does to a statement's action list: names are kept as written, compared
// case-insensitively (as IAM compares action names), and wildcard entries (`Get*`, `*Object`)
// cover the catalog actions they match.

import { hasWildcard, matchesWildcard } from '@gatehouse/evaluator';
import { compressActions } from './model/compress-actions.js';

/** The wildcard entry of `selected` that covers catalog action `name`, if any. */
export function coveringWildcard(selected: readonly string[], name: string): string | undefined {
  return selected.find((entry) => hasWildcard(entry) && matchesWildcard(entry, name));
}

/**
 * `selected` with `names` added (`on`) or removed. Order is kept and new names go last; a name
 * already present in another case is neither added again nor kept when removing.
 */
export function setActions(selected: readonly string[], names: readonly string[], on: boolean): string[] {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  if (!on) return selected.filter((s) => !lower.has(s.toLowerCase()));
  const present = new Set(selected.map((s) => s.toLowerCase()));
  const added = names.filter((n) => {
    const l = n.toLowerCase();
    if (present.has(l)) return false;
    present.add(l);
    return true;
  });
  return [...selected, ...added];
}

/** Whether `selected` names catalog action `name` itself (any case). */
export function isActionListed(selected: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  return selected.some((s) => s.toLowerCase() === lower);
}

/**
 * Checks a wildcard entry the user typed (without the service prefix). Returns a Cedar-style
 * problem, or undefined when it can be added.
 */
export function wildcardEntryProblem(entry: string, prefix: string): string | undefined {
  if (entry === '') return 'enter an action name or pattern, e.g. `Get*`';
  if (entry.includes(':'))
    return `leave out the prefix: write \`${entry.split(':').pop() ?? ''}\`, not \`${entry}\``;
  if (!/^[A-Za-z0-9*?-]+$/.test(entry)) {
    return `\`${entry}\` is not an action name: use letters, digits, \`*\` and \`?\` (the prefix \`${prefix}:\` is added)`;
  }
  return undefined;
}

/** `selected` prepared for many lookups (a service can have hundreds of checkboxes). */
export interface ActionLookup {
  /** Listed names, lowercase. */
  listed: Set<string>;
  wildcards: string[];
}

export function actionLookup(selected: readonly string[]): ActionLookup {
  return {
    listed: new Set(selected.map((s) => s.toLowerCase())),
    wildcards: selected.filter(hasWildcard),
  };
}

/** How catalog action `name` is chosen: listed by name, covered by a wildcard entry, or not at all. */
export function actionChoice(lookup: ActionLookup, name: string): { listed: boolean; wildcard?: string } {
  const wildcard = lookup.wildcards.find((w) => matchesWildcard(w, name));
  return wildcard
    ? { listed: lookup.listed.has(name.toLowerCase()), wildcard }
    : { listed: lookup.listed.has(name.toLowerCase()) };
}

/**
 * `selected` with catalog actions `names` chosen (`on`) or not, written back as the shortest list
 * that matches exactly the chosen ones (`compressActions`): a wildcard entry is just the actions
 * it covers, so one of them can be unchosen. `catalog` is every action name of the service;
 * entries that match none of them (names newer than the catalog) are kept as written.
 */
export function toggleCatalogActions(
  selected: readonly string[],
  names: readonly string[],
  on: boolean,
  catalog: readonly string[],
): string[] {
  const chosen = new Set(
    catalog.filter((n) => selected.some((entry) => matchesWildcard(entry, n))).map((n) => n.toLowerCase()),
  );
  for (const name of names) {
    if (on) chosen.add(name.toLowerCase());
    else chosen.delete(name.toLowerCase());
  }
  const foreign = selected.filter((entry) => !catalog.some((n) => matchesWildcard(entry, n)));
  return [...compressActions(chosen, catalog), ...foreign];
}
