import { describe, expect, it } from 'vitest';
import { newStatement, visualToPolicy } from './model/index.js';
import { cardsForText, formatProblemPath } from './visual-cards.js';

const TWO = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" },
    { "Effect": "Deny", "Action": "ec2:*", "Resource": "*" }
  ]
}`;

describe('cardsForText', () => {
  it('gives back the very cards the Visual tab wrote for its own text', () => {
    const first = cardsForText(TWO, undefined, undefined);
    if (!first.ok) throw new Error(first.problem.reason);
    const policy = { ...first.policy, statements: [...first.policy.statements, newStatement()] };
    const text = visualToPolicy(policy);
    const again = cardsForText(text, first.policy, { text, policy });
    expect(again).toEqual({ ok: true, policy });
  });

  it('keeps card keys by position when the text changed in the JSON tab', () => {
    const first = cardsForText(TWO, undefined, undefined);
    if (!first.ok) throw new Error(first.problem.reason);
    const edited = TWO.replace('s3:GetObject', 's3:PutObject');
    const next = cardsForText(edited, first.policy, undefined);
    if (!next.ok) throw new Error(next.problem.reason);
    expect(next.policy.statements.map((s) => s.key)).toEqual(first.policy.statements.map((s) => s.key));
    expect(next.policy.statements[0]?.actions).toEqual(['PutObject']);
  });

  it('says why a policy cannot be shown as cards', () => {
    const mixed = TWO.replace('"s3:GetObject"', '["s3:GetObject", "iam:GetUser"]');
    const result = cardsForText(mixed, undefined, undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.path.slice(0, 2)).toEqual(['Statement', 0]);
  });

  it('ignores cards written for a different text', () => {
    const first = cardsForText(TWO, undefined, undefined);
    if (!first.ok) throw new Error(first.problem.reason);
    const stale = { text: 'something else', policy: { ...first.policy, statements: [] } };
    const result = cardsForText(TWO, first.policy, stale);
    expect(result.ok && result.policy.statements.length).toBe(2);
  });
});

describe('formatProblemPath', () => {
  it('writes a JSON path the way the reason shows it', () => {
    expect(formatProblemPath(['Statement', 2, 'Action'])).toBe('Statement[2].Action');
    expect(formatProblemPath(['Statement'])).toBe('Statement');
  });
});
