import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { needsErrorPanel, switchRoleProblems } from './switch-role-form.js';

const fields = { account: '123456789012', roleName: 'InfosecAudit', displayName: '', color: null };

describe('the Switch Role form', () => {
  it('accepts an account id or alias and a role name', () => {
    expect(switchRoleProblems(fields)).toEqual({});
    expect(switchRoleProblems({ ...fields, account: ' dev-team ' })).toEqual({});
  });

  it('names each field’s problem', () => {
    expect(
      switchRoleProblems({ account: '', roleName: '', displayName: 'x'.repeat(65), color: null }),
    ).toEqual({
      account: 'Enter the account ID or alias.',
      roleName: 'Enter a role name.',
      displayName: 'The display name can have up to 64 characters.',
    });
    expect(switchRoleProblems({ ...fields, account: '12345', roleName: 'a b' })).toEqual({
      account: 'An account ID has 12 digits.',
      roleName: 'The role name can contain only alphanumeric characters and the following: + = , . @ _ -',
    });
  });

  it('shows a panel for refusals, not for field errors already under their fields', () => {
    const denied = new ApiError(403, { code: 'AccessDenied', message: 'User: arn is not authorized' });
    const fieldOnly = new ApiError(400, {
      code: 'ValidationError',
      message: 'invalid',
      fieldErrors: [{ path: 'roleName', message: 'a role name uses letters' }],
    });
    const elsewhere = new ApiError(400, {
      code: 'ValidationError',
      message: 'invalid',
      fieldErrors: [{ path: 'other', message: 'x' }],
    });
    expect(needsErrorPanel(denied)).toBe(true);
    expect(needsErrorPanel(fieldOnly)).toBe(false);
    expect(needsErrorPanel(elsewhere)).toBe(true);
    expect(needsErrorPanel(null)).toBe(false);
  });
});
