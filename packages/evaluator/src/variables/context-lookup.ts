// Reading request context keys. Key names are case-insensitive in AWS, but callers usually
// write them exactly as policies do, so the exact spelling is tried first; only when that
// misses is the context's lower-cased name index consulted.
//
// A MatchContext is what every matcher reads during a request: the request's context and the
// scratch space matching reuses from one request to the next. It belongs to one evaluator
// state (one per compiled policy set, or one per explain() call), never to the module, so
// two policy sets evaluated in one process — even one inside the other, from a context value
// computed on demand — share nothing.

import type { ContextValue } from '../types.js';
import type { VariableRef } from './tokenize.js';

export type Context = Readonly<Record<string, ContextValue>>;

export class MatchContext {
  /** The context keys of the request in progress. */
  values: Context | undefined;
  /** ARN operators: where the colons of the request value being compared are. */
  readonly colons = new Int32Array(5);
  /** IpAddress operators: the last request address parsed (requests from one client repeat it). */
  ipText: string | undefined = undefined;
  ipV4: number | undefined = undefined;
  ipV6: bigint | undefined = undefined;
  // Contexts whose keys were not all found under their exact spelling: lower-cased name →
  // name as written, built once per context object (weakly held, so contexts are not
  // retained). A context object is read as it was when first seen here: pass a new object,
  // not a changed one, when the keys change.
  private readonly folded = new WeakMap<object, Map<string, string>>();
  private lastValues: Context | undefined = undefined;
  private lastNames: Map<string, string> | undefined = undefined;

  constructor(values?: Context) {
    this.values = values;
  }

  private foldedNames(values: Context): Map<string, string> {
    if (values === this.lastValues && this.lastNames !== undefined) return this.lastNames;
    let names = this.folded.get(values);
    if (names === undefined) {
      names = new Map();
      for (const name of Object.keys(values)) names.set(name.toLowerCase(), name);
      this.folded.set(values, names);
    }
    this.lastValues = values;
    this.lastNames = names;
    return names;
  }

  /** The value of context key `key` (`lowerKey` is its lower-cased form), or undefined when absent. */
  get(key: string, lowerKey: string): ContextValue | undefined {
    const values = this.values;
    if (values === undefined) return undefined;
    // Fast path: the key as written. Inherited members of Object.prototype (functions, and
    // the prototype itself under `__proto__`) are not context values.
    const direct = values[key];
    if (direct !== undefined && typeof direct !== 'function' && direct !== Object.prototype) return direct;
    const name = this.foldedNames(values).get(lowerKey);
    return name === undefined ? undefined : values[name];
  }
}

/** The value of context key `key` (`lowerKey` is its lower-cased form), or undefined when absent. */
export function lookupContext(ctx: MatchContext, key: string, lowerKey: string): ContextValue | undefined {
  return ctx.get(key, lowerKey);
}

/** A multivalued key's values: an array (a binary value, `Uint8Array`, is one value). */
export function isMultivalued(value: ContextValue): value is readonly string[] {
  return Array.isArray(value);
}

/**
 * The text a policy variable stands for, or undefined when it cannot be resolved: the key is
 * absent (and no default was written), multivalued or binary (AWS substitutes text only).
 */
export function resolveVariable(ctx: MatchContext | undefined, ref: VariableRef): string | undefined {
  const value = ctx?.get(ref.key, ref.lowerKey);
  if (value === undefined || typeof value === 'object') return ref.fallback;
  return typeof value === 'string' ? value : String(value);
}
