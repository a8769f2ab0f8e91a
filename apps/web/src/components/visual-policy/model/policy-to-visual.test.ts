import { describe, expect, it } from 'vitest';
import { policyToVisual } from './policy-to-visual.js';
import type { ToVisualResult } from './visual-policy.js';
import { withoutKeys } from './testing/without-keys.js';

function cards(policy: unknown): unknown {
  const result = policyToVisual(typeof policy === 'string' ? policy : JSON.stringify(policy));
  if (!result.ok) throw new Error(`refused: ${result.problem.reason}`);
  return withoutKeys(result.policy);
}

function refusal(policy: unknown): Extract<ToVisualResult, { ok: false }>['problem'] {
  const result = policyToVisual(typeof policy === 'string' ? policy : JSON.stringify(policy));
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.problem;
}

const allowS3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

describe('policyToVisual: what the cards show', () => {
  it('reads a statement into a card: service, actions as written, resources, conditions', () => {
    expect(
      cards({
        Version: '2012-10-17',
        Id: 'doc-1',
        Statement: [
          {
            Sid: 'Read',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:List*'],
            Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
            Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
          },
        ],
      }),
    ).toEqual({
      version: '2012-10-17',
      id: 'doc-1',
      statements: [
        {
          sid: 'Read',
          effect: 'Allow',
          service: 's3',
          actionElement: 'Action',
          actions: ['GetObject', 'List*'],
          resourceElement: 'Resource',
          resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
          conditions: [{ operator: 'IpAddress', conditionKey: 'aws:SourceIp', values: ['203.0.113.0/24'] }],
        },
      ],
    });
  });

  it('treats prefixes that differ only by case as one service, keeping action names as written', () => {
    const policy = cards({
      Version: '2012-10-17',
      Statement: { ...allowS3, Action: ['S3:getObject', 's3:PutObject'] },
    });
    expect(policy).toMatchObject({ statements: [{ service: 's3', actions: ['getObject', 'PutObject'] }] });
  });

  it('reads "Action": "*" as the every-service card and keeps NotAction and NotResource', () => {
    const policy = cards({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:iam::*:user/${aws:username}'] },
      ],
    });
    expect(policy).toMatchObject({
      statements: [
        { service: '*', actions: ['*'], actionElement: 'Action', resources: ['*'] },
        {
          effect: 'Deny',
          service: 'iam',
          actionElement: 'NotAction',
          actions: ['*'],
          resourceElement: 'NotResource',
          resources: ['arn:aws:iam::*:user/${aws:username}'],
        },
      ],
    });
  });

  it('reads a single statement object, and a policy without Version as 2008-10-17 (the rules AWS applies then)', () => {
    expect(cards({ Statement: allowS3 })).toMatchObject({
      version: '2008-10-17',
      statements: [{ service: 's3' }],
    });
  });

  it('reads number and boolean condition values as the strings AWS compares, qualifiers as written', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*",
      "Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":false},"NumericLessThan":{"s3:max-keys":[10, 2.50]},
      "ForAllValues:StringLike":{"aws:TagKeys":["team","cost-*"]}}}]}`;
    expect(cards(text)).toMatchObject({
      statements: [
        {
          conditions: [
            { operator: 'BoolIfExists', conditionKey: 'aws:MultiFactorAuthPresent', values: ['false'] },
            { operator: 'NumericLessThan', conditionKey: 's3:max-keys', values: ['10', '2.50'] },
            { operator: 'ForAllValues:StringLike', conditionKey: 'aws:TagKeys', values: ['team', 'cost-*'] },
          ],
        },
      ],
    });
  });

  it('shows unfinished statements as unfinished cards: no Action, an empty list, a service with no action', () => {
    const policy = cards({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow' },
        { Effect: 'Allow', Action: [], Resource: [] },
        { Effect: 'Deny', Action: 'ec2:' },
      ],
    });
    expect(policy).toMatchObject({
      statements: [
        { actions: [], resources: [], actionElement: 'Action', resourceElement: 'Resource' },
        { actions: [], resources: [] },
        { service: 'ec2', actions: [] },
      ],
    });
    expect((policy as { statements: object[] }).statements[0]).not.toHaveProperty('service');
  });

  it('gives every card and condition row its own key', () => {
    const result = policyToVisual(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { ...allowS3, Condition: { Bool: { 'aws:SecureTransport': 'true' }, Null: { 's3:x': 'false' } } },
          allowS3,
        ],
      }),
    );
    if (!result.ok) throw new Error(result.problem.reason);
    const keys = result.policy.statements.flatMap((s) => [s.key, ...s.conditions.map((c) => c.key)]);
    expect(new Set(keys).size).toBe(4);
  });
});

describe('policyToVisual: what it refuses, and why', () => {
  it('refuses JSON with errors, pointing where the evaluator does', () => {
    expect(refusal('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", } ] }')).toMatchObject({
      code: 'json-error',
      reason: expect.stringMatching(/^the JSON has an error: /),
    });
    expect(
      refusal({ Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: '*', Resource: '*' }] }),
    ).toMatchObject({
      code: 'json-error',
      path: ['Statement', 0, 'Effect'],
    });
    expect(refusal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Actions: '*' }] }).code).toBe(
      'json-error',
    );
    expect(refusal('[]').code).toBe('json-error');
  });

  it('refuses duplicate keys, whose shadowed value the cards would silently drop', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
      "Condition":{"StringEquals":{"aws:PrincipalTag/team":"a","aws:PrincipalTag/team":"b"}}}]}`;
    expect(refusal(text)).toEqual({
      code: 'duplicate-key',
      reason:
        'duplicate key `aws:PrincipalTag/team`: only the last one counts, and the visual editor would drop the others',
      path: ['Statement', 0, 'Condition', 'StringEquals', 'aws:PrincipalTag/team'],
    });
  });

  it('refuses principals: only identity policies are edited visually', () => {
    expect(refusal({ Version: '2012-10-17', Statement: [{ ...allowS3, Principal: { AWS: '*' } }] })).toEqual({
      code: 'principal',
      reason: 'statement 1 has a `Principal`: only identity policies are edited visually',
      path: ['Statement', 0, 'Principal'],
    });
    expect(
      refusal({ Statement: [allowS3, { ...allowS3, Sid: 'X', Effect: 'Deny', NotPrincipal: { AWS: 'a' } }] }),
    ).toMatchObject({
      reason: 'statement `X` has a `NotPrincipal`: only identity policies are edited visually',
      path: ['Statement', 1, 'NotPrincipal'],
    });
  });

  it('refuses actions of several services in one statement, naming them', () => {
    const statement = {
      Effect: 'Allow',
      Action: ['ec2:Describe*', 's3:GetObject', 'iam:GetUser', 'EC2:RunInstances'],
      Resource: '*',
    };
    expect(refusal({ Version: '2012-10-17', Statement: [allowS3, statement] })).toEqual({
      code: 'several-services',
      reason:
        'statement 2 names actions of 3 services (`ec2`, `s3`, `iam`); the visual editor edits one service per statement',
      path: ['Statement', 1, 'Action'],
    });
    const many = { ...statement, Action: ['a:X', 'b:X', 'c:X', 'd:X', 'e:X'] };
    expect(refusal({ Statement: many }).reason).toContain('5 services (`a`, `b`, `c` and 2 more)');
  });

  it('refuses `*` next to other actions, actions without a plain service prefix, and empty action names', () => {
    expect(refusal({ Statement: { ...allowS3, Action: ['s3:GetObject', '*'] } })).toMatchObject({
      code: 'star-with-others',
      path: ['Statement', 0, 'Action', 1],
    });
    expect(refusal({ Statement: { ...allowS3, NotAction: ['GetObject'], Action: undefined } })).toMatchObject(
      {
        code: 'not-service-action',
        reason:
          'statement 1: action `GetObject` has no service prefix; the visual editor shows actions as `service:action`',
        path: ['Statement', 0, 'NotAction', 0],
      },
    );
    expect(refusal({ Statement: { ...allowS3, Action: 's3*:Get*' } }).code).toBe('not-service-action');
    expect(refusal({ Statement: { ...allowS3, Action: ['s3:', 's3:GetObject'] } }).code).toBe(
      'empty-action-name',
    );
  });

  it('refuses an element together with its Not form', () => {
    expect(refusal({ Statement: { ...allowS3, NotAction: 's3:PutObject' } })).toMatchObject({
      code: 'conflicting-elements',
      reason: 'statement 1 has both `Action` and `NotAction`',
    });
    expect(refusal({ Statement: { ...allowS3, NotResource: '*' } })).toMatchObject({
      code: 'conflicting-elements',
      path: ['Statement', 0, 'NotResource'],
    });
  });
});
