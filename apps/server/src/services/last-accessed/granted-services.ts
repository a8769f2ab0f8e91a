// Which services (and which actions of them) a policy grants: every service of the catalog
// that an Allow statement's Action (or NotAction) reaches with at least one action. Like AWS's
// Access Advisor, this reads what the policies allow — resources and conditions aside — so a
// service a policy could ever let the entity use is listed.
import { parsePolicy, type Statement } from '@gatehouse/evaluator';
import { catalogServices, serviceActions } from './service-catalog.js';

/** Per service prefix: every action granted ('all'), or the names of those granted. */
export type Grants = Map<string, 'all' | Set<string>>;

/** Adds `from`'s grants to `into`: a service granted whole stays whole. */
export function mergeGrants(into: Grants, from: Grants): void {
  for (const [service, actions] of from) {
    const held = into.get(service);
    if (held === 'all') continue;
    if (actions === 'all') into.set(service, 'all');
    else into.set(service, new Set([...(held ?? []), ...actions]));
  }
}

/** How long matching runs before it lets other requests in (ReadOnlyAccess takes ~100 ms cold). */
const SLICE_MS = 8;
/** Documents whose grants are kept: AWS managed policies and a few shared ones repeat across reports. */
const CACHED_DOCUMENTS = 64;
const cache = new Map<string, Promise<Grants>>();

let sliceStart = performance.now();
/** Yields to the event loop once the current slice of matching has run SLICE_MS. */
async function breathe(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  sliceStart = performance.now();
}

/** IAM's `*` and `?` wildcards, case-insensitive, as action names compare. */
function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${body}$`, 'i');
}

interface ActionPattern {
  service: RegExp;
  /** undefined: every action of the service. */
  action?: RegExp;
}

function actionPattern(text: string): ActionPattern | undefined {
  if (text === '*') return { service: /^/ };
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const action = text.slice(colon + 1);
  return { service: wildcard(text.slice(0, colon)), action: action === '*' ? undefined : wildcard(action) };
}

function add(grants: Grants, service: string, actions: 'all' | string[]): void {
  const held = grants.get(service);
  if (held === 'all') return;
  if (actions === 'all') return void grants.set(service, 'all');
  if (actions.length === 0) return;
  const set = held ?? new Set<string>();
  for (const a of actions) set.add(a);
  grants.set(service, set);
}

async function grantStatement(grants: Grants, statement: Statement, prefixes: string[]): Promise<void> {
  if (statement.action) {
    for (const pattern of statement.action.map(actionPattern)) {
      if (!pattern) continue;
      await breathe();
      for (const prefix of prefixes.filter((p) => pattern.service.test(p))) {
        if (!pattern.action) add(grants, prefix, 'all');
        else
          add(
            grants,
            prefix,
            (await serviceActions(prefix)).filter((a) => pattern.action!.test(a)),
          );
      }
    }
  }
  if (statement.notAction) {
    const excluded = statement.notAction.map(actionPattern).filter((p) => p !== undefined);
    for (const prefix of prefixes) {
      await breathe();
      const touching = excluded.filter((p) => p.service.test(prefix));
      if (touching.length === 0) add(grants, prefix, 'all');
      else if (touching.some((p) => !p.action)) continue;
      else {
        const left = (await serviceActions(prefix)).filter((a) => !touching.some((p) => p.action!.test(a)));
        add(grants, prefix, left);
      }
    }
  }
}

/**
 * The services one policy document grants; a document that does not parse grants nothing.
 * Kept for the last CACHED_DOCUMENTS documents (the answer depends on the text alone): callers
 * must not change the map.
 */
export function grantedServices(document: string): Promise<Grants> {
  const cached = cache.get(document);
  if (cached) {
    // Most recently used last.
    cache.delete(document);
    cache.set(document, cached);
    return cached;
  }
  const computed = computeGrants(document);
  cache.set(document, computed);
  computed.catch(() => cache.delete(document));
  if (cache.size > CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
  return computed;
}

async function computeGrants(document: string): Promise<Grants> {
  const grants: Grants = new Map();
  const parsed = parsePolicy(document, { sourceMap: false });
  if (!parsed.document) return grants;
  const prefixes = (await catalogServices()).map((s) => s.prefix);
  for (const statement of parsed.document.statements) {
    if (statement.effect === 'Allow') await grantStatement(grants, statement, prefixes);
  }
  return grants;
}

/** The action names `grants` holds for `service`, sorted; every catalog action for 'all'. */
export async function grantedActions(grants: 'all' | Set<string>, service: string): Promise<string[]> {
  const names = grants === 'all' ? await serviceActions(service) : [...grants];
  return [...names].sort((a, b) => a.localeCompare(b));
}
