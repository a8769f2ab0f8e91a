import { authorizeOnUser } from '../../iam/common/targets.js';
import { noSuchLoginProfile, type UserLoginProfile } from '../../login-profiles/get-login-profile.js';
import { putLoginProfile } from '../../login-profiles/put-login-profile.js';
import type { ServiceContext } from '../../service-context.js';

/**
 * iam:UpdateLoginProfile, strictly: a user without a console password is NoSuchEntity
 * (putLoginProfile, the console's, would create one instead). Without a password only the
 * reset flag changes.
 */
export async function updateLoginProfile(options: {
  ctx: ServiceContext;
  userName: string;
  password?: string;
  passwordResetRequired?: boolean;
}): Promise<UserLoginProfile> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:UpdateLoginProfile');
  if ((await ctx.db.loginProfile.count({ where: { userId: user.id } })) === 0) {
    throw noSuchLoginProfile(user.name);
  }
  return putLoginProfile(options);
}
