// Small wording helpers for explanations, in the project's message style (lowercase, user
// input in backticks, no trailing period).

import type { CompiledStatement } from '../compile/compiled-types.js';
import { encodeBase64 } from '../condition/binary.js';
import type { ContextValue } from '../types.js';

export function code(text: string): string {
  return `\`${text}\``;
}

/** `a`, `b` and `c` — at most `max` items, then "and N more". */
export function codeList(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max).map(code);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `a`, `b` or `c`. */
export function codeAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.map(code).join('');
  return `${items.slice(0, -1).map(code).join(', ')} or ${code(items[items.length - 1] as string)}`;
}

export function valueText(value: ContextValue): string {
  if (value instanceof Uint8Array) return `binary ${code(encodeBase64(value))} (base64)`;
  if (typeof value === 'object') return `[${value.map((v) => code(v)).join(', ')}]`;
  return code(String(value));
}

export function statementName(s: CompiledStatement): string {
  return s.source.sid ? `statement ${code(s.source.sid)}` : `statement ${s.source.index + 1}`;
}

export function policyName(s: CompiledStatement): string {
  return code(s.policy.input.name ?? s.policy.input.id);
}
