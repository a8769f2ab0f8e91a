import { passwordPolicyViolation, type PasswordRules } from '../../../auth/password-policy.js';
import { verifyPassword } from '../../../auth/password-hash.js';
import type { DbOrTx } from '../../../db/client.js';

/** AWS's maximum for reuse prevention: the most history there is ever a reason to keep. */
export const PASSWORD_HISTORY_LIMIT = 24;

/**
 * PasswordPolicyViolation when the account's reuse prevention forbids this password: it
 * matches one of the user's last N passwords (the current one included).
 */
export async function assertPasswordNotReused(
  db: DbOrTx,
  userId: string,
  password: string,
  rules: PasswordRules,
  path = 'password',
): Promise<void> {
  const remembered = rules.passwordReusePrevention;
  if (!remembered) return;
  const [history, profile] = await Promise.all([
    db.passwordHistory.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: remembered }),
    db.loginProfile.findUnique({ where: { userId }, select: { passwordHash: true } }),
  ]);
  const hashes = new Set(history.map((h) => h.passwordHash));
  if (profile) hashes.add(profile.passwordHash);
  for (const hash of hashes) {
    if (await verifyPassword(hash, password)) {
      throw passwordPolicyViolation(
        [`it must not be one of your last ${remembered} password${remembered === 1 ? '' : 's'}`],
        path,
      );
    }
  }
}

/** Remembers a password just set (its argon2id hash) and forgets all but the last 24. */
export async function rememberPassword(
  db: DbOrTx,
  entry: { accountId: string; userId: string; passwordHash: string; now: Date },
): Promise<void> {
  await db.passwordHistory.create({
    data: {
      accountId: entry.accountId,
      userId: entry.userId,
      passwordHash: entry.passwordHash,
      createdAt: entry.now,
    },
  });
  const stale = await db.passwordHistory.findMany({
    where: { userId: entry.userId },
    orderBy: { createdAt: 'desc' },
    skip: PASSWORD_HISTORY_LIMIT,
    select: { id: true },
  });
  if (stale.length > 0)
    await db.passwordHistory.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
}
