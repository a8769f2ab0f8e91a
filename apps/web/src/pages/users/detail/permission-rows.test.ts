import { describe, expect, it } from 'vitest';
import { permissionRows } from './permission-rows.js';

const readOnly = { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };
const deploy = { policyName: 'Deploy', policyArn: 'arn:aws:iam::111122223333:policy/ci/Deploy' };

describe('permissionRows', () => {
  it("lists the user's own policies first, then each group's, with where they come from", () => {
    const rows = permissionRows(
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
    const rows = permissionRows(
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
    const rows = permissionRows([], [], [{ groupName: 'devs', attached: [deploy], inlineNames: [] }]);
    expect(rows[0]).toMatchObject({ groupName: 'devs', policyArn: deploy.policyArn });
  });

  it('is empty for a user without permissions', () => {
    expect(permissionRows([], [], [])).toEqual([]);
  });
});
