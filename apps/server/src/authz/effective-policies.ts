import type { DbOrTx } from '../db/client.js';
import { groupArn, roleArn, userArn } from '../model/arns.js';

/** Where a policy that applies to a principal comes from. */
export type PolicySource =
  | { kind: 'user-inline'; userName: string }
  | { kind: 'user-managed'; userName: string }
  | { kind: 'group-inline'; groupName: string; groupArn: string }
  | { kind: 'group-managed'; groupName: string; groupArn: string }
  | { kind: 'role-inline'; roleName: string }
  | { kind: 'role-managed'; roleName: string }
  | { kind: 'permissions-boundary' };

export interface EffectivePolicy {
  /** Stable id: the policy ARN for managed policies, `<owner arn>:inline/<name>` for inline ones. */
  id: string;
  /** Human label, e.g. `ReadOnly (via group admins)`. */
  label: string;
  policyName: string;
  /** Identity policies grant; the boundary caps them. */
  category: 'identity' | 'boundary';
  source: PolicySource;
  /** Managed policies only. */
  policyArn?: string;
  versionId?: string;
  /** The policy text as stored. */
  document: string;
}

interface ManagedRow {
  id: string;
  arn: string;
  name: string;
  defaultVersionId: string;
}

/** The default version's text of each policy, one query (never every version: AWS's have 100+). */
export async function defaultDocuments(
  db: DbOrTx,
  policies: readonly ManagedRow[],
): Promise<Map<string, string>> {
  if (policies.length === 0) return new Map();
  const rows = await db.policyVersion.findMany({
    where: { OR: policies.map((p) => ({ policyId: p.id, versionId: p.defaultVersionId })) },
    select: { policyId: true, document: true },
  });
  return new Map(rows.map((r) => [r.policyId, r.document]));
}

function managed(
  documents: Map<string, string>,
  policy: ManagedRow,
  source: PolicySource,
  category: EffectivePolicy['category'],
  via?: string,
) {
  const document = documents.get(policy.id);
  if (document === undefined) return [];
  const entry: EffectivePolicy = {
    id: policy.arn,
    label: via ? `${policy.name} (via ${via})` : policy.name,
    policyName: policy.name,
    category,
    source,
    policyArn: policy.arn,
    versionId: policy.defaultVersionId,
    document,
  };
  return [entry];
}

/**
 * Every policy that bears on an IAM user's requests, with its source: the user's inline and
 * attached policies, each group's inline and attached policies, and the permissions boundary.
 * Returns [] when the user does not exist.
 */
export async function loadEffectivePolicies(
  db: DbOrTx,
  accountId: string,
  userId: string,
): Promise<EffectivePolicy[]> {
  const user = await db.user.findFirst({
    where: { id: userId, accountId },
    include: {
      inlinePolicies: { orderBy: { name: 'asc' } },
      attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
      permissionsBoundary: true,
      memberships: {
        include: {
          group: {
            include: {
              inlinePolicies: { orderBy: { name: 'asc' } },
              attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
            },
          },
        },
      },
    },
  });
  if (!user) return [];
  const groupAttachments = user.memberships.flatMap((m) => m.group.attachments);
  const documents = await defaultDocuments(db, [
    ...[...user.attachments, ...groupAttachments].map((a) => a.policy),
    ...(user.permissionsBoundary ? [user.permissionsBoundary] : []),
  ]);
  const arn = userArn(accountId, user.path, user.name);
  const out: EffectivePolicy[] = [];
  for (const p of user.inlinePolicies) {
    out.push({
      id: `${arn}:inline/${p.name}`,
      label: `${p.name} (inline)`,
      policyName: p.name,
      category: 'identity',
      source: { kind: 'user-inline', userName: user.name },
      document: p.document,
    });
  }
  for (const a of user.attachments)
    out.push(...managed(documents, a.policy, { kind: 'user-managed', userName: user.name }, 'identity'));
  const groups = [...user.memberships].map((m) => m.group).sort((a, b) => a.name.localeCompare(b.name));
  for (const g of groups) {
    const gArn = groupArn(accountId, g.path, g.name);
    const via = `group ${g.name}`;
    for (const p of g.inlinePolicies) {
      out.push({
        id: `${gArn}:inline/${p.name}`,
        label: `${p.name} (inline, via ${via})`,
        policyName: p.name,
        category: 'identity',
        source: { kind: 'group-inline', groupName: g.name, groupArn: gArn },
        document: p.document,
      });
    }
    for (const a of g.attachments) {
      out.push(
        ...managed(
          documents,
          a.policy,
          { kind: 'group-managed', groupName: g.name, groupArn: gArn },
          'identity',
          via,
        ),
      );
    }
  }
  if (user.permissionsBoundary) {
    out.push(
      ...managed(
        documents,
        user.permissionsBoundary,
        { kind: 'permissions-boundary' },
        'boundary',
        'permissions boundary',
      ),
    );
  }
  return out;
}

/** The same for a role: its inline and attached policies and its permissions boundary. */
export async function loadRoleEffectivePolicies(
  db: DbOrTx,
  accountId: string,
  roleId: string,
): Promise<EffectivePolicy[]> {
  const role = await db.role.findFirst({
    where: { id: roleId, accountId },
    include: {
      inlinePolicies: { orderBy: { name: 'asc' } },
      attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
      permissionsBoundary: true,
    },
  });
  if (!role) return [];
  const documents = await defaultDocuments(db, [
    ...role.attachments.map((a) => a.policy),
    ...(role.permissionsBoundary ? [role.permissionsBoundary] : []),
  ]);
  const arn = roleArn(accountId, role.path, role.name);
  const out: EffectivePolicy[] = role.inlinePolicies.map((p) => ({
    id: `${arn}:inline/${p.name}`,
    label: `${p.name} (inline)`,
    policyName: p.name,
    category: 'identity' as const,
    source: { kind: 'role-inline' as const, roleName: role.name },
    document: p.document,
  }));
  for (const a of role.attachments)
    out.push(...managed(documents, a.policy, { kind: 'role-managed', roleName: role.name }, 'identity'));
  if (role.permissionsBoundary) {
    out.push(
      ...managed(
        documents,
        role.permissionsBoundary,
        { kind: 'permissions-boundary' },
        'boundary',
        'permissions boundary',
      ),
    );
  }
  return out;
}
