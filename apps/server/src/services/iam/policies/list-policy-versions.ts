import type { ManagedPolicy } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { authorizeOnPolicy } from '../common/policy-target.js';
import { newestFirst, versionKey } from './policy-versions.js';

export interface VersionListing {
  versionId: string;
  createdAt: Date;
}

/**
 * iam:ListPolicyVersions — newest first: at most 5 for a customer managed policy (AWS's quota),
 * an AWS managed one may have over a hundred (read without their documents).
 */
export async function listPolicyVersions(options: {
  ctx: ServiceContext;
  policyArn: string;
  limit?: number;
  cursor?: string;
}): Promise<{ policy: ManagedPolicy; items: VersionListing[]; nextCursor?: string }> {
  const policy = await authorizeOnPolicy(options.ctx, options.policyArn, 'iam:ListPolicyVersions');
  const versions = newestFirst(
    await options.ctx.db.policyVersion.findMany({
      where: { policyId: policy.id },
      select: { versionId: true, createdAt: true },
    }),
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
