// The rows behind GetAccountAuthorizationDetails: each user, group and role with every policy
// that feeds its permissions, each managed policy with all its versions. Loaded by id for one
// page at a time, in the page's order.
import type { DbOrTx } from '../../../db/client.js';
import type { Prisma, PolicyVersion } from '../../../db/generated/client.js';
import { inIdOrder } from '../../iam/common/list-by-name.js';
import { policyFactsFor, type PolicyFacts } from '../../iam/policies/policy-facts.js';
import { newestFirst } from '../../iam/policies/policy-versions.js';

const byName = { orderBy: { name: 'asc' } } as const;
const attached = { include: { policy: { select: { name: true, arn: true } } } } as const;
const tagged = {
  tags: { orderBy: { keyLower: 'asc' } },
  permissionsBoundary: { select: { id: true, arn: true, name: true } },
} as const;

const userInclude = {
  ...tagged,
  inlinePolicies: byName,
  memberships: { include: { group: { select: { name: true, nameLower: true } } } },
  attachments: attached,
} as const satisfies Prisma.UserInclude;

const groupInclude = {
  inlinePolicies: byName,
  attachments: attached,
} as const satisfies Prisma.GroupInclude;

const roleInclude = {
  ...tagged,
  inlinePolicies: byName,
  attachments: attached,
} as const satisfies Prisma.RoleInclude;

export type UserDetails = Prisma.UserGetPayload<{ include: typeof userInclude }>;
export type GroupDetails = Prisma.GroupGetPayload<{ include: typeof groupInclude }>;
export type RoleDetails = Prisma.RoleGetPayload<{ include: typeof roleInclude }>;
export interface PolicyDetails {
  facts: PolicyFacts;
  /** Every version with its document, newest first. */
  versions: PolicyVersion[];
}

type Ids = readonly { id: string }[];

/** Code-point order, whatever the server's locale (as the database's name order). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Attached policies by name, as AWS lists them (the rows carry them by attachment). */
function sortAttachments<T extends { attachments: { policy: { name: string } }[] }>(row: T): T {
  row.attachments.sort((a, b) => byText(a.policy.name.toLowerCase(), b.policy.name.toLowerCase()));
  return row;
}

export async function loadUserDetails(db: DbOrTx, ids: Ids): Promise<UserDetails[]> {
  const rows = await db.user.findMany({ where: { id: { in: ids.map((k) => k.id) } }, include: userInclude });
  for (const row of rows) {
    sortAttachments(row);
    row.memberships.sort((a, b) => byText(a.group.nameLower, b.group.nameLower));
  }
  return inIdOrder(ids, rows);
}

export async function loadGroupDetails(db: DbOrTx, ids: Ids): Promise<GroupDetails[]> {
  const rows = await db.group.findMany({
    where: { id: { in: ids.map((k) => k.id) } },
    include: groupInclude,
  });
  return inIdOrder(ids, rows.map(sortAttachments));
}

export async function loadRoleDetails(db: DbOrTx, ids: Ids): Promise<RoleDetails[]> {
  const rows = await db.role.findMany({ where: { id: { in: ids.map((k) => k.id) } }, include: roleInclude });
  return inIdOrder(ids, rows.map(sortAttachments));
}

export async function loadPolicyDetails(db: DbOrTx, accountId: string, ids: Ids): Promise<PolicyDetails[]> {
  const policyIds = ids.map((k) => k.id);
  const [facts, versions] = await Promise.all([
    policyFactsFor(db, accountId, policyIds),
    db.policyVersion.findMany({ where: { policyId: { in: policyIds } } }),
  ]);
  return ids.flatMap((k) => {
    const f = facts.get(k.id);
    return f ? [{ facts: f, versions: newestFirst(versions.filter((v) => v.policyId === k.id)) }] : [];
  });
}
