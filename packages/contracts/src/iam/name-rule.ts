// AWS's rule for IAM names (users, groups, roles, policies, MFA devices), free of zod so the
// console's forms can check a name without loading a schema library. The one definition: the
// contract's schemas (fields.ts) are built from these constants, and the console's checks call
// iamNameProblem.

/** AWS's alphabet for IAM names: letters, digits and `+=,.@_-`. */
export const IAM_NAME_PATTERN = /^[\w+=,.@-]+$/;

/** The most characters AWS allows in each kind of name. */
export const IAM_NAME_MAX_LENGTH = { user: 64, group: 128, role: 64, policy: 128, device: 226 } as const;

export type IamNameKind = keyof typeof IAM_NAME_MAX_LENGTH;

/** What is wrong with a name of that kind, in the order the schema checks it; undefined if nothing. */
export function iamNameProblem(
  kind: IamNameKind,
  value: string,
): 'empty' | 'too-long' | 'characters' | undefined {
  if (value.length < 1) return 'empty';
  if (value.length > IAM_NAME_MAX_LENGTH[kind]) return 'too-long';
  if (!IAM_NAME_PATTERN.test(value)) return 'characters';
  return undefined;
}
