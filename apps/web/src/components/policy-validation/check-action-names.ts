// Rule: every Action and NotAction entry names a service the catalog knows and, within it, an
// action (or a pattern matching at least one action).
import { closestMatch, type Diagnostic } from '@gatehouse/evaluator';
import { catalogFinding, quote } from './catalog-finding.js';
import type { FindingsCatalog } from './findings-catalog.js';
import type { LocatedString } from './locate-statement-strings.js';
import type { ResolvedAction } from './resolve-action.js';

const NEWER_THAN_CATALOG =
  'IAM still accepts it, in case it is newer than the service reference Gatehouse ships';

export function checkActionNames(
  entries: readonly { at: LocatedString; resolved: ResolvedAction }[],
  catalog: FindingsCatalog,
): Diagnostic[] {
  return entries.flatMap(({ at, resolved }) => checkActionName(at, resolved, catalog) ?? []);
}

function checkActionName(
  entry: LocatedString,
  resolved: ResolvedAction,
  catalog: FindingsCatalog,
): Diagnostic | undefined {
  if (resolved.kind === 'unknown-service') {
    const name = entry.value.slice(entry.value.indexOf(':') + 1);
    const prefix = closestMatch(resolved.prefix, [...catalog.prefixes]);
    return catalogFinding(
      'unknown-service',
      `unknown service prefix ${quote(resolved.prefix)} in action ${quote(entry.value)}`,
      entry,
      prefix
        ? `did you mean \`${prefix}:${name}\`?`
        : `no AWS service has this prefix; ${NEWER_THAN_CATALOG}`,
    );
  }
  if (resolved.kind !== 'service' || resolved.actions.length > 0) return undefined;
  const { service, name, wildcard } = resolved;
  const serviceName = catalog.names.get(service.prefix) ?? service.prefix;
  const suggestion = wildcard
    ? suggestPattern(name, service.actions)
    : closestMatch(name, actionNames(service.actions));
  return catalogFinding(
    'unknown-action',
    wildcard
      ? `${quote(entry.value)} matches no action of ${serviceName}`
      : `${quote(entry.value)} is not an action of ${serviceName}`,
    entry,
    suggestion ? `did you mean \`${service.prefix}:${suggestion}\`?` : NEWER_THAN_CATALOG,
  );
}

function actionNames(actions: readonly { name: string }[]): string[] {
  return actions.map((action) => action.name);
}

/** For `Pux*`, the closest real beginning of an action name (`Put*`); other patterns get none. */
function suggestPattern(pattern: string, actions: readonly { name: string }[]): string | undefined {
  const match = /^([^*?]+)\*$/.exec(pattern);
  if (!match) return undefined;
  const stem = match[1] as string;
  const stems = new Set(
    actions.filter((a) => a.name.length >= stem.length).map((a) => a.name.slice(0, stem.length)),
  );
  const closest = closestMatch(stem, [...stems]);
  return closest === undefined ? undefined : `${closest}*`;
}
