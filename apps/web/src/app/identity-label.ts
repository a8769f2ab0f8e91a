import type { WhoAmI } from '../api/types.js';

/**
 * How the top navigation names who is signed in, as the AWS console does: `alice @ acme` for an
 * IAM user (alias, or account ID without one), the email (or "Root user") for the root user.
 */
export function identityLabel(me: WhoAmI): { text: string; description: string } {
  const account = me.alias ?? me.accountId;
  if (me.type === 'root') {
    return { text: me.email ?? 'Root user', description: `Root user of account ${me.accountId}` };
  }
  return {
    text: `${me.userName ?? me.arn} @ ${account}`,
    description: `IAM user in account ${me.accountId}`,
  };
}
