import { describe, expect, it } from 'vitest';
import { entityPermissionRows } from './entity-permission-rows.js';

describe('entityPermissionRows', () => {
  it('lists managed and inline policies by name with their type', () => {
    const rows = entityPermissionRows(
      [
        { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        { policyName: 'deploy', policyArn: 'arn:aws:iam::111122223333:policy/ci/deploy' },
      ],
      ['assume-ci', 'Deploy'],
    );
    expect(rows.map((r) => [r.policyName, r.type, r.policyArn])).toEqual([
      ['assume-ci', 'Customer inline', undefined],
      ['deploy', 'Customer managed', 'arn:aws:iam::111122223333:policy/ci/deploy'],
      ['Deploy', 'Customer inline', undefined],
      ['ReadOnlyAccess', 'AWS managed', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    ]);
  });

  it('keeps a managed and an inline policy of the same name apart', () => {
    const rows = entityPermissionRows(
      [{ policyName: 'ops', policyArn: 'arn:aws:iam::111122223333:policy/ops' }],
      ['ops'],
    );
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
  });
});
