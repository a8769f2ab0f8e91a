import type { ServiceContext } from '../../service-context.js';
import { authorizeOnRole } from '../common/targets.js';

/**
 * iam:ListInstanceProfilesForRole. Gatehouse has no instance profiles (CreateInstanceProfile is
 * not served), so no role is in one: the role is looked up and the call authorised as AWS does
 * (NoSuchEntity, AccessDenied), and the answer is that it belongs to none. Tools that ask before
 * deleting a role (Terraform's aws_iam_role) can then delete it.
 */
export async function listInstanceProfilesForRole(options: {
  ctx: ServiceContext;
  roleName: string;
}): Promise<[]> {
  await authorizeOnRole(options.ctx, options.roleName, 'iam:ListInstanceProfilesForRole');
  return [];
}
