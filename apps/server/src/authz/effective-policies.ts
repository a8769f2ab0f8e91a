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
  versions: { versionId: string; document: string }[];
}

const managedInclude = { versions: { select: { versionId: true, document: true } } } as const;

function managed(
  policy: ManagedRow,
  source: PolicySource,
  category: EffectivePolicy['category'],
  via?: string,
) {
  const version = policy.versions.find((v) => v.versionId === policy.defaultVersionId);
  if (!version) return [];
  const entry: EffectivePolicy = {
    id: policy.arn,
    label: via ? `${policy.name} (via ${via})` : policy.name,
    policyName: policy.name,
    category,
    source,
    policyArn: policy.arn,
    versionId: version.versionId,
    document: version.document,
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
      attachments: { include: { policy: { include: managedInclude } }, orderBy: { createdAt: 'asc' } },
      permissionsBoundary: { include: managedInclude },
      memberships: {
        include: {
          group: {
            include: {
              inlinePolicies: { orderBy: { name: 'asc' } },
              attachments: {
                include: { policy: { include: managedInclude } },
                orderBy: { createdAt: 'asc' },
              },
            },
          },
        },
      },
    },
  });
  if (!user) return [];
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
    out.push(...managed(a.policy, { kind: 'user-managed', userName: user.name }, 'identity'));
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
        ...managed(a.policy, { kind: 'group-managed', groupName: g.name, groupArn: gArn }, 'identity', via),
      );
    }
  }
  if (user.permissionsBoundary) {
    out.push(
      ...managed(
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
      attachments: { include: { policy: { include: managedInclude } }, orderBy: { createdAt: 'asc' } },
      permissionsBoundary: { include: managedInclude },
    },
  });
  if (!role) return [];
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
    out.push(...managed(a.policy, { kind: 'role-managed', roleName: role.name }, 'identity'));
  if (role.permissionsBoundary) {
    out.push(
      ...managed(
        role.permissionsBoundary,
        { kind: 'permissions-boundary' },
        'boundary',
        'permissions boundary',
      ),
    );
  }
  return out;
}
