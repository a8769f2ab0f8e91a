// A group's own policies (inline and attached), as a member would receive them.
import type { EffectivePolicy } from '../../authz/effective-policies.js';
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
      attachments: {
        include: { policy: { include: { versions: { select: { versionId: true, document: true } } } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!row) return [];
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
    const version = policy.versions.find((v) => v.versionId === policy.defaultVersionId);
    if (!version) continue;
    out.push({
      id: policy.arn,
      label: policy.name,
      policyName: policy.name,
      category: 'identity',
      source: { kind: 'group-managed', groupName: group.name, groupArn: arn },
      policyArn: policy.arn,
      versionId: version.versionId,
      document: version.document,
    });
  }
  return out;
}
