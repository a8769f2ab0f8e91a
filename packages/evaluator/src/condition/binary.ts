// BinaryEquals: the policy value is base64 text; it matches a request value holding the bytes
// it encodes. A binary request value is a `Uint8Array` (the context type for binary keys); a
// string request value is read as base64, as callers that can only send text must. Decoded by
// hand: the evaluator has no runtime dependencies and may not assume `atob` or `Buffer`. No
// policy variables ("Policy variables – Not supported").

import { INCOMPARABLE, NONE, spec, type ConditionFamily } from './family.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes standard base64 into a string of byte values (0–255); undefined if malformed. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64.test(clean)) return undefined;
  let bytes = '';
  let buffer = 0;
  let bits = 0;
  for (const c of clean) {
    if (c === '=') break;
    buffer = (buffer << 6) | ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Encodes bytes as standard base64 (for explanations of binary request values). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let j = 0; j < 4; j++) out += j < chars ? ALPHABET.charAt((n >> (18 - 6 * j)) & 63) : '=';
  }
  return out;
}

function sameBytes(bytes: Uint8Array, decoded: string): boolean {
  if (bytes.length !== decoded.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== decoded.charCodeAt(i)) return false;
  return true;
}

export const binaryFamily: ConditionFamily<string> = {
  name: 'Binary',
  operators: Object.fromEntries([spec('BinaryEquals', 0, 'equals')]),
  variables: false,
  qualifiers: true,
  expected: 'base64-encoded data',
  compileValue: decodeBase64,
  match(decoded, _op, value) {
    if (value instanceof Uint8Array) {
      for (let i = 0; i < decoded.length; i++) if (sameBytes(value, decoded[i] as string)) return i;
      return NONE;
    }
    if (typeof value !== 'string') return INCOMPARABLE;
    const bytes = decodeBase64(value);
    if (bytes === undefined) return INCOMPARABLE;
    const i = decoded.indexOf(bytes);
    return i >= 0 ? i : NONE;
  },
};
