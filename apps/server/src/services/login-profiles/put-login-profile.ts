import { inTransaction } from '../../db/in-transaction.js';
import { checkPassword, passwordRulesFor } from '../../auth/password-policy.js';
import { hashPassword } from '../../auth/password-hash.js';
import { revokeSessions } from '../../auth/sessions.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { AppError } from '../../errors/app-error.js';
import { userArn } from '../../model/arns.js';
import {
  assertPasswordNotReused,
  rememberPassword,
} from '../credentials/password-policy/password-history.js';
import type { ServiceContext } from '../service-context.js';
import { authorizeOnUser, findUser } from '../iam/common/targets.js';
import type { UserLoginProfile } from './get-login-profile.js';

export interface PutLoginProfileOptions {
  ctx: ServiceContext;
  userName: string;
  /** Required to create; optional to update (then only the reset flag changes). */
  password?: string;
  passwordResetRequired?: boolean;
}

/**
 * Gives a user a console password (iam:CreateLoginProfile) or changes it
 * (iam:UpdateLoginProfile). A new password ends the user's existing console sessions.
 */
export async function putLoginProfile(
  options: PutLoginProfileOptions,
): Promise<UserLoginProfile & { created: boolean }> {
  const { ctx, password } = options;
  const accountId = ctx.principal.accountId;
  const existing = await findUser(ctx.db, accountId, options.userName);
  const hasProfile = existing
    ? (await ctx.db.loginProfile.count({ where: { userId: existing.id } })) > 0
    : false;
  const action = hasProfile ? 'iam:UpdateLoginProfile' : 'iam:CreateLoginProfile';
  const user = await authorizeOnUser(ctx, options.userName, action);

  if (!hasProfile && password === undefined) {
    throw new AppError('InvalidInput', 'a password is required to create a login profile', {
      fieldErrors: [{ path: 'password', message: 'enter a password' }],
    });
  }
  if (password !== undefined) {
    const account = await ctx.db.account.findUniqueOrThrow({ where: { id: accountId } });
    const rules = await passwordRulesFor(ctx.db, accountId);
    checkPassword(password, rules, [user.name, account.alias ?? '', account.id]);
    await assertPasswordNotReused(ctx.db, user.id, password, rules);
  }
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  const now = ctx.clock();
  const resource = userArn(accountId, user.path, user.name);

  try {
    return await inTransaction(ctx, async (tx) => {
      const profile = hasProfile
        ? await tx.loginProfile.update({
            where: { userId: user.id },
            data: {
              ...(passwordHash ? { passwordHash, passwordChangedAt: now } : {}),
              ...(options.passwordResetRequired !== undefined
                ? { passwordResetRequired: options.passwordResetRequired }
                : {}),
            },
          })
        : await tx.loginProfile.create({
            data: {
              userId: user.id,
              accountId,
              passwordHash: passwordHash!,
              passwordResetRequired: options.passwordResetRequired ?? false,
              passwordChangedAt: now,
              createdAt: now,
            },
          });
      if (hasProfile && passwordHash) await revokeSessions(tx, { accountId, userId: user.id });
      if (passwordHash) await rememberPassword(tx, { accountId, userId: user.id, passwordHash, now });
      await recordAuditEvent(tx, ctx, {
        action,
        resource,
        result: 'Success',
        details: {
          userName: user.name,
          passwordChanged: passwordHash !== undefined,
          passwordResetRequired: profile.passwordResetRequired,
        },
      });
      return { user, profile, created: !hasProfile };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError(
        'EntityAlreadyExists',
        `the login profile for user \`${user.name}\` already exists`,
        {
          cause: err,
        },
      );
    }
    throw err;
  }
}
