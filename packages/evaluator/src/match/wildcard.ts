// IAM's `*` and `?` wildcards over plain text, for callers outside the evaluation path (the
// console's action pickers, catalog checks and policy summary). Built on the evaluator's own glob
// matcher, so a pattern means the same thing in the console as when a request is decided.
// Policy variables are not resolved here: `${...}` is ordinary text.
import { compileGlob, matchWhole, MATCH, type Glob } from './glob.js';

export interface WildcardOptions {
  /** Compare without case, as IAM compares action names and service prefixes (default true). */
  ignoreCase?: boolean;
}

/** Compiled patterns, bounded: patterns repeat across statements and keystrokes. */
const compiled = new Map<string, Glob>();
const MAX_CACHED = 2000;

function globFor(pattern: string, ignoreCase: boolean): Glob {
  const text = ignoreCase ? pattern.toLowerCase() : pattern;
  const key = `${ignoreCase ? 'i' : 's'}${text}`;
  let glob = compiled.get(key);
  if (glob === undefined) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    glob = compileGlob([{ kind: 'text', text }], true);
    compiled.set(key, glob);
  }
  return glob;
}

/** True when `value` matches `pattern` as a whole, `*` standing for any run of characters and `?` for one. */
export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const ignoreCase = options.ignoreCase ?? true;
  const glob = globFor(pattern, ignoreCase);
  return matchWhole(glob, ignoreCase ? value.toLowerCase() : value, undefined) === MATCH;
}

/** True when `text` holds an IAM wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
