import { describe, expect, it } from 'vitest';
import { initialTrustedEntityChoice } from '../../../components/trust-policy-builder/build-trust-policy.js';
import { planRoleCreation, type CreateRoleForm } from './create-role-plan.js';

const form = (patch: Partial<CreateRoleForm>): CreateRoleForm => ({
  trust: { ...initialTrustedEntityChoice(), type: 'service', service: 'lambda.amazonaws.com' },
  policies: [],
  roleName: 'fn-runner',
  path: '',
  description: '',
  maxSessionDuration: 3600,
  tags: [],
  ...patch,
});

describe('planRoleCreation', () => {
  it('creates the role with the trust policy built from the tiles, then attaches each policy', () => {
    const steps = planRoleCreation(
      form({
        roleName: ' fn-runner ',
        path: '/svc/',
        description: ' Runs functions ',
        maxSessionDuration: 7200,
        tags: [{ key: 'team', value: 'core' }],
        policies: [{ arn: 'arn:aws:iam::111122223333:policy/logs', policyName: 'logs' }],
      }),
      '111122223333',
    );
    expect(steps).toHaveLength(2);
    const [create, attach] = steps;
    expect(create).toMatchObject({
      kind: 'createRole',
      label: 'Create role fn-runner',
      request: {
        roleName: 'fn-runner',
        path: '/svc/',
        description: 'Runs functions',
        maxSessionDuration: 7200,
        tags: [{ key: 'team', value: 'core' }],
      },
    });
    const trust = JSON.parse(create!.kind === 'createRole' ? create!.request.trustPolicy : '');
    expect(trust.Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
    expect(attach).toEqual({
      kind: 'attachPolicy',
      label: 'Attach policy logs',
      policyArn: 'arn:aws:iam::111122223333:policy/logs',
    });
  });

  it('sends no empty optional fields', () => {
    const [create] = planRoleCreation(form({}), '111122223333');
    expect(create!.kind === 'createRole' && Object.keys(create!.request).sort()).toEqual([
      'maxSessionDuration',
      'roleName',
      'trustPolicy',
    ]);
  });

  it('names this account in an account trust policy', () => {
    const [create] = planRoleCreation(form({ trust: initialTrustedEntityChoice() }), '111122223333');
    const trust = JSON.parse(create!.kind === 'createRole' ? create!.request.trustPolicy : '');
    expect(trust.Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::111122223333:root' });
  });
});
