import { describe, expect, it } from 'vitest';
import type { VisualStatement } from './model/visual-policy.js';
import { statementSummary } from './statement-summary.js';

const base: VisualStatement = {
  key: 'k',
  effect: 'Allow',
  service: 's3',
  actionElement: 'Action',
  actions: ['GetObject', 'PutObject'],
  resourceElement: 'Resource',
  resources: ['arn:aws:s3:::b/*'],
  conditions: [],
};

describe('statementSummary', () => {
  it('counts actions, resources and conditions with the service name', () => {
    const withCondition = {
      ...base,
      conditions: [{ key: 'c', operator: 'Bool', conditionKey: 'aws:SecureTransport', values: ['true'] }],
    };
    expect(statementSummary(withCondition, 'Amazon S3')).toBe(
      'Allow 2 Amazon S3 actions on 1 resource, 1 condition',
    );
  });

  it('says what is missing', () => {
    expect(statementSummary({ ...base, service: undefined, actions: [], resources: [] })).toBe(
      'Allow: choose a service',
    );
    expect(statementSummary({ ...base, effect: 'Deny', actions: [], resources: [] })).toBe(
      'Deny no s3 actions yet on no resources yet',
    );
  });

  it('names all actions, all resources and the Not elements', () => {
    expect(statementSummary({ ...base, actions: ['*'], resources: ['*'] }, 'Amazon S3')).toBe(
      'Allow all Amazon S3 actions on all resources',
    );
    expect(
      statementSummary({
        ...base,
        actionElement: 'NotAction',
        resourceElement: 'NotResource',
        actions: ['GetObject'],
      }),
    ).toBe('Allow every action except 1 s3 action on every resource except 1 resource');
    expect(statementSummary({ ...base, service: '*', actions: ['*'], resources: ['*'] })).toBe(
      'Allow every action of every service on all resources',
    );
  });
});
