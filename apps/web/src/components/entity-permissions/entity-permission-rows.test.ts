import { describe, expect, it } from 'vitest';
import { entityPermissionRows, userPermissionRows } from './entity-permission-rows.js';

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

const readOnly = { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };
const deploy = { policyName: 'Deploy', policyArn: 'arn:aws:iam::111122223333:policy/ci/Deploy' };

describe('userPermissionRows', () => {
  it("lists the user's own policies first, then each group's, with where they come from", () => {
    const rows = userPermissionRows(
      [deploy],
      ['s3-scratch'],
      [{ groupName: 'admins', attached: [readOnly], inlineNames: ['break-glass'] }],
    );
    expect(rows.map((r) => [r.policyName, r.type, r.attachedVia])).toEqual([
      ['Deploy', 'Customer managed', 'Directly'],
      ['s3-scratch', 'Customer inline', 'Directly'],
      ['break-glass', 'Customer inline', 'Group admins'],
      ['ReadOnlyAccess', 'AWS managed', 'Group admins'],
    ]);
  });

  it('shows the same managed policy once per way it is attached, with distinct ids', () => {
    const rows = userPermissionRows(
      [readOnly],
      [],
      [
        { groupName: 'a', attached: [readOnly], inlineNames: [] },
        { groupName: 'b', attached: [readOnly], inlineNames: [] },
      ],
    );
    expect(rows.map((r) => r.attachedVia)).toEqual(['Directly', 'Group a', 'Group b']);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it('marks inherited rows with their group so they cannot be removed from the user', () => {
    const rows = userPermissionRows([], [], [{ groupName: 'devs', attached: [deploy], inlineNames: [] }]);
    expect(rows[0]).toMatchObject({ groupName: 'devs', policyArn: deploy.policyArn });
    expect(userPermissionRows([deploy], [], [])[0]!.groupName).toBeUndefined();
  });

  it('is empty for a user without permissions', () => {
    expect(userPermissionRows([], [], [])).toEqual([]);
  });
});
