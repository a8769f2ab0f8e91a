import { describe, expect, it } from 'vitest';
import { runSimulation } from './simulator-run.js';

const doc = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const ana = 'arn:aws:iam::111122223333:user/ana';

describe('runSimulation (browser)', () => {
  it('decides every action × resource and explains it with the policy and statement', () => {
    const results = runSimulation({
      principalArn: ana,
      policies: [
        {
          id: `${ana}:inline/read`,
          name: 'read (inline)',
          category: 'identity',
          document: doc([
            {
              Sid: 'ReadFromOffice',
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::reports/*',
              Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
            },
          ]),
        },
        {
          id: 'arn:aws:iam::111122223333:policy/boundary',
          name: 'boundary',
          category: 'boundary',
          document: doc([{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }]),
        },
      ],
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: ['arn:aws:s3:::reports/q3.pdf'],
      context: { 'aws:SourceIp': '203.0.113.5' },
    });
    expect(results.map((r) => [r.action, r.decision])).toEqual([
      ['s3:GetObject', 'Allow'],
      ['s3:PutObject', 'ImplicitDeny'],
    ]);
    expect(results[0]!.explanation.decidedBy).toEqual([
      expect.objectContaining({ policyName: 'read (inline)', sid: 'ReadFromOffice', index: 0 }),
    ]);
  });
});
