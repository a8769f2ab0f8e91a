import { describe, expect, it } from 'vitest';
import { trustedEntitiesSummary } from './trusted-entities-summary.js';

const policy = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('trustedEntitiesSummary', () => {
  it('names services without their amazonaws.com suffix', () => {
    const text = policy({
      Effect: 'Allow',
      Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] },
      Action: 'sts:AssumeRole',
    });
    expect(trustedEntitiesSummary(text)).toEqual(['AWS Service: ec2', 'AWS Service: lambda']);
  });

  it('names accounts given by root ARN or bare ID, and other principals by ARN', () => {
    const text = policy({
      Effect: 'Allow',
      Principal: {
        AWS: ['arn:aws:iam::111122223333:root', '444455556666', 'arn:aws:iam::111122223333:role/ci'],
      },
      Action: 'sts:AssumeRole',
    });
    expect(trustedEntitiesSummary(text)).toEqual([
      'Account: 111122223333',
      'Account: 444455556666',
      'arn:aws:iam::111122223333:role/ci',
    ]);
  });

  it('reads a single statement object, federated principals and the wildcard, once each', () => {
    const single = JSON.stringify({
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com', AWS: '*' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      },
    });
    expect(trustedEntitiesSummary(single)).toEqual([
      'Anyone (*)',
      'Identity Provider: cognito-identity.amazonaws.com',
    ]);
    expect(
      trustedEntitiesSummary(
        policy({ Effect: 'Allow', Principal: '*' }, { Effect: 'Allow', Principal: '*' }),
      ),
    ).toEqual(['Anyone (*)']);
  });

  it('ignores Deny statements and unreadable text', () => {
    const text = policy({ Effect: 'Deny', Principal: { AWS: '444455556666' }, Action: 'sts:AssumeRole' });
    expect(trustedEntitiesSummary(text)).toEqual([]);
    expect(trustedEntitiesSummary('{ not json')).toEqual([]);
    expect(trustedEntitiesSummary(undefined)).toEqual([]);
  });
});
