import { passwordRulesFor } from '../../../auth/password-policy.js';
import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { UpdatePasswordPolicyRequest } from '@gatehouse/contracts/credentials/password-policy';
import type { PasswordPolicy } from '../../../db/generated/client.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { describePasswordRules } from './describe-password-rules.js';

/**
 * iam:UpdateAccountPasswordPolicy. As in AWS, the request describes the whole policy: a field
 * left out takes AWS's value for it (minimum length 6, no character rules, no expiry, no
 * reuse prevention, users may not change their password), not the previous one.
 */
export async function updatePasswordPolicy(options: {
  ctx: ServiceContext;
  request: UpdatePasswordPolicyRequest;
}): Promise<{ policy: PasswordPolicy; rulesInForce: string[] }> {
  const { ctx, request } = options;
  await authorize(ctx, 'iam:UpdateAccountPasswordPolicy', '*');
  const accountId = ctx.principal.accountId;
  const values = {
    minimumPasswordLength: request.minimumPasswordLength ?? 6,
    requireSymbols: request.requireSymbols ?? false,
    requireNumbers: request.requireNumbers ?? false,
    requireUppercaseCharacters: request.requireUppercaseCharacters ?? false,
    requireLowercaseCharacters: request.requireLowercaseCharacters ?? false,
    allowUsersToChangePassword: request.allowUsersToChangePassword ?? false,
    maxPasswordAge: request.maxPasswordAge ?? null,
    passwordReusePrevention: request.passwordReusePrevention ?? null,
    hardExpiry: request.hardExpiry ?? false,
  };
  const policy = await inTransaction(ctx, async (tx) => {
    const saved = await tx.passwordPolicy.upsert({
      where: { accountId },
      create: { accountId, ...values },
      update: values,
    });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:UpdateAccountPasswordPolicy',
      resource: '*',
      result: 'Success',
      details: values,
    });
    return saved;
  });
  return { policy, rulesInForce: describePasswordRules(await passwordRulesFor(ctx.db, accountId)) };
}
