// Damages policy text the ways editors and attackers do: flipped characters, truncation,
// insertions of JSON punctuation and odd characters, deleted or repeated spans, very deep
// nesting and very long strings.
import type { Random } from './random.js';

const ODD = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\\',
  "'",
  '/',
  '*',
  '\n',
  '\r',
  '\t',
  ' ',
  '\u0000',
  '\u001f',
  '\u007f',
  'é',
  '€',
  '😀',
  '\ud800',
  '\udc00',
  '\ufeff',
  '\\u',
  '\\ud800',
  'true',
  'null',
  '-',
  '0',
  '1e',
  '/*',
  '//',
  '${',
  'arn:',
];

function flip(random: Random, text: string): string {
  const at = random.int(0, Math.max(0, text.length - 1));
  return text.slice(0, at) + random.pick(ODD) + text.slice(at + 1);
}

function insert(random: Random, text: string): string {
  const at = random.int(0, text.length);
  return text.slice(0, at) + random.pick(ODD) + text.slice(at);
}

function remove(random: Random, text: string): string {
  const start = random.int(0, text.length);
  return text.slice(0, start) + text.slice(Math.min(text.length, start + random.int(1, 20)));
}

function repeat(random: Random, text: string): string {
  const start = random.int(0, text.length);
  const end = Math.min(text.length, start + random.int(1, 40));
  return text.slice(0, end) + text.slice(start, end) + text.slice(end);
}

function truncate(random: Random, text: string): string {
  return text.slice(0, random.int(0, text.length));
}

export function mutate(random: Random, text: string): string {
  let out = text;
  const edits = random.int(1, 4);
  for (let i = 0; i < edits; i++)
    out = random.pick([flip, insert, remove, repeat, truncate, flip, insert])(random, out);
  return out;
}

/** Inputs no editor produces but an attacker might. */
export function extremes(random: Random, valid: string): string[] {
  const depth = random.int(65, 20_000);
  const huge = 'x'.repeat(random.int(100_000, 1_000_000));
  return [
    '['.repeat(depth) + ']'.repeat(depth),
    '{"a":'.repeat(depth),
    `{"Statement": ${'['.repeat(depth)}`,
    valid.replace('"Version"', `"${huge}": 1, "Version"`),
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${huge}"}]}`,
    `"${huge}`,
    '\\'.repeat(random.int(1, 5000)),
    Array.from({ length: 2000 }, () => random.pick(ODD)).join(''),
    valid.repeat(random.int(2, 50)),
    '\ufeff' + valid,
  ];
}
