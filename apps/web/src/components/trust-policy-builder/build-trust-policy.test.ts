import { checkPolicyText } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { AWS_SERVICES } from './aws-services.js';
import {
  buildTrustPolicy,
  CUSTOM_TRUST_POLICY_TEMPLATE,
  initialTrustedEntityChoice,
  trustedEntityProblems,
  type TrustedEntityChoice,
} from './build-trust-policy.js';

const THIS_ACCOUNT = '111122223333';
const choice = (patch: Partial<TrustedEntityChoice>): TrustedEntityChoice => ({
  ...initialTrustedEntityChoice(),
  ...patch,
});
const built = (patch: Partial<TrustedEntityChoice>) =>
  JSON.parse(buildTrustPolicy(choice(patch), THIS_ACCOUNT));

describe('buildTrustPolicy', () => {
  it('trusts this account through its root ARN', () => {
    expect(built({})).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
  });

  it('trusts another account by the ID typed, trimmed', () => {
    const policy = built({ account: 'other', otherAccountId: ' 444455556666 ' });
    expect(policy.Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::444455556666:root' });
  });

  it('adds the external ID and MFA conditions when required', () => {
    const policy = built({
      account: 'other',
      otherAccountId: '444455556666',
      requireExternalId: true,
      externalId: 'Partner-42',
      requireMfa: true,
    });
    expect(policy.Statement[0].Condition).toEqual({
      StringEquals: { 'sts:ExternalId': 'Partner-42' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
  });

  it('adds only the conditions asked for', () => {
    expect(built({ requireMfa: true }).Statement[0].Condition).toEqual({
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
    expect(built({ requireExternalId: true, externalId: 'abc' }).Statement[0].Condition).toEqual({
      StringEquals: { 'sts:ExternalId': 'abc' },
    });
    expect(built({ requireExternalId: false, externalId: 'ignored' }).Statement[0].Condition).toBeUndefined();
  });

  it('ignores account conditions for a service', () => {
    const policy = built({ type: 'service', service: 'lambda.amazonaws.com', requireMfa: true });
    expect(policy.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('returns a custom policy exactly as written', () => {
    const text = '{"Version":"2012-10-17","Statement":[]}';
    expect(buildTrustPolicy(choice({ type: 'custom', customPolicy: text }), THIS_ACCOUNT)).toBe(text);
  });

  it('builds policies the evaluator accepts as trust policies', () => {
    const choices: Partial<TrustedEntityChoice>[] = [
      {},
      { account: 'other', otherAccountId: '444455556666', requireExternalId: true, externalId: 'x-1' },
      { requireMfa: true },
      ...AWS_SERVICES.map((s) => ({ type: 'service' as const, service: s.principal })),
    ];
    for (const patch of choices) {
      const result = checkPolicyText(buildTrustPolicy(choice(patch), THIS_ACCOUNT), 'trust');
      expect(
        result.diagnostics.filter((d) => d.severity === 'error'),
        JSON.stringify(patch),
      ).toEqual([]);
    }
  });

  it('starts custom policies from a template the evaluator flags until a principal is named', () => {
    const result = checkPolicyText(CUSTOM_TRUST_POLICY_TEMPLATE, 'trust');
    expect(result.ok).toBe(false);
  });
});

describe('trustedEntityProblems', () => {
  it('accepts this account without further input', () => {
    expect(trustedEntityProblems(choice({}))).toEqual({});
  });

  it('asks for a 12-digit account ID for another account', () => {
    expect(trustedEntityProblems(choice({ account: 'other' }))).toEqual({
      otherAccountId: 'Enter the 12-digit ID of the account.',
    });
    expect(trustedEntityProblems(choice({ account: 'other', otherAccountId: '12345' }))).toEqual({
      otherAccountId: 'An account ID has exactly 12 digits.',
    });
    expect(trustedEntityProblems(choice({ account: 'other', otherAccountId: '123456789012' }))).toEqual({});
  });

  it('checks the external ID only when it is required', () => {
    expect(trustedEntityProblems(choice({ requireExternalId: true }))).toEqual({
      externalId: 'Enter the external ID.',
    });
    expect(
      trustedEntityProblems(choice({ requireExternalId: true, externalId: 'has space' })).externalId,
    ).toMatch(/2 to 1,224 characters/);
    expect(
      trustedEntityProblems(choice({ requireExternalId: true, externalId: 'a' })).externalId,
    ).toBeDefined();
    expect(trustedEntityProblems(choice({ requireExternalId: true, externalId: 'a:b/c@d' }))).toEqual({});
    expect(trustedEntityProblems(choice({ externalId: 'has space' }))).toEqual({});
  });

  it('asks for a service', () => {
    expect(trustedEntityProblems(choice({ type: 'service' }))).toEqual({ service: 'Choose a service.' });
    expect(trustedEntityProblems(choice({ type: 'service', service: 'ec2.amazonaws.com' }))).toEqual({});
  });

  it('asks for a custom policy text', () => {
    expect(trustedEntityProblems(choice({ type: 'custom', customPolicy: '  ' }))).toEqual({
      customPolicy: 'Enter a trust policy.',
    });
  });
});
