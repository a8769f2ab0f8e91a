import type { LoginProfile, User } from '../../db/generated/client.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { authorizeOnUser } from '../iam/common/targets.js';

export interface UserLoginProfile {
  user: User;
  profile: LoginProfile;
}

export function noSuchLoginProfile(userName: string): AppError {
  return new AppError('NoSuchEntity', `the login profile for user \`${userName}\` cannot be found`);
}

/** iam:GetLoginProfile — whether the user has a console password, and whether it must be reset. */
export async function getLoginProfile(options: {
  ctx: ServiceContext;
  userName: string;
}): Promise<UserLoginProfile> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:GetLoginProfile');
  const profile = await ctx.db.loginProfile.findUnique({ where: { userId: user.id } });
  if (!profile) throw noSuchLoginProfile(user.name);
  return { user, profile };
}
