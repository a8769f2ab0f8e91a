import { authorize } from '../../../authz/authorize.js';
import type { AccountSecurity } from '@gatehouse/contracts/credentials/account-security';
import type { ServiceContext } from '../../service-context.js';

const DAY_MS = 86_400_000;
const NAMES_SHOWN = 100;

/**
 * The facts behind the dashboard's security recommendations (AWS's IAM dashboard checks):
 * root MFA, root keys, a password policy, old or unused credentials, passwords without MFA.
 * Read under iam:GetAccountSummary, like the rest of the dashboard.
 */
export async function getAccountSecurity(options: { ctx: ServiceContext }): Promise<AccountSecurity> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetAccountSummary', '*');
  const accountId = ctx.principal.accountId;
  const cutoff = new Date(ctx.clock().getTime() - 90 * DAY_MS);
  const withoutMfa = {
    accountId,
    loginProfile: { isNot: null },
    mfaDevices: { none: { enabledAt: { not: null } } },
  };
  const [
    rootMfa,
    rootAccessKeys,
    policy,
    oldKeys,
    usersWithoutMfa,
    usersWithoutMfaCount,
    unusedPasswords,
    unusedKeys,
  ] = await Promise.all([
    ctx.db.mfaDevice.count({ where: { accountId, userId: null, forRoot: true, enabledAt: { not: null } } }),
    ctx.db.accessKey.count({ where: { accountId, userId: null } }),
    ctx.db.passwordPolicy.count({ where: { accountId } }),
    ctx.db.accessKey.count({ where: { accountId, status: 'Active', createdAt: { lt: cutoff } } }),
    ctx.db.user.findMany({
      where: withoutMfa,
      orderBy: { nameLower: 'asc' },
      take: NAMES_SHOWN,
      select: { name: true },
    }),
    ctx.db.user.count({ where: withoutMfa }),
    ctx.db.user.count({
      where: {
        accountId,
        loginProfile: { is: { createdAt: { lt: cutoff } } },
        OR: [{ passwordLastUsed: null }, { passwordLastUsed: { lt: cutoff } }],
      },
    }),
    ctx.db.accessKey.count({
      where: {
        accountId,
        status: 'Active',
        createdAt: { lt: cutoff },
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }],
      },
    }),
  ]);
  return {
    rootMfaEnabled: rootMfa > 0,
    rootAccessKeys,
    passwordPolicySet: policy > 0,
    activeAccessKeysOlderThan90Days: oldKeys,
    usersWithPasswordWithoutMfa: usersWithoutMfa.map((u) => u.name),
    usersWithPasswordWithoutMfaCount: usersWithoutMfaCount,
    passwordsUnusedFor90Days: unusedPasswords,
    accessKeysUnusedFor90Days: unusedKeys,
  };
}
