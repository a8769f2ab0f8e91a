import type { CreateAccountStatus } from '../../db/generated/client.js';
import type { ServiceContext } from '../service-context.js';
import { managementOrganization } from './common/org-context.js';
import { orgError } from './common/org-errors.js';

/** organizations:DescribeCreateAccountStatus (resource `*`). */
export async function describeCreateAccountStatus(options: {
  ctx: ServiceContext;
  createAccountRequestId: string;
}): Promise<CreateAccountStatus> {
  const { ctx, createAccountRequestId: id } = options;
  const org = await managementOrganization(ctx, 'organizations:DescribeCreateAccountStatus');
  const row = await ctx.db.createAccountStatus.findFirst({ where: { id, organizationId: org.id } });
  if (!row) {
    throw orgError(
      'CreateAccountStatusNotFoundException',
      `no account creation request \`${id}\` in your organization`,
    );
  }
  return row;
}
