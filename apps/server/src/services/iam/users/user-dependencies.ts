import type { DbOrTx } from '../../../db/client.js';
import { Prisma } from '../../../db/generated/client.js';
import { count } from '../common/errors.js';
import { arnOfGroup } from '../common/targets.js';

/** What keeps AWS from deleting a user: each must be removed first (or by a forced delete). */
export interface UserDependencies {
  loginProfile: boolean;
  groups: { id: string; name: string; arn: string }[];
  attachedPolicies: { policyId: string; arn: string }[];
  inlinePolicies: string[];
  accessKeys: string[];
  mfaDevices: string[];
  /** Tags or a permissions boundary: neither blocks a delete, both feed the user's policy set. */
  tagsOrBoundary: boolean;
}

export interface DependencyRow {
  loginProfile: boolean;
  groups: { id: string; accountId: string; path: string; name: string }[];
  attachedPolicies: { policyId: string; arn: string }[];
  inlinePolicies: string[];
  accessKeys: string[];
  mfaDevices: string[];
  tagsOrBoundary: boolean;
}

/**
 * Everything that depends on the user, as one SELECT (one row, none when the user is gone). With
 * `lock` the user's row is also locked until the transaction (or statement) ends.
 */
export function userDependenciesSelect(userId: string, lock: boolean): Prisma.Sql {
  const locked = lock
    ? Prisma.sql`FROM "User" locked WHERE locked."id" = ${userId} FOR UPDATE OF locked`
    : Prisma.empty;
  return Prisma.sql`
    SELECT
      EXISTS (SELECT 1 FROM "LoginProfile" l WHERE l."userId" = ${userId}) AS "loginProfile",
      COALESCE((SELECT json_agg(json_build_object('id', g."id", 'accountId', g."accountId",
                                                  'path', g."path", 'name', g."name"))
                FROM "GroupMembership" m JOIN "Group" g ON g."id" = m."groupId"
                WHERE m."userId" = ${userId}), '[]'::json) AS "groups",
      COALESCE((SELECT json_agg(json_build_object('policyId', a."policyId", 'arn', p."arn"))
                FROM "PolicyAttachment" a JOIN "ManagedPolicy" p ON p."id" = a."policyId"
                WHERE a."userId" = ${userId}), '[]'::json) AS "attachedPolicies",
      COALESCE((SELECT json_agg(i."name") FROM "InlinePolicy" i WHERE i."userId" = ${userId}),
               '[]'::json) AS "inlinePolicies",
      COALESCE((SELECT json_agg(k."id") FROM "AccessKey" k WHERE k."userId" = ${userId}),
               '[]'::json) AS "accessKeys",
      COALESCE((SELECT json_agg(d."serialNumber") FROM "MfaDevice" d WHERE d."userId" = ${userId}),
               '[]'::json) AS "mfaDevices",
      (EXISTS (SELECT 1 FROM "Tag" t WHERE t."userId" = ${userId})
        OR EXISTS (SELECT 1 FROM "User" u WHERE u."id" = ${userId}
                   AND u."permissionsBoundaryId" IS NOT NULL)) AS "tagsOrBoundary"
    ${locked}`;
}

/** A row of userDependenciesSelect, as UserDependencies. */
export function userDependenciesOf(r: DependencyRow): UserDependencies {
  return {
    loginProfile: r.loginProfile,
    groups: r.groups
      .map((g) => ({ id: g.id, name: g.name, arn: arnOfGroup(g) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    attachedPolicies: r.attachedPolicies
      .map((a) => ({ policyId: a.policyId, arn: a.arn }))
      .sort((a, b) => (a.policyId < b.policyId ? -1 : 1)),
    inlinePolicies: [...r.inlinePolicies].sort(),
    accessKeys: [...r.accessKeys].sort(),
    mfaDevices: [...r.mfaDevices].sort(),
    tagsOrBoundary: r.tagsOrBoundary,
  };
}

/**
 * Everything that depends on the user, in one statement. With `lock` (DeleteUser's transaction)
 * the user's row is also locked until the transaction ends, and a user already gone is
 * undefined.
 */
export async function loadUserDependencies(db: DbOrTx, userId: string): Promise<UserDependencies>;
export async function loadUserDependencies(
  db: DbOrTx,
  userId: string,
  lock: true,
): Promise<UserDependencies | undefined>;
export async function loadUserDependencies(
  db: DbOrTx,
  userId: string,
  lock = false,
): Promise<UserDependencies | undefined> {
  const [row] = await db.$queryRaw<DependencyRow[]>(userDependenciesSelect(userId, lock));
  return row ? userDependenciesOf(row) : undefined;
}

/**
 * Whether anything of the user feeds a compiled policy set (its own: no other principal's set
 * reads a user). A user without any is deleted without bumping the account's authzVersion, so
 * the cached sets of every other principal stay warm.
 */
export function feedsPolicySet(d: UserDependencies): boolean {
  return (
    d.groups.length > 0 || d.attachedPolicies.length > 0 || d.inlinePolicies.length > 0 || d.tagsOrBoundary
  );
}

/** "a login profile", "2 group memberships", ... — empty when nothing blocks the delete. */
export function describeUserDependencies(d: UserDependencies): string[] {
  const out: string[] = [];
  if (d.loginProfile) out.push('a login profile (console password)');
  if (d.groups.length) out.push(count(d.groups.length, 'group membership'));
  if (d.attachedPolicies.length)
    out.push(count(d.attachedPolicies.length, 'attached policy', 'attached policies'));
  if (d.inlinePolicies.length) out.push(count(d.inlinePolicies.length, 'inline policy', 'inline policies'));
  if (d.accessKeys.length) out.push(count(d.accessKeys.length, 'access key'));
  if (d.mfaDevices.length) out.push(count(d.mfaDevices.length, 'MFA device'));
  return out;
}

/** The same things to remove (tags and boundary go with the user: they are not compared). */
export function sameDependencies(a: UserDependencies, b: UserDependencies): boolean {
  const removals = ({ tagsOrBoundary: _, ...rest }: UserDependencies) => JSON.stringify(rest);
  return removals(a) === removals(b);
}
