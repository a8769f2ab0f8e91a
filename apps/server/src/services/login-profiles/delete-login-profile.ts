import { inTransaction } from '../../db/in-transaction.js';
import { revokeSessions } from '../../auth/sessions.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { userArn } from '../../model/arns.js';
import type { ServiceContext } from '../service-context.js';
import { authorizeOnUser } from '../iam/common/targets.js';
import { noSuchLoginProfile } from './get-login-profile.js';

/** iam:DeleteLoginProfile — removes the user's console password and ends their console sessions. */
export async function deleteLoginProfile(options: { ctx: ServiceContext; userName: string }): Promise<void> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:DeleteLoginProfile');
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.loginProfile.deleteMany({ where: { userId: user.id } });
    if (count === 0) throw noSuchLoginProfile(user.name);
    await revokeSessions(tx, { accountId: user.accountId, userId: user.id });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteLoginProfile',
      resource: userArn(user.accountId, user.path, user.name),
      result: 'Success',
      details: { userName: user.name },
    });
  });
}
