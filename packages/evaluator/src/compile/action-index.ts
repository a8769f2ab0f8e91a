// Indexing statements by the service prefix of their actions. A request for `s3:GetObject`
// only walks the entries under `s3` — statements naming an s3 action, plus those whose
// patterns have a wildcard service (`*`, `s3*:Get*`) and NotAction statements, which could
// match any service. Lists are merged at compile time so that lookup is one Map.get.
// evaluate/statements-for.ts then remembers, per action, which statements it falls under.

import type { Glob } from '../match/glob.js';
import type { ActionIndex, CompiledStatement, IndexEntry } from './compiled-types.js';

/** The lower-cased service prefix of an action pattern, or undefined if it holds a wildcard. */
function readServicePrefix(pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  if (colon < 0) return undefined;
  const service = pattern.slice(0, colon);
  return service.includes('*') || service.includes('?') ? undefined : service.toLowerCase();
}

/**
 * Service prefixes by action pattern, as written. The compiler has just looked the same string
 * up in its glob memo, so its hash is known; and equal prefixes come back as one string, whose
 * hash the index's own map then knows too. `null` for a wildcard service. Bounded.
 */
const prefixes = new Map<string, string | null>();

function servicePrefix(pattern: string): string | undefined {
  const known = prefixes.get(pattern);
  if (known !== undefined) return known ?? undefined;
  const read = readServicePrefix(pattern);
  const service = read === undefined ? null : canonical(read);
  if (prefixes.size >= 20_000) prefixes.clear();
  prefixes.set(pattern, service);
  return service ?? undefined;
}

/** One string per service prefix (few hundred at most: AWS has some 400 services). */
const services = new Map<string, string>();

function canonical(service: string): string {
  const known = services.get(service);
  if (known !== undefined) return known;
  if (services.size >= 5_000) services.clear();
  services.set(service, service);
  return service;
}

function addEntry(byService: Map<string, IndexEntry[]>, service: string, entry: IndexEntry): void {
  const list = byService.get(service);
  if (list) list.push(entry);
  else byService.set(service, [entry]);
}

/** Indexes one Action statement: an entry per service it names, one in `other` for wildcards. */
function indexStatement(
  statement: CompiledStatement,
  byService: Map<string, IndexEntry[]>,
  other: IndexEntry[],
): void {
  const sources = statement.actionSources;
  const first = sources.length > 0 ? servicePrefix(sources[0] as string) : undefined;
  let oneService = first !== undefined;
  for (let i = 1; oneService && i < sources.length; i++)
    oneService = servicePrefix(sources[i] as string) === first;
  if (oneService) {
    // The usual statement: every action in one service, no wildcard service.
    addEntry(byService, first as string, { statement, patterns: statement.actions });
    return;
  }
  const perService = new Map<string, Glob[]>();
  const wild: Glob[] = [];
  sources.forEach((source, i) => {
    const glob = statement.actions[i] as Glob;
    const service = servicePrefix(source);
    if (service === undefined) wild.push(glob);
    else {
      const globs = perService.get(service);
      if (globs) globs.push(glob);
      else perService.set(service, [glob]);
    }
  });
  for (const [service, patterns] of perService) {
    addEntry(byService, service, {
      statement,
      patterns: wild.length > 0 ? [...patterns, ...wild] : patterns,
    });
  }
  if (wild.length > 0) other.push({ statement, patterns: wild });
}

export function buildActionIndex(statements: readonly CompiledStatement[]): ActionIndex {
  const byService = new Map<string, IndexEntry[]>();
  const other: IndexEntry[] = [];
  for (const statement of statements) {
    if (!statement.hasAction) continue;
    if (statement.notAction) other.push({ statement, patterns: statement.actions });
    else indexStatement(statement, byService, other);
  }
  // Each service list also needs the wildcard entries of statements it does not already hold.
  if (other.length > 0) {
    for (const list of byService.values()) {
      const present = new Set(list.map((e) => e.statement));
      for (const entry of other) if (!present.has(entry.statement)) list.push(entry);
    }
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
