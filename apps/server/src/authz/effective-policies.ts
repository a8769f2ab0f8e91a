import { plainRows } from '../db/plain-sql.js';
import type { DbOrTx } from '../db/client.js';
import { Prisma } from '../db/generated/client.js';
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

/** One row of loadEffectivePolicies' statement: the user, a group, or a policy of either. */
interface SourceRow {
  kind: 'user' | 'user-inline' | 'user-managed' | 'group' | 'group-inline' | 'group-managed' | 'boundary';
  /** The user's, group's or policy's name. */
  name: string;
  /** The user's or group's path. */
  path: string | null;
  /** The group a group row or group policy belongs to. */
  groupId: string | null;
  /** Managed policies: id, ARN, default version and its text (null when that version is gone). */
  policyId: string | null;
  arn: string | null;
  versionId: string | null;
  document: string | null;
  /** Order within its owner: inline policies by name, attachments by when they were made. */
  ord: number;
}

/**
 * Every policy that bears on an IAM user's requests, with its source: the user's inline and
 * attached policies, each group's inline and attached policies, and the permissions boundary.
 * Returns [] when the user does not exist. One statement (the first request after a policy
 * change waits for it), in the order Prisma's nested read gave: inline policies by name,
 * attachments by creation, groups by name.
 */
export async function loadEffectivePolicies(
  db: DbOrTx,
  accountId: string,
  userId: string,
): Promise<EffectivePolicy[]> {
  const rows = await plainRows<SourceRow>(
    db,
    Prisma.sql`
    WITH "u" AS (
      SELECT "id", "name", "path", "permissionsBoundaryId" FROM "User"
      WHERE "id" = ${userId} AND "accountId" = ${accountId}
    ), "g" AS (
      SELECT gr."id", gr."name", gr."path" FROM "GroupMembership" m
      JOIN "Group" gr ON gr."id" = m."groupId" WHERE m."userId" IN (SELECT "id" FROM "u")
    )
    SELECT 'user'::text AS "kind", "name", "path"::text AS "path", NULL::text AS "groupId",
           NULL::text AS "policyId", NULL::text AS "arn", NULL::text AS "versionId",
           NULL::text AS "document", 0::int AS "ord"
    FROM "u"
    UNION ALL
    SELECT 'user-inline', p."name", NULL, NULL, NULL, NULL, NULL, p."document",
           (row_number() OVER (ORDER BY p."name" ASC))::int
    FROM "InlinePolicy" p WHERE p."userId" IN (SELECT "id" FROM "u")
    UNION ALL
    SELECT 'user-managed', mp."name", NULL, NULL, mp."id", mp."arn", mp."defaultVersionId", v."document",
           (row_number() OVER (ORDER BY a."createdAt" ASC))::int
    FROM "PolicyAttachment" a
    JOIN "ManagedPolicy" mp ON mp."id" = a."policyId"
    LEFT JOIN "PolicyVersion" v ON v."policyId" = mp."id" AND v."versionId" = mp."defaultVersionId"
    WHERE a."userId" IN (SELECT "id" FROM "u")
    UNION ALL
    SELECT 'group', "name", "path", "id", NULL, NULL, NULL, NULL, 0 FROM "g"
    UNION ALL
    SELECT 'group-inline', p."name", NULL, p."groupId", NULL, NULL, NULL, p."document",
           (row_number() OVER (PARTITION BY p."groupId" ORDER BY p."name" ASC))::int
    FROM "InlinePolicy" p WHERE p."groupId" IN (SELECT "id" FROM "g")
    UNION ALL
    SELECT 'group-managed', mp."name", NULL, a."groupId", mp."id", mp."arn", mp."defaultVersionId",
           v."document", (row_number() OVER (PARTITION BY a."groupId" ORDER BY a."createdAt" ASC))::int
    FROM "PolicyAttachment" a
    JOIN "ManagedPolicy" mp ON mp."id" = a."policyId"
    LEFT JOIN "PolicyVersion" v ON v."policyId" = mp."id" AND v."versionId" = mp."defaultVersionId"
    WHERE a."groupId" IN (SELECT "id" FROM "g")
    UNION ALL
    SELECT 'boundary', mp."name", NULL, NULL, mp."id", mp."arn", mp."defaultVersionId", v."document", 0
    FROM "u"
    JOIN "ManagedPolicy" mp ON mp."id" = "u"."permissionsBoundaryId"
    LEFT JOIN "PolicyVersion" v ON v."policyId" = mp."id" AND v."versionId" = mp."defaultVersionId"`,
  );
  const user = rows.find((r) => r.kind === 'user');
  if (!user) return [];
  const byOrd = (a: SourceRow, b: SourceRow) => a.ord - b.ord;
  const of = (kind: SourceRow['kind'], groupId?: string) =>
    rows.filter((r) => r.kind === kind && (groupId === undefined || r.groupId === groupId)).sort(byOrd);
  const documents = new Map<string, string>();
  for (const r of rows) if (r.policyId !== null && r.document !== null) documents.set(r.policyId, r.document);
  const policyOf = (r: SourceRow): ManagedRow => ({
    id: r.policyId!,
    arn: r.arn!,
    name: r.name,
    defaultVersionId: r.versionId!,
  });
  const arn = userArn(accountId, user.path!, user.name);
  const out: EffectivePolicy[] = [];
  for (const p of of('user-inline')) {
    out.push({
      id: `${arn}:inline/${p.name}`,
      label: `${p.name} (inline)`,
      policyName: p.name,
      category: 'identity',
      source: { kind: 'user-inline', userName: user.name },
      document: p.document!,
    });
  }
  for (const a of of('user-managed'))
    out.push(...managed(documents, policyOf(a), { kind: 'user-managed', userName: user.name }, 'identity'));
  const groups = of('group').sort((a, b) => a.name.localeCompare(b.name));
  for (const g of groups) {
    const gArn = groupArn(accountId, g.path!, g.name);
    const via = `group ${g.name}`;
    for (const p of of('group-inline', g.groupId!)) {
      out.push({
        id: `${gArn}:inline/${p.name}`,
        label: `${p.name} (inline, via ${via})`,
        policyName: p.name,
        category: 'identity',
        source: { kind: 'group-inline', groupName: g.name, groupArn: gArn },
        document: p.document!,
      });
    }
    for (const a of of('group-managed', g.groupId!)) {
      out.push(
        ...managed(
          documents,
          policyOf(a),
          { kind: 'group-managed', groupName: g.name, groupArn: gArn },
          'identity',
          via,
        ),
      );
    }
  }
  const boundary = rows.find((r) => r.kind === 'boundary');
  if (boundary) {
    out.push(
      ...managed(
        documents,
        policyOf(boundary),
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
