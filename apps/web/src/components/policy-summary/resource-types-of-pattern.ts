// Which of a service's resource types an entry of a Resource element can name. An ARN is of the
// type whose format fits it best (an object ARN also fits the bucket format, but is an object);
// a pattern with wildcards is of every type it could name an ARN of. Pure, browser-safe.
import { arnTemplateParts, resourceTypesForArn, type ServiceCatalog } from '@gatehouse/catalog';
import { arnPatternWitness } from './arn-pattern-witness.js';

/** Every resource, of any service (`*`). */
export const ANY_TYPE = 'any';

export type PatternTypes = typeof ANY_TYPE | ReadonlySet<string>;

// A policy variable (`${aws:username}`) may hold anything when the request comes.
const POLICY_VARIABLE = /\$\{[^}]*\}/g;
const hasWildcard = (text: string) => /[*?]/.test(text);

function fixedLength(format: string): number {
  return arnTemplateParts(format).reduce((n, part) => n + (part.kind === 'text' ? part.text.length : 0), 0);
}

/** Names of the types an ARN fits best (several only when their formats are equally specific). */
function bestFit(service: ServiceCatalog, arn: string): Set<string> {
  const fits = resourceTypesForArn(service, arn);
  if (fits.length === 0) return new Set();
  const best = fixedLength(fits[0]!.arnFormat);
  return new Set(fits.filter((t) => fixedLength(t.arnFormat) === best).map((t) => t.name));
}

function typesOf(service: ServiceCatalog, pattern: string): PatternTypes {
  const text = pattern.replace(POLICY_VARIABLE, '*');
  if (/^\*+$/.test(text)) return ANY_TYPE;
  if (!hasWildcard(text)) return bestFit(service, text);
  const names = new Set<string>();
  for (const type of service.resourceTypes) {
    const witness = arnPatternWitness(text, type.arnFormat);
    if (witness !== undefined && bestFit(service, witness).has(type.name)) names.add(type.name);
  }
  return names;
}

// Chunks are not modified once loaded; a summary asks about the same few patterns per action.
const cache = new WeakMap<ServiceCatalog, Map<string, PatternTypes>>();

export function resourceTypesOfPattern(service: ServiceCatalog, pattern: string): PatternTypes {
  let byPattern = cache.get(service);
  if (!byPattern) cache.set(service, (byPattern = new Map()));
  let types = byPattern.get(pattern);
  if (!types) byPattern.set(pattern, (types = typesOf(service, pattern)));
  return types;
}
