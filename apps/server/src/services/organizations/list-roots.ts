import type { ServiceContext } from '../service-context.js';
import { managementOrganization } from './common/org-context.js';
import { rootView, type RootView } from './common/org-views.js';

/** organizations:ListRoots (resource `*`): the organization's one root and its policy types. */
export async function listRoots(options: { ctx: ServiceContext }): Promise<RootView[]> {
  const org = await managementOrganization(options.ctx, 'organizations:ListRoots');
  return [rootView(org)];
}
