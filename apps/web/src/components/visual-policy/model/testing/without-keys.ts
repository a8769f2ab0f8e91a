// Test support: visual policies and cards without their React keys, to compare them by content.
import type { VisualPolicy, VisualStatement } from '../visual-policy.js';

export function statementWithoutKeys({ key: _key, conditions, ...statement }: VisualStatement): unknown {
  return { ...statement, conditions: conditions.map(({ key: _conditionKey, ...condition }) => condition) };
}

export function withoutKeys(policy: VisualPolicy): unknown {
  return { ...policy, statements: policy.statements.map(statementWithoutKeys) };
}
