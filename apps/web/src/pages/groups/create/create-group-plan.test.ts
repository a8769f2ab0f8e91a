import { describe, expect, it } from 'vitest';
import { planGroupCreation } from './create-group-plan.js';

describe('planGroupCreation', () => {
  it('creates the group first, then adds users and attaches policies', () => {
    const steps = planGroupCreation({
      groupName: ' admins ',
      path: '/ops/',
      users: ['jeff', 'ana'],
      policies: [{ arn: 'arn:aws:iam::111122223333:policy/ops', policyName: 'ops' }],
    });
    expect(steps).toEqual([
      { kind: 'createGroup', label: 'Create group admins', groupName: 'admins', path: '/ops/' },
      { kind: 'addUser', label: 'Add user jeff', userName: 'jeff' },
      { kind: 'addUser', label: 'Add user ana', userName: 'ana' },
      { kind: 'attachPolicy', label: 'Attach policy ops', policyArn: 'arn:aws:iam::111122223333:policy/ops' },
    ]);
  });

  it('leaves the path to the server when none is given', () => {
    const [create] = planGroupCreation({ groupName: 'devs', path: '  ', users: [], policies: [] });
    expect(create).toEqual({ kind: 'createGroup', label: 'Create group devs', groupName: 'devs' });
  });
});
