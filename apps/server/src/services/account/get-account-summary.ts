import { authorize } from '../../authz/authorize.js';
import { QUOTAS } from '../../model/quotas.js';
import { signInUrl } from '../auth/get-whoami.js';
import type { ServiceContext } from '../service-context.js';

export interface AccountSummaryFacts {
  accountId: string;
  alias: string | null;
  signInUrl: string;
  counts: Record<string, number>;
  quotas: Record<string, number>;
}

/**
 * iam:GetAccountSummary — entity counts of the account beside AWS's default quotas; the root
 * user's enabled MFA devices and access keys too (AWS's AccountMFAEnabled, AccountAccessKeysPresent).
 */
export async function getAccountSummary(options: { ctx: ServiceContext }): Promise<AccountSummaryFacts> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetAccountSummary', '*');
  const accountId = ctx.principal.accountId;
  const where = { accountId };
  const [
    account,
    users,
    groups,
    roles,
    policies,
    policyVersionsInUse,
    mfaDevices,
    mfaDevicesInUse,
    accessKeys,
    rootMfaDevicesInUse,
    rootAccessKeys,
  ] = await Promise.all([
    ctx.db.account.findUniqueOrThrow({ where: { id: accountId }, select: { alias: true } }),
    ctx.db.user.count({ where }),
    ctx.db.group.count({ where }),
    ctx.db.role.count({ where }),
    ctx.db.managedPolicy.count({ where }),
    ctx.db.policyVersion.count({ where: { policy: where } }),
    ctx.db.mfaDevice.count({ where }),
    ctx.db.mfaDevice.count({ where: { ...where, enabledAt: { not: null }, userId: { not: null } } }),
    ctx.db.accessKey.count({ where }),
    ctx.db.mfaDevice.count({ where: { ...where, userId: null, forRoot: true, enabledAt: { not: null } } }),
    ctx.db.accessKey.count({ where: { ...where, userId: null } }),
  ]);
  return {
    accountId,
    alias: account.alias,
    signInUrl: signInUrl(ctx.request.origin, accountId, account.alias),
    counts: {
      users,
      groups,
      roles,
      policies,
      policyVersionsInUse,
      mfaDevices,
      mfaDevicesInUse,
      accessKeys,
      rootMfaDevicesInUse,
      rootAccessKeys,
    },
    quotas: { ...QUOTAS },
  };
}
