// BinaryEquals: the request value and the policy value are both base64 text; they match
// when the bytes they encode are equal. Decoded by hand: the evaluator has no runtime
// dependencies and may not assume `atob` or `Buffer`. No policy variables.

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

export const binaryFamily: ConditionFamily<string[]> = {
  name: 'Binary',
  operators: Object.fromEntries([spec('BinaryEquals', 0, 'equals')]),
  variables: false,
  compile(values) {
    const decoded: string[] = [];
    for (const v of values) {
      const bytes = decodeBase64(v);
      if (bytes === undefined) return { ok: false, error: `\`${v}\` is not base64` };
      decoded.push(bytes);
    }
    return { ok: true, values: decoded };
  },
  match(decoded, _op, value) {
    if (typeof value !== 'string') return INCOMPARABLE;
    const bytes = decodeBase64(value);
    if (bytes === undefined) return INCOMPARABLE;
    const i = decoded.indexOf(bytes);
    return i >= 0 ? i : NONE;
  },
};
