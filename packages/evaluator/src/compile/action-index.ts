// Indexing statements by the service prefix of their actions. A request for `s3:GetObject`
// only walks the entries under `s3` — statements naming an s3 action, plus those whose
// patterns have a wildcard service (`*`, `s3*:Get*`) and NotAction statements, which could
// match any service. Lists are merged at compile time so that lookup is one Map.get.
// evaluate/statements-for.ts then remembers, per action, which statements it falls under.

import type { Glob } from '../match/glob.js';
import type { ActionIndex, CompiledStatement, IndexEntry } from './compiled-types.js';

/** The lower-cased service prefix of an action pattern, or undefined if it holds a wildcard. */
function servicePrefix(pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  const service = colon < 0 ? pattern : pattern.slice(0, colon);
  return colon < 0 || /[*?]/.test(service) ? undefined : service.toLowerCase();
}

export function buildActionIndex(statements: readonly CompiledStatement[]): ActionIndex {
  const byService = new Map<string, IndexEntry[]>();
  const other: IndexEntry[] = [];
  for (const statement of statements) {
    if (!statement.hasAction) continue;
    if (statement.notAction) {
      other.push({ statement, patterns: statement.actions });
      continue;
    }
    const perService = new Map<string, Glob[]>();
    const wild: Glob[] = [];
    statement.actionSources.forEach((source, i) => {
      const glob = statement.actions[i] as Glob;
      const service = servicePrefix(source);
      if (service === undefined) wild.push(glob);
      else perService.set(service, [...(perService.get(service) ?? []), glob]);
    });
    for (const [service, patterns] of perService) {
      const list = byService.get(service) ?? [];
      list.push({ statement, patterns: [...patterns, ...wild] });
      byService.set(service, list);
    }
    if (wild.length > 0) other.push({ statement, patterns: wild });
  }
  // Each service list also needs the wildcard entries of statements it does not already hold.
  for (const list of byService.values()) {
    const present = new Set(list.map((e) => e.statement));
    for (const entry of other) if (!present.has(entry.statement)) list.push(entry);
  }
  return {
    byService,
    other,
    size: statements.length,
    byAction: new Map(),
    lastAction: undefined,
    lastStatements: [],
  };
}

/** The entries to examine for a lower-cased service prefix. */
export function entriesFor(index: ActionIndex, service: string): IndexEntry[] {
  return index.byService.get(service) ?? index.other;
}
