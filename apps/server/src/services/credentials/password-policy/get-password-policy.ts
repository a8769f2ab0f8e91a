import { passwordRulesFor } from '../../../auth/password-policy.js';
import { authorize } from '../../../authz/authorize.js';
import type { PasswordPolicy } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { describePasswordRules } from './describe-password-rules.js';

/** iam:GetAccountPasswordPolicy — the account's policy (null: AWS's default applies) and its rules in words. */
export async function getPasswordPolicy(options: {
  ctx: ServiceContext;
}): Promise<{ policy: PasswordPolicy | null; rulesInForce: string[] }> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetAccountPasswordPolicy', '*');
  const accountId = ctx.principal.accountId;
  const [policy, rules] = await Promise.all([
    ctx.db.passwordPolicy.findUnique({ where: { accountId } }),
    passwordRulesFor(ctx.db, accountId),
  ]);
  return { policy, rulesInForce: describePasswordRules(rules) };
}
