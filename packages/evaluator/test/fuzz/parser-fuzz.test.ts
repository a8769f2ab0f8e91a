// Seeded fuzzing of the parser and validator. Valid policies (random content, random
// formatting) must check clean and parse to what was written; damaged and extreme inputs
// must never throw, every diagnostic must have a true range, and the parser must agree with
// JSON.parse on whether the text is JSON at all.
// Replay a run with FUZZ_SEED=<seed>; make it longer with FUZZ_RUNS=<count>.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, PolicyKind, Statement } from '../../src/types.js';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import { checkPolicyText } from '../../src/validate/check-policy-text.js';
import { DIAGNOSTIC_CODES, JSON_SYNTAX_CODES } from '../../src/diagnostics.js';
import { LineStarts, rangeProblem } from './check-ranges.js';
import { generatePolicy } from './generate-policy.js';
import { extremes, mutate } from './mutate.js';
import { Random } from './random.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const KINDS: PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp'];

function replay(seed: number, text: string): string {
  const shown =
    text.length > 300
      ? `${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)`
      : JSON.stringify(text);
  return `seed ${seed}, input ${shown}`;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Checks every diagnostic's shape and range (one expect per input: per-finding expects are slow). */
function expectWellFormed(text: string, diagnostics: Diagnostic[], context: string): void {
  const lines = new LineStarts(text);
  const problems: string[] = [];
  for (const d of diagnostics) {
    if (!Object.hasOwn(DIAGNOSTIC_CODES, d.code)) problems.push(`uncatalogued code ${d.code}`);
    if (!SEVERITIES.has(d.severity)) problems.push(`${d.code}: severity ${d.severity}`);
    if (typeof d.message !== 'string' || d.message.length === 0) problems.push(`${d.code}: empty message`);
    if (!Array.isArray(d.path)) problems.push(`${d.code}: path is not an array`);
    const range = rangeProblem(lines, d);
    if (range) problems.push(range);
  }
  expect(problems, context).toEqual([]);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function withoutRanges(statements: Statement[]): object[] {
  return statements.map(({ range: _range, ...rest }) => ({
    ...rest,
    conditions: rest.conditions
      .map(({ range: _r, ...clause }) => clause)
      .sort((a, b) => `${a.operator} ${a.key}`.localeCompare(`${b.operator} ${b.key}`)),
  }));
}

describe(`parser fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  it('valid policies check clean and parse to what was written', () => {
    for (let i = 0; i < RUNS; i++) {
      const seed = SEED + i;
      const generated = generatePolicy(new Random(seed));
      const context = replay(seed, generated.text);
      const result = checkPolicyText(generated.text, generated.kind, { sizeLimit: 1_000_000 });
      expectWellFormed(generated.text, result.diagnostics, context);
      expect(
        result.diagnostics.filter((d) => d.severity === 'error'),
        context,
      ).toEqual([]);
      expect(result.document?.version, context).toBe(generated.expected.version);
      const expected = withoutRanges(generated.expected.statements as Statement[]);
      expect(withoutRanges(result.document?.statements ?? []), context).toEqual(expected);
    }
  });

  it('damaged policies never throw, and every finding has a true range', () => {
    let checked = 0;
    let stillJson = 0;
    for (let i = 0; i < RUNS * 2; i++) {
      const seed = SEED * 7 + i;
      const random = new Random(seed);
      const text = mutate(random, generatePolicy(random).text);
      const context = replay(seed, text);
      const parsed = parsePolicy(text);
      expectWellFormed(text, parsed.diagnostics, context);
      const json = isJson(text);
      const syntax = parsed.diagnostics.filter((d) => JSON_SYNTAX_CODES.has(d.code));
      if (json) {
        expect(syntax, `JSON.parse accepts it: ${context}`).toEqual([]);
        stillJson++;
      } else {
        expect(syntax.length, `JSON.parse rejects it: ${context}`).toBeGreaterThan(0);
      }
      const checkedText = checkPolicyText(text, random.pick(KINDS));
      expectWellFormed(text, checkedText.diagnostics, context);
      checked++;
    }
    expect(checked).toBe(RUNS * 2);
    // Both sides of the JSON.parse comparison were exercised.
    expect(stillJson).toBeGreaterThan(RUNS / 20);
    expect(stillJson).toBeLessThan(RUNS * 2 - RUNS / 20);
  });

  it('extreme inputs (deep nesting, huge strings, garbage) finish quickly and never throw', () => {
    for (let i = 0; i < 20; i++) {
      const seed = SEED * 13 + i;
      const random = new Random(seed);
      for (const text of extremes(random, generatePolicy(random).text)) {
        const context = replay(seed, text);
        const started = performance.now();
        const result = checkPolicyText(text, random.pick(KINDS));
        expect(performance.now() - started, `took too long: ${context}`).toBeLessThan(2_000);
        expectWellFormed(text, result.diagnostics, context);
        expect(result.diagnostics.length, context).toBeLessThanOrEqual(250);
      }
    }
  });

  it('random bytes never throw', () => {
    const random = new Random(SEED * 31);
    for (let i = 0; i < RUNS; i++) {
      const length = random.int(0, 200);
      let text = '';
      for (let j = 0; j < length; j++)
        text += String.fromCharCode(random.int(0, random.chance(0.8) ? 0x7f : 0xffff));
      const context = replay(SEED * 31, text);
      const result = checkPolicyText(text, random.pick(KINDS));
      expectWellFormed(text, result.diagnostics, context);
      if (!isJson(text)) expect(result.ok, context).toBe(false);
    }
  });
});
