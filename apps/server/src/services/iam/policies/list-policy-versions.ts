import type { ManagedPolicy, PolicyVersion } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { authorizeOnPolicy } from '../common/policy-target.js';
import { newestFirst, versionKey } from './policy-versions.js';

/** iam:ListPolicyVersions — newest first (at most 5, AWS's quota). */
export async function listPolicyVersions(options: {
  ctx: ServiceContext;
  policyArn: string;
  limit?: number;
  cursor?: string;
}): Promise<{ policy: ManagedPolicy; items: PolicyVersion[]; nextCursor?: string }> {
  const policy = await authorizeOnPolicy(options.ctx, options.policyArn, 'iam:ListPolicyVersions');
  const versions = newestFirst(
    await options.ctx.db.policyVersion.findMany({ where: { policyId: policy.id } }),
  );
  const page = pageInMemory(
    versions,
    options.limit ?? 50,
    options.cursor,
    'policy-versions',
    (v) => versionKey(v.versionId),
    'desc',
  );
  return { policy, ...page };
}
