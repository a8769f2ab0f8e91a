// A group's own policies (inline and attached), as a member would receive them.
import { defaultDocuments, type EffectivePolicy } from '../../authz/effective-policies.js';
import type { DbOrTx } from '../../db/client.js';

export async function loadGroupPolicies(
  db: DbOrTx,
  group: { id: string; name: string },
  arn: string,
): Promise<EffectivePolicy[]> {
  const row = await db.group.findUnique({
    where: { id: group.id },
    include: {
      inlinePolicies: { orderBy: { name: 'asc' } },
      attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return [];
  const documents = await defaultDocuments(
    db,
    row.attachments.map((a) => a.policy),
  );
  const source = { kind: 'group-inline' as const, groupName: group.name, groupArn: arn };
  const out: EffectivePolicy[] = row.inlinePolicies.map((p) => ({
    id: `${arn}:inline/${p.name}`,
    label: `${p.name} (inline)`,
    policyName: p.name,
    category: 'identity',
    source,
    document: p.document,
  }));
  for (const { policy } of row.attachments) {
    const document = documents.get(policy.id);
    if (document === undefined) continue;
    out.push({
      id: policy.arn,
      label: policy.name,
      policyName: policy.name,
      category: 'identity',
      source: { kind: 'group-managed', groupName: group.name, groupArn: arn },
      policyArn: policy.arn,
      versionId: policy.defaultVersionId,
      document,
    });
  }
  return out;
}
