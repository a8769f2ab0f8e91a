// Reading request context keys. Key names are case-insensitive in AWS, but callers usually
// write them exactly as policies do, so the exact spelling is tried first; only when that
// misses is the context's lower-cased name index consulted (built once per context object).

import type { ContextValue } from '../types.js';
import type { VariableRef } from './tokenize.js';

export type Context = Readonly<Record<string, ContextValue>>;

// Contexts whose keys were not all found under their exact spelling: lower-cased name →
// name as written, built once per context object (a WeakMap, so contexts are not retained).
const folded = new WeakMap<object, Map<string, string>>();
// The context of the request in progress, which asks again and again.
let lastCtx: Context | undefined;
let lastNames: Map<string, string> | undefined;

function foldedNames(ctx: Context): Map<string, string> {
  if (ctx === lastCtx && lastNames !== undefined) return lastNames;
  let names = folded.get(ctx);
  if (names === undefined) {
    names = new Map();
    for (const name of Object.keys(ctx)) names.set(name.toLowerCase(), name);
    folded.set(ctx, names);
  }
  lastCtx = ctx;
  lastNames = names;
  return names;
}

/** The value of context key `key` (`lowerKey` is its lower-cased form), or undefined when absent. */
export function lookupContext(
  ctx: Context | undefined,
  key: string,
  lowerKey: string,
): ContextValue | undefined {
  if (ctx === undefined) return undefined;
  // Fast path: the key as written. Inherited members of Object.prototype (functions, and
  // the prototype itself under `__proto__`) are not context values.
  const direct = ctx[key];
  if (direct !== undefined && typeof direct !== 'function' && direct !== Object.prototype) return direct;
  const name = foldedNames(ctx).get(lowerKey);
  return name === undefined ? undefined : ctx[name];
}

/**
 * The text a policy variable stands for, or undefined when it cannot be resolved: the key is
 * absent (and no default was written) or multivalued (AWS does not substitute those).
 */
export function resolveVariable(ctx: Context | undefined, ref: VariableRef): string | undefined {
  const value = lookupContext(ctx, ref.key, ref.lowerKey);
  if (value === undefined || typeof value === 'object') return ref.fallback;
  return typeof value === 'string' ? value : String(value);
}
