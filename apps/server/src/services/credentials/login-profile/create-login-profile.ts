import { AppError } from '../../../errors/app-error.js';
import { authorizeOnUser } from '../../iam/common/targets.js';
import type { UserLoginProfile } from '../../login-profiles/get-login-profile.js';
import { putLoginProfile } from '../../login-profiles/put-login-profile.js';
import type { ServiceContext } from '../../service-context.js';

/**
 * iam:CreateLoginProfile, strictly: a user who already has a console password is
 * EntityAlreadyExists (putLoginProfile, the console's, would change it instead).
 */
export async function createLoginProfile(options: {
  ctx: ServiceContext;
  userName: string;
  password: string;
  passwordResetRequired?: boolean;
}): Promise<UserLoginProfile> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:CreateLoginProfile');
  if ((await ctx.db.loginProfile.count({ where: { userId: user.id } })) > 0) {
    throw new AppError('EntityAlreadyExists', `the login profile for user \`${user.name}\` already exists`);
  }
  return putLoginProfile(options);
}
