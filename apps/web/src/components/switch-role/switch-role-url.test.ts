import { describe, expect, it } from 'vitest';
import { switchRoleFieldsFromSearch, switchRoleUrl } from './switch-role-url.js';

describe('the switch role link', () => {
  it('is written as AWS writes it: account, role name, display name', () => {
    expect(
      switchRoleUrl('https://iam.example.com', {
        account: 'dev-team',
        roleName: 'InfosecAudit',
        displayName: 'InfosecAudit',
      }),
    ).toBe(
      'https://iam.example.com/switchrole?account=dev-team&roleName=InfosecAudit&displayName=InfosecAudit',
    );
    expect(switchRoleUrl('http://localhost:3000', { account: '123456789012', roleName: 'a+b=c,d.e@f' })).toBe(
      'http://localhost:3000/switchrole?account=123456789012&roleName=a%2Bb%3Dc%2Cd.e%40f',
    );
  });

  it('fills the form back in, whatever the link was', () => {
    const url = new URL(
      switchRoleUrl('http://x', { account: 'dev', roleName: 'a+b', displayName: 'Prod audit @ dev' }),
    );
    expect(switchRoleFieldsFromSearch(url.searchParams)).toEqual({
      account: 'dev',
      roleName: 'a+b',
      displayName: 'Prod audit @ dev',
      color: null,
    });
    expect(switchRoleFieldsFromSearch(new URLSearchParams('color=blue&account=%20dev%20'))).toEqual({
      account: 'dev',
      roleName: '',
      displayName: '',
      color: 'blue',
    });
    expect(switchRoleFieldsFromSearch(new URLSearchParams('color=purple')).color).toBeNull();
  });
});
