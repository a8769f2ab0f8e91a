import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { groupMatch, policyMatch, searchOptions, userMatch } from './search-results.js';

describe('searchOptions', () => {
  it('groups matches by type, in order, each linking to its page', () => {
    const groups = searchOptions([
      { type: 'users', matches: [userMatch({ userName: 'a b', path: '/ops/' })] },
      { type: 'groups', matches: [] },
      { type: 'roles', matches: [] },
      {
        type: 'policies',
        matches: [policyMatch({ policyName: 'Deploy', arn: 'arn:aws:iam::123456789012:policy/Deploy' })],
      },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Users', 'Policies']);
    expect(groups[0]!.options[0]).toEqual({ value: '/users/a%20b', label: 'a b', description: '/ops/' });
    expect(groups[1]!.options[0]!.value).toBe(
      '/policies/arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2FDeploy',
    );
  });

  it('says which types the caller may not list, as a disabled entry', () => {
    const denied = new ApiError(403, { code: 'AccessDenied', message: 'no' });
    const groups = searchOptions([
      { type: 'users', matches: [userMatch({ userName: 'ann', path: '/' })] },
      { type: 'roles', error: denied },
      { type: 'groups', matches: [groupMatch({ groupName: 'ops', path: '/' })] },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Users', 'Roles', 'User groups']);
    expect(groups[1]!.options).toEqual([
      { value: 'unavailable:roles', label: 'You are not authorized to list roles', disabled: true },
    ]);
  });
});
