import { authorize } from '../../authz/authorize.js';
import type { FindingDetailResponse } from '@gatehouse/contracts/access-analyzer';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { analyzerArn } from './analyzer-arn.js';
import { toFindingSummary } from './map-finding.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function findingNotFound(id: string): AppError {
  return new AppError('ResourceNotFoundException', `the finding \`${id.slice(0, 64)}\` does not exist`);
}

/** GetFindingV2, with the role's current trust policy for an external-access finding. */
export async function getFinding(ctx: ServiceContext, id: string): Promise<FindingDetailResponse> {
  const accountId = ctx.principal.accountId;
  await authorize(ctx, 'access-analyzer:GetFinding', analyzerArn(accountId));
  if (!UUID.test(id)) throw findingNotFound(id);
  const row = await ctx.db.accessAnalyzerFinding.findFirst({ where: { id: id.toLowerCase(), accountId } });
  if (!row) throw findingNotFound(id);
  const finding = toFindingSummary(row);
  if (row.resourceType !== 'AWS::IAM::Role') return { finding };
  const roleName = row.resource.slice(row.resource.lastIndexOf('/') + 1);
  const role = await ctx.db.role.findFirst({
    where: { accountId, nameLower: roleName.toLowerCase() },
    select: { trustPolicy: true, name: true },
  });
  return { finding, roleName, ...(role ? { trustPolicy: role.trustPolicy } : {}) };
}
