import type { WhoAmI } from '../api/types.js';

/**
 * How the top navigation names who is signed in, as the AWS console does: `alice @ acme` for an
 * IAM user (alias, or account ID without one), the email (or "Root user") for the root user, and
 * the display name chosen at switch role (by default `role @ account`) for a switched session.
 */
export function identityLabel(me: WhoAmI): { text: string; description: string } {
  const account = me.alias ?? me.accountId;
  if (me.type === 'root') {
    return { text: me.email ?? 'Root user', description: `Root user of account ${me.accountId}` };
  }
  if (me.type === 'assumed-role' && me.role) {
    return {
      text: me.role.displayName,
      description: `Role ${me.role.roleName} in account ${me.accountId}`,
    };
  }
  return {
    text: `${me.userName ?? me.arn} @ ${account}`,
    description: `IAM user in account ${me.accountId}`,
  };
}

/** The account of an IAM ARN (`arn:aws:iam::123456789012:user/alice` → `123456789012`). */
export function accountOfArn(arn: string): string | undefined {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}
