// Rule: each action of a statement can apply to at least one of the statement's resources, and
// each resource is one that at least one action applies to. An action applies to a resource
// when the resource pattern can name a resource of a type the action takes (the catalog's ARN
// formats); an action that takes no resource type applies only to `*`. Wildcards in a pattern
// are given the benefit of the doubt.
import { findResourceType, type CatalogAction, type ServiceCatalog } from '@gatehouse/catalog';
import { splitSegments, type Diagnostic } from '@gatehouse/evaluator';
import { patternFitsAnyResource, patternFitsFormat } from './arn-pattern-overlap.js';
import { catalogFinding, listNames, quote } from './catalog-finding.js';
import type { FindingsCatalog } from './findings-catalog.js';
import type { LocatedString } from './locate-statement-strings.js';
import type { ResolvedAction } from './resolve-action.js';

export interface ActionEntry {
  at: LocatedString;
  resolved: ResolvedAction;
}

type ServiceEntry = ActionEntry & { resolved: Extract<ResolvedAction, { kind: 'service' }> };

/** Resource entries the rule can read: ARN patterns (anything else is the evaluator's `invalid-arn`). */
const isArnPattern = (resource: LocatedString) => resource.value.startsWith('arn:');

export function checkActionResources(
  actions: readonly ActionEntry[],
  resources: readonly LocatedString[],
  catalog: FindingsCatalog,
): Diagnostic[] {
  if (resources.some((r) => /^\*+$/.test(r.value))) return [];
  const arns = resources.filter(isArnPattern);
  if (arns.length === 0) return [];
  const entries = actions.filter(
    (entry): entry is ServiceEntry => entry.resolved.kind === 'service' && entry.resolved.actions.length > 0,
  );
  const findings: Diagnostic[] = [];
  const used = new Set<LocatedString>();
  for (const entry of entries) {
    const fitting = arns.filter((arn) => entryApplies(entry, arn.value));
    fitting.forEach((arn) => used.add(arn));
    if (fitting.length === 0) findings.push(actionFinding(entry, arns, catalog));
  }
  // A resource no action applies to, in a statement where others do: the action findings above
  // do not cover it. Only when every action could be read (`*` or an unknown service might apply).
  if (used.size > 0 && entries.length === actions.length) {
    for (const arn of arns) {
      if (!used.has(arn)) findings.push(resourceFinding(arn, catalog));
    }
  }
  return findings;
}

function entryApplies(entry: ServiceEntry, pattern: string): boolean {
  return entry.resolved.actions.some((action) => actionApplies(action, entry.resolved.service, pattern));
}

function actionApplies(action: CatalogAction, service: ServiceCatalog, pattern: string): boolean {
  if (action.resourceTypes.length === 0) return patternFitsAnyResource(pattern);
  return action.resourceTypes.some((taken) => {
    const type = findResourceType(service, taken.name);
    return !type || patternFitsFormat(pattern, type.arnFormat, service);
  });
}

function actionFinding(
  entry: ServiceEntry,
  arns: readonly LocatedString[],
  catalog: FindingsCatalog,
): Diagnostic {
  const { service, actions, wildcard } = entry.resolved;
  const subject = wildcard ? `no action matching ${quote(entry.at.value)}` : quote(entry.at.value);
  const targets = describeTargets(arns, catalog);
  const typeNames = [...new Set(actions.flatMap((action) => action.resourceTypes.map((t) => t.name)))];
  if (typeNames.length === 0) {
    return catalogFinding(
      'action-takes-no-resource',
      `${subject} ${wildcard ? 'applies' : 'never applies'} to ${targets}: ${
        wildcard ? 'they take' : 'it takes'
      } no resource, so only \`"Resource": "*"\` grants ${wildcard ? 'them' : 'it'}`,
      entry.at,
      'move it to a statement whose `Resource` is `*`',
    );
  }
  const example = exampleType(service, typeNames, arns[0]?.value ?? '');
  return catalogFinding(
    'action-resource-mismatch',
    `${subject} ${wildcard ? 'applies' : 'never applies'} to ${targets}; ${
      wildcard ? 'they take' : 'it takes'
    } ${listNames(typeNames)}`,
    entry.at,
    example
      ? `${article(example.name)} \`${example.name}\` ARN looks like \`${example.arnFormat}\``
      : undefined,
  );
}

function resourceFinding(arn: LocatedString, catalog: FindingsCatalog): Diagnostic {
  return catalogFinding(
    'resource-matches-no-action',
    `no action of this statement applies to ${describeResource(arn.value, catalog)}`,
    arn,
    'remove it, or add the actions meant for it',
  );
}

const MAX_LISTED = 3;

function describeTargets(arns: readonly LocatedString[], catalog: FindingsCatalog): string {
  if (arns.length > MAX_LISTED) return `any of this statement's ${arns.length} resources`;
  const described = arns.map((arn) => describeResource(arn.value, catalog));
  return described.length === 1
    ? (described[0] as string)
    : `${described.slice(0, -1).join(', ')} or ${described.at(-1)}`;
}

/** `arn:aws:s3:::bucket` (a bucket): the resource type is named when exactly one format fits. */
function describeResource(pattern: string, catalog: FindingsCatalog): string {
  const service = catalog.services.get(arnService(pattern));
  const types =
    service?.resourceTypes.filter((type) => patternFitsFormat(pattern, type.arnFormat, service)) ?? [];
  if (types.length !== 1) return quote(pattern);
  const name = (types[0] as { name: string }).name;
  return `${quote(pattern)} (${article(name)} ${name})`;
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');
const arnService = (arn: string) => (splitSegments(arn, 5)[2] ?? '').toLowerCase();

/** The type to show as an example: one of the ARN's own service if any, else the plainest (shortest format). */
function exampleType(service: ServiceCatalog, names: readonly string[], arn: string) {
  const types = names.flatMap((name) => findResourceType(service, name) ?? []);
  const score = (format: string) => (arnService(format) === arnService(arn) ? 0 : 10_000) + format.length;
  return types.sort((a, b) => score(a.arnFormat) - score(b.arnFormat))[0];
}
