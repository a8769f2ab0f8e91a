// Reading request context keys. Key names are case-insensitive in AWS, but callers usually
// write them exactly as policies do, so the exact spelling is tried first and a scan that
// compares case-insensitively (without allocating) only runs when that misses.

import type { ContextValue } from '../types.js';
import type { VariableRef } from './tokenize.js';

export type Context = Readonly<Record<string, ContextValue>>;

/** True when `a` equals the already lower-cased `lower`, ignoring ASCII case. */
function equalsFolded(a: string, lower: string): boolean {
  for (let i = 0; i < a.length; i++) {
    let c = a.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
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
  if (lowerKey !== key && Object.hasOwn(ctx, lowerKey)) return ctx[lowerKey];
  for (const name in ctx) {
    if (name.length === lowerKey.length && Object.hasOwn(ctx, name) && equalsFolded(name, lowerKey)) {
      return ctx[name];
    }
  }
  return undefined;
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
