// Finds the catalog entry for a condition key as written in a policy. Catalog keys may hold
// placeholders for a name the policy supplies: `aws:RequestTag/${TagKey}`,
// `s3:ExistingObjectTag/<key>`, or a bare trailing slash (`glacier:ResourceTag/`).
// Names compare case-insensitively, as IAM compares condition keys. Browser-safe.
import type { CatalogConditionKey, ConditionKeyType } from './types.js';

const PLACEHOLDER = /\$\{[^${}]+\}|<[^<>]+>/g;

interface KeyPattern {
  regex: RegExp;
  /** Characters of fixed text: the longer, the more specific the pattern. */
  fixed: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for a catalog key with placeholders, or undefined for a plain key. */
function patternFor(key: string): KeyPattern | undefined {
  const pieces = key.split(PLACEHOLDER);
  const trailingSlash = pieces.length === 1 && key.endsWith('/');
  if (pieces.length === 1 && !trailingSlash) return undefined;
  const source = pieces.map(escapeRegExp).join('.+') + (trailingSlash ? '.+' : '');
  return { regex: new RegExp(`^${source}$`, 'is'), fixed: pieces.join('').length };
}

const patternCache = new Map<string, KeyPattern | null>();
/** Catalog keys number a few thousand; the limit guards against unbounded growth. */
const PATTERN_CACHE_LIMIT = 20_000;

function cachedPattern(key: string): KeyPattern | undefined {
  let pattern = patternCache.get(key);
  if (pattern === undefined) {
    pattern = patternFor(key) ?? null;
    if (patternCache.size >= PATTERN_CACHE_LIMIT) patternCache.clear();
    patternCache.set(key, pattern);
  }
  return pattern ?? undefined;
}

/**
 * The catalog entry for `key` (e.g. `aws:PrincipalTag/team`) among `known` keys, typically a
 * service's keys followed by the global ones. An exact name wins over a pattern; among
 * patterns, the one with the most fixed text wins.
 */
export function findConditionKey<K extends CatalogConditionKey>(
  key: string,
  known: Iterable<K>,
): K | undefined {
  const lower = key.toLowerCase();
  let best: K | undefined;
  let bestFixed = -1;
  for (const candidate of known) {
    if (candidate.key.toLowerCase() === lower) return candidate;
    const pattern = cachedPattern(candidate.key);
    if (pattern && pattern.fixed > bestFixed && pattern.regex.test(key)) {
      best = candidate;
      bestFixed = pattern.fixed;
    }
  }
  return best;
}

/** The type of condition key `key` per the catalog, or undefined when the catalog does not know it. */
export function conditionKeyType(
  key: string,
  known: Iterable<CatalogConditionKey>,
): ConditionKeyType | undefined {
  return findConditionKey(key, known)?.type;
}
