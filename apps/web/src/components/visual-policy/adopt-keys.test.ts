import { describe, expect, it } from 'vitest';
import { adoptKeys } from './adopt-keys.js';
import type { VisualPolicy, VisualStatement } from './model/visual-policy.js';

function statement(key: string, conditionKeys: string[] = []): VisualStatement {
  return {
    key,
    effect: 'Allow',
    service: 's3',
    actionElement: 'Action',
    actions: ['GetObject'],
    resourceElement: 'Resource',
    resources: ['*'],
    conditions: conditionKeys.map((k) => ({
      key: k,
      operator: 'Bool',
      conditionKey: 'aws:SecureTransport',
      values: ['true'],
    })),
  };
}

const policy = (...statements: VisualStatement[]): VisualPolicy => ({ version: '2012-10-17', statements });

describe('adoptKeys', () => {
  it('keeps keys by position', () => {
    const next = adoptKeys(
      policy(statement('n1', ['c9']), statement('n2')),
      policy(statement('a', ['x']), statement('b')),
    );
    expect(next.statements.map((s) => s.key)).toEqual(['a', 'b']);
    expect(next.statements[0]?.conditions.map((c) => c.key)).toEqual(['x']);
  });

  it('keeps fresh keys for new cards, never repeating a key', () => {
    const next = adoptKeys(
      policy(statement('s0'), statement('s1'), statement('s2')),
      policy(statement('s1'), statement('s2')),
    );
    const keys = next.statements.map((s) => s.key);
    expect(keys.slice(0, 2)).toEqual(['s1', 's2']);
    expect(new Set(keys).size).toBe(3);
  });

  it('returns the parsed policy when there is nothing to adopt from', () => {
    const next = policy(statement('n1'));
    expect(adoptKeys(next, undefined)).toBe(next);
  });

  it('changes nothing but keys', () => {
    const next = policy(statement('n1', ['c1']));
    const adopted = adoptKeys(next, policy(statement('a', ['x'])));
    expect({
      ...adopted.statements[0],
      key: 'n1',
      conditions: [{ ...adopted.statements[0]!.conditions[0]!, key: 'c1' }],
    }).toEqual(next.statements[0]);
  });
});
