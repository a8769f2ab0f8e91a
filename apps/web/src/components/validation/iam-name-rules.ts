// The console's checks of IAM names (users, groups, roles, policies, MFA devices) before a
// request is sent: the contract's name rule, the one the server's schemas are built from, worded
// as AWS's console words it. The rule is plain code, so no page loads zod to check a name
// (iam-names-contract.test.ts holds these checks to the server's schemas).
import { IAM_NAME_MAX_LENGTH, iamNameProblem, type IamNameKind } from '@gatehouse/contracts/iam/name-rule';

function checkName(kind: IamNameKind, value: string, what: string): string | undefined {
  switch (iamNameProblem(kind, value)) {
    case undefined:
      return undefined;
    case 'empty':
      return `Enter a ${what}.`;
    case 'too-long':
      return `The ${what} can have up to ${IAM_NAME_MAX_LENGTH[kind]} characters.`;
    case 'characters':
      return `The ${what} can contain only alphanumeric characters and the following: + = , . @ _ -`;
  }
}

export const validateUserName = (value: string) => checkName('user', value, 'user name');
export const validateGroupName = (value: string) => checkName('group', value, 'group name');
export const validateRoleName = (value: string) => checkName('role', value, 'role name');
export const validatePolicyName = (value: string) => checkName('policy', value, 'policy name');
export const validateMfaDeviceName = (value: string) => checkName('device', value, 'device name');

/** The constraint text under a name field: "Up to 64 characters: letters, digits and + = , . @ _ -." */
export function iamNameConstraint(kind: IamNameKind): string {
  return `Up to ${IAM_NAME_MAX_LENGTH[kind]} characters: letters, digits and + = , . @ _ -.`;
}
