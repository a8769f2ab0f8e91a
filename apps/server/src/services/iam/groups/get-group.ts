import type { Group } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnGroup } from '../common/targets.js';

/** iam:GetGroup — the group itself (its members: list-group-members). */
export function getGroup(options: { ctx: ServiceContext; groupName: string }): Promise<Group> {
  return authorizeOnGroup(options.ctx, options.groupName, 'iam:GetGroup');
}
