import type { ServiceContext } from '../../service-context.js';
import { authorizeOnUser, type UserTarget } from '../common/targets.js';

/** iam:GetUser — the user with its tags and permissions boundary. */
export function getUser(options: { ctx: ServiceContext; userName: string }): Promise<UserTarget> {
  return authorizeOnUser(options.ctx, options.userName, 'iam:GetUser');
}
