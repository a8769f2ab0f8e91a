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

const usageCounts = {
  _count: { select: { attachments: true, boundaryForUsers: true, boundaryForRoles: true } },
} as const;

/** Usage counts of `ids`, one query: for list pages. */
export async function policyFactsFor(db: DbOrTx, ids: string[]): Promise<Map<string, PolicyFacts>> {
  const rows = await db.managedPolicy.findMany({ where: { id: { in: ids } }, include: usageCounts });
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

/** One policy with counts, its default version's text and its tags. */
export async function policyDetails(db: DbOrTx, id: string): Promise<PolicyFacts> {
  const { _count, versions, tags, ...policy } = await db.managedPolicy.findUniqueOrThrow({
    where: { id },
    include: { ...usageCounts, versions: true, tags: { orderBy: { keyLower: 'asc' } } },
  });
  return {
    policy,
    attachmentCount: _count.attachments,
    boundaryUsageCount: _count.boundaryForUsers + _count.boundaryForRoles,
    document: versions.find((v) => v.versionId === policy.defaultVersionId)?.document,
    tags,
  };
}
