// The console's checks of IAM names (users, groups, roles, policies, MFA devices) before a
// request is sent: the contract's schemas, the ones the server parses requests with, worded as
// AWS's console words them. Their own module, so that only the pages with a name field load zod.
import { mfaDeviceNameSchema } from '@gatehouse/contracts/credentials/mfa-devices';
import {
  IAM_NAME_MAX_LENGTH,
  groupNameSchema,
  policyNameSchema,
  roleNameSchema,
  userNameSchema,
  type IamNameKind,
} from '@gatehouse/contracts/iam/fields';

/**
 * A name judged by the server's own schema (the contract's), the answer worded as AWS's console
 * words it: what is refused here is exactly what the server would refuse.
 */
function checkName(schema: typeof userNameSchema, value: string, what: string): string | undefined {
  const issue = schema.safeParse(value).error?.issues[0];
  if (issue === undefined) return undefined;
  if (issue.code === 'too_small') return `Enter a ${what}.`;
  if (issue.code === 'too_big') return `The ${what} can have up to ${issue.maximum} characters.`;
  return `The ${what} can contain only alphanumeric characters and the following: + = , . @ _ -`;
}

export const validateUserName = (value: string) => checkName(userNameSchema, value, 'user name');
export const validateGroupName = (value: string) => checkName(groupNameSchema, value, 'group name');
export const validateRoleName = (value: string) => checkName(roleNameSchema, value, 'role name');
export const validatePolicyName = (value: string) => checkName(policyNameSchema, value, 'policy name');
export const validateMfaDeviceName = (value: string) => checkName(mfaDeviceNameSchema, value, 'device name');

/** The constraint text under a name field: "Up to 64 characters: letters, digits and + = , . @ _ -." */
export function iamNameConstraint(kind: IamNameKind): string {
  return `Up to ${IAM_NAME_MAX_LENGTH[kind]} characters: letters, digits and + = , . @ _ -.`;
}
