import { checkPassword, passwordRulesFor, AWS_DEFAULT_PASSWORD_RULES } from '../../auth/password-policy.js';
import { hashPassword, verifyPassword } from '../../auth/password-hash.js';
import { revokeSessions } from '../../auth/sessions.js';
import {
  reserveSignInAttempt,
  signInAttemptSucceeded,
  signInThrottleKeys,
} from '../../auth/sign-in-throttle.js';
import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { AppError } from '../../errors/app-error.js';
import {
  assertPasswordNotReused,
  rememberPassword,
} from '../credentials/password-policy/password-history.js';
import type { ServiceContext } from '../service-context.js';

export interface ChangeOwnPasswordOptions {
  ctx: ServiceContext;
  oldPassword: string;
  newPassword: string;
}

function wrongOldPassword(): AppError {
  return new AppError('InvalidInput', 'the current password is incorrect', {
    fieldErrors: [{ path: 'oldPassword', message: 'the current password is incorrect' }],
  });
}

function samePassword(): AppError {
  return new AppError('PasswordPolicyViolation', 'the new password must differ from the current one', {
    fieldErrors: [{ path: 'newPassword', message: 'choose a password different from the current one' }],
  });
}

/**
 * The signed-in principal changes its own console password. IAM users need iam:ChangePassword
 * on their own ARN, unless the account's password policy lets every user change their password
 * or they must reset it now. Other sessions of the principal end; this one continues.
 */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<void> {
  const { ctx, oldPassword, newPassword } = options;
  const { principal } = ctx;
  if (principal.type === 'role-session') {
    throw new AppError(
      'InvalidInput',
      'a role session has no console password: only IAM users and the root user do',
    );
  }
  const now = ctx.clock();
  // Old passwords are checked under the same throttle as sign-in, so a stolen session cannot
  // be used to guess the password.
  const keys =
    principal.type === 'root'
      ? signInThrottleKeys('root', principal.email, ctx.request.sourceIp)
      : signInThrottleKeys(principal.accountId, principal.userName, ctx.request.sourceIp);
  const checkOldPassword = async (hash: string): Promise<void> => {
    const attempt = await reserveSignInAttempt(ctx.db, now, keys);
    if (!(await verifyPassword(hash, oldPassword))) throw wrongOldPassword();
    await signInAttemptSucceeded(ctx.db, attempt);
  };

  if (principal.type === 'root') {
    const account = await ctx.db.account.findUniqueOrThrow({ where: { id: principal.accountId } });
    await checkOldPassword(account.rootPasswordHash);
    if (oldPassword === newPassword) throw samePassword();
    checkPassword(newPassword, AWS_DEFAULT_PASSWORD_RULES, [
      account.rootEmail,
      account.alias ?? '',
      account.id,
    ]);
    const rootPasswordHash = await hashPassword(newPassword);
    await ctx.db.$transaction(async (tx) => {
      await tx.account.update({ where: { id: account.id }, data: { rootPasswordHash } });
      await revokeSessions(tx, { accountId: account.id }, principal.sessionId);
      await recordAuditEvent(tx, ctx, {
        action: 'iam:ChangePassword',
        resource: principal.arn,
        result: 'Success',
      });
    });
    return;
  }

  const rules = await passwordRulesFor(ctx.db, principal.accountId);
  if (!principal.passwordResetRequired && !rules.allowUsersToChangePassword) {
    await authorize(ctx, 'iam:ChangePassword', principal.arn);
  }
  const profile = await ctx.db.loginProfile.findUnique({ where: { userId: principal.userId } });
  if (!profile) throw new AppError('NoSuchEntity', `user \`${principal.userName}\` has no console password`);
  await checkOldPassword(profile.passwordHash);
  if (oldPassword === newPassword) throw samePassword();
  const account = await ctx.db.account.findUniqueOrThrow({ where: { id: principal.accountId } });
  checkPassword(newPassword, rules, [principal.userName, account.alias ?? '', account.id]);
  await assertPasswordNotReused(ctx.db, principal.userId, newPassword, rules, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.$transaction(async (tx) => {
    await tx.loginProfile.update({
      where: { userId: principal.userId },
      data: { passwordHash, passwordResetRequired: false, passwordChangedAt: now },
    });
    await rememberPassword(tx, {
      accountId: principal.accountId,
      userId: principal.userId,
      passwordHash,
      now,
    });
    await revokeSessions(
      tx,
      { accountId: principal.accountId, userId: principal.userId },
      principal.sessionId,
    );
    await recordAuditEvent(tx, ctx, {
      action: 'iam:ChangePassword',
      resource: principal.arn,
      result: 'Success',
    });
  });
}
