/**
 * The ARN a list-by-path action (iam:ListUsers, ListGroups, ListRoles, ListPolicies) is
 * authorised on: the path prefix as a resource, e.g. `arn:aws:iam::<acct>:user/app/`. The IAM
 * User Guide's path examples scope iam:ListUsers this way (`"Resource":
 * "arn:aws:iam::<acct>:user/division_abc/*"`); the service authorization reference lists no
 * resource for these actions, i.e. `*`, which matches this ARN as well.
 */
export function listResourceArn(
  arnOf: (accountId: string, path: string, name: string) => string,
  accountId: string,
  pathPrefix: string | undefined,
): string {
  return arnOf(accountId, pathPrefix ?? '/', '');
}
