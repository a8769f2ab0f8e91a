import { checkPolicyText } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { formatPolicyText } from '../../policy-editor/format-policy-text.js';
import { newCondition } from './new-condition.js';
import { duplicateStatement, newStatement } from './new-statement.js';
import { policyToVisual } from './policy-to-visual.js';
import { randomVisualPolicy, seededRandom } from './testing/random-visual-policy.js';
import { statementWithoutKeys, withoutKeys } from './testing/without-keys.js';
import type { VisualPolicy, VisualStatement } from './visual-policy.js';
import { visualToPolicy } from './visual-to-policy.js';

function policyOf(...statements: VisualStatement[]): VisualPolicy {
  return { version: '2012-10-17', statements };
}

function readBack(policy: VisualPolicy): unknown {
  const result = policyToVisual(visualToPolicy(policy));
  if (!result.ok) throw new Error(`refused: ${result.problem.reason}\n${visualToPolicy(policy)}`);
  return withoutKeys(result.policy);
}

const readS3: VisualStatement = {
  key: 'k1',
  sid: 'Read',
  effect: 'Allow',
  service: 's3',
  actionElement: 'Action',
  actions: ['GetObject', 'List*'],
  resourceElement: 'Resource',
  resources: ['arn:aws:s3:::reports/*'],
  conditions: [
    { key: 'c1', operator: 'StringEquals', conditionKey: 'aws:PrincipalTag/team', values: ['data'] },
    {
      key: 'c2',
      operator: 'IpAddress',
      conditionKey: 'aws:SourceIp',
      values: ['10.0.0.0/8', '192.0.2.0/24'],
    },
  ],
};

describe('visualToPolicy', () => {
  it('writes elements in AWS order, one value as a string and several as an array', () => {
    expect(visualToPolicy({ ...policyOf(readS3), id: 'doc' })).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Id": "doc",',
        '  "Statement": [',
        '    {',
        '      "Sid": "Read",',
        '      "Effect": "Allow",',
        '      "Action": [',
        '        "s3:GetObject",',
        '        "s3:List*"',
        '      ],',
        '      "Resource": "arn:aws:s3:::reports/*",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "aws:PrincipalTag/team": "data"',
        '        },',
        '        "IpAddress": {',
        '          "aws:SourceIp": [',
        '            "10.0.0.0/8",',
        '            "192.0.2.0/24"',
        '          ]',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a complete card as a policy the evaluator accepts', () => {
    const check = checkPolicyText(visualToPolicy(policyOf(readS3)), 'identity');
    expect(check.diagnostics).toEqual([]);
  });

  it('writes the every-service card as "Action": "*" and NotAction / NotResource as chosen', () => {
    const text = visualToPolicy(
      policyOf(
        { ...newStatement(), service: '*', actions: ['*'], resources: ['*'] },
        { ...readS3, actionElement: 'NotAction', resourceElement: 'NotResource', conditions: [] },
      ),
    );
    expect(JSON.parse(text)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        {
          Sid: 'Read',
          Effect: 'Allow',
          NotAction: ['s3:GetObject', 's3:List*'],
          NotResource: 'arn:aws:s3:::reports/*',
        },
      ],
    });
  });

  it('keeps integer-like condition keys in place and escapes what JSON must', () => {
    const statement: VisualStatement = {
      ...readS3,
      conditions: [
        { key: 'a', operator: 'StringEquals', conditionKey: 'b', values: ['say "hi"\\'] },
        { key: 'b', operator: 'StringEquals', conditionKey: '10', values: ['ünï'] },
      ],
    };
    const text = visualToPolicy(policyOf(statement));
    expect(text.indexOf('"b"')).toBeLessThan(text.indexOf('"10"'));
    expect(readBack(policyOf(statement))).toEqual(withoutKeys(policyOf(statement)));
  });

  it('writes text the Format button leaves alone', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 50; i++) {
      const text = visualToPolicy(randomVisualPolicy(random));
      expect(formatPolicyText(text)).toBe(text);
    }
  });
});

describe('unfinished cards', () => {
  const unfinished: [string, VisualStatement, string][] = [
    ['a new card (no service, actions or resources)', newStatement(), 'empty-array'],
    ['a service without actions', { ...newStatement(), service: 'ec2', resources: ['*'] }, 'invalid-action'],
    ['actions without resources', { ...readS3, resources: [] }, 'empty-array'],
    [
      'a condition without values',
      { ...readS3, conditions: [newCondition('StringEquals', 's3:prefix')] },
      'empty-array',
    ],
    [
      'a condition without an operator',
      { ...readS3, conditions: [{ ...newCondition('', 's3:prefix'), values: ['a'] }] },
      'unknown-condition-operator',
    ],
  ];

  it.each(unfinished)(
    '%s: the evaluator refuses the JSON (Save stays disabled)',
    (_name, statement, code) => {
      const check = checkPolicyText(visualToPolicy(policyOf(statement)), 'identity');
      expect(check.ok).toBe(false);
      expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain(code);
    },
  );

  it.each(unfinished)('%s: the JSON reads back into the same card', (_name, statement) => {
    expect(readBack(policyOf(statement))).toEqual(withoutKeys(policyOf(statement)));
  });
});

describe('visual → JSON → visual', () => {
  it('gives back the same policy, for 2,000 random policies', () => {
    const random = seededRandom(20261123);
    for (let i = 0; i < 2000; i++) {
      const policy = randomVisualPolicy(random);
      expect(readBack(policy), visualToPolicy(policy)).toEqual(withoutKeys(policy));
    }
  });

  it('returns rows of one operator together, since JSON nests them under it', () => {
    const conditions = [
      { key: '1', operator: 'StringEquals', conditionKey: 'a:x', values: ['1'] },
      { key: '2', operator: 'Bool', conditionKey: 'a:y', values: ['true'] },
      { key: '3', operator: 'StringEquals', conditionKey: 'a:z', values: ['3'] },
    ];
    const back = readBack(policyOf({ ...readS3, conditions })) as VisualPolicy;
    expect(back.statements[0]?.conditions.map((c) => c.conditionKey)).toEqual(['a:x', 'a:z', 'a:y']);
  });
});

describe('newStatement and duplicateStatement', () => {
  it('makes an empty Allow card with a fresh key each time', () => {
    const [a, b] = [newStatement(), newStatement()];
    expect(a).toMatchObject({ effect: 'Allow', actions: [], resources: [], conditions: [] });
    expect(a.key).not.toBe(b.key);
  });

  it('duplicates a card with fresh keys, without its Sid, sharing no arrays with the original', () => {
    const copy = duplicateStatement(readS3);
    expect(copy).not.toHaveProperty('sid');
    expect(copy.key).not.toBe(readS3.key);
    expect(copy.conditions.map((c) => c.key)).not.toContain('c1');
    const { sid: _sid, ...original } = readS3;
    expect(statementWithoutKeys(copy)).toEqual(statementWithoutKeys(original));
    copy.actions.push('PutObject');
    copy.conditions[0]?.values.push('more');
    expect(readS3.actions).toEqual(['GetObject', 'List*']);
    expect(readS3.conditions[0]?.values).toEqual(['data']);
  });
});
