import type { DbOrTx } from '../../../db/client.js';
import type { ManagedPolicy, Tag } from '../../../db/generated/client.js';

/** A managed policy as responses show it: the row, how it is used, and (GetPolicy) its text and tags. */
export interface PolicyFacts {
  policy: ManagedPolicy;
  attachmentCount: number;
  boundaryUsageCount: number;
  document?: string;
  tags?: Tag[];
}

/**
 * How the caller's account uses the policies: an AWS managed policy is shared by every account,
 * but each sees only its own attachments and boundaries, as in AWS.
 */
function usageCounts(accountId: string) {
  const inAccount = { where: { accountId } };
  return {
    _count: {
      select: { attachments: inAccount, boundaryForUsers: inAccount, boundaryForRoles: inAccount },
    },
  } as const;
}

/** Usage counts of `ids` in the account, one query: for list pages. */
export async function policyFactsFor(
  db: DbOrTx,
  accountId: string,
  ids: string[],
): Promise<Map<string, PolicyFacts>> {
  const rows = await db.managedPolicy.findMany({
    where: { id: { in: ids } },
    include: usageCounts(accountId),
  });
  return new Map(
    rows.map(({ _count, ...policy }) => [
      policy.id,
      {
        policy,
        attachmentCount: _count.attachments,
        boundaryUsageCount: _count.boundaryForUsers + _count.boundaryForRoles,
      },
    ]),
  );
}

/** One policy with the account's usage counts, its default version's text and its tags. */
export async function policyDetails(db: DbOrTx, accountId: string, id: string): Promise<PolicyFacts> {
  const { _count, tags, ...policy } = await db.managedPolicy.findUniqueOrThrow({
    where: { id },
    include: { ...usageCounts(accountId), tags: { orderBy: { keyLower: 'asc' } } },
  });
  // Only the default version: an AWS managed policy can have over a hundred large ones.
  const version = await db.policyVersion.findUnique({
    where: { policyId_versionId: { policyId: id, versionId: policy.defaultVersionId } },
    select: { document: true },
  });
  return {
    policy,
    attachmentCount: _count.attachments,
    boundaryUsageCount: _count.boundaryForUsers + _count.boundaryForRoles,
    document: version?.document,
    tags,
  };
}
