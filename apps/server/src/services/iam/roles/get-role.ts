import type { ServiceContext } from '../../service-context.js';
import { authorizeOnRole, type RoleTarget } from '../common/targets.js';

/** iam:GetRole — the role with its trust policy, tags and permissions boundary. */
export function getRole(options: { ctx: ServiceContext; roleName: string }): Promise<RoleTarget> {
  return authorizeOnRole(options.ctx, options.roleName, 'iam:GetRole');
}
