import type { ManagedPolicy, PolicyVersion } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnPolicy } from '../common/policy-target.js';
import { noSuchVersion } from './policy-versions.js';

/** iam:GetPolicyVersion — one version's text. */
export async function getPolicyVersion(options: {
  ctx: ServiceContext;
  policyArn: string;
  versionId: string;
}): Promise<{ policy: ManagedPolicy; version: PolicyVersion }> {
  const policy = await authorizeOnPolicy(options.ctx, options.policyArn, 'iam:GetPolicyVersion');
  const version = await options.ctx.db.policyVersion.findUnique({
    where: { policyId_versionId: { policyId: policy.id, versionId: options.versionId } },
  });
  if (!version) throw noSuchVersion(options.versionId, policy.arn);
  return { policy, version };
}
