import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { Tx } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { deleteConflict, noSuchEntity } from '../common/errors.js';
import { userArn } from '../../../model/arns.js';
import { arnOfUser, targetContext, type UserTarget } from '../common/targets.js';
import { findUserRow } from './find-user-row.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { Prisma } from '../../../db/generated/client.js';
import { plainRows } from '../../../db/plain-sql.js';
import { sqlState } from '../../../db/sql-state.js';
import { auditEventInsert } from '../../../audit/audit-event-sql.js';
import {
  describeUserDependencies,
  feedsPolicySet,
  loadUserDependencies,
  sameDependencies,
  userDependenciesOf,
  userDependenciesSelect,
  type DependencyRow,
  type UserDependencies,
} from './user-dependencies.js';

export interface DeleteUserOptions {
  ctx: ServiceContext;
  userName: string;
  /** Console semantics: remove the user's dependencies first, each with its own permission. */
  force?: boolean;
}

/** Every removal a forced delete makes, as (action, resource, context): all must be allowed. */
async function authorizeRemovals(
  ctx: ServiceContext,
  user: UserTarget,
  deps: UserDependencies,
): Promise<void> {
  const arn = arnOfUser(user);
  if (deps.loginProfile)
    await authorize(ctx, 'iam:DeleteLoginProfile', arn, targetContext('iam:DeleteLoginProfile', user));
  for (const group of deps.groups) await authorize(ctx, 'iam:RemoveUserFromGroup', group.arn);
  for (const policy of deps.attachedPolicies) {
    await authorize(ctx, 'iam:DetachUserPolicy', arn, {
      ...targetContext('iam:DetachUserPolicy', user),
      'iam:PolicyARN': policy.arn,
    });
  }
  if (deps.inlinePolicies.length)
    await authorize(ctx, 'iam:DeleteUserPolicy', arn, targetContext('iam:DeleteUserPolicy', user));
  if (deps.accessKeys.length)
    await authorize(ctx, 'iam:DeleteAccessKey', arn, targetContext('iam:DeleteAccessKey', user));
  if (deps.mfaDevices.length)
    await authorize(ctx, 'iam:DeactivateMFADevice', arn, targetContext('iam:DeactivateMFADevice', user));
}

async function removeDependencies(tx: Tx, ctx: ServiceContext, user: UserTarget, deps: UserDependencies) {
  const arn = arnOfUser(user);
  const audit = (action: string, resource: string, details: Record<string, string>) =>
    recordAuditEvent(tx, ctx, {
      action,
      resource,
      result: 'Success',
      details: { userName: user.name, ...details },
    });
  if (deps.loginProfile) {
    await tx.loginProfile.delete({ where: { userId: user.id } });
    await audit('iam:DeleteLoginProfile', arn, {});
  }
  for (const group of deps.groups) {
    await tx.groupMembership.delete({ where: { groupId_userId: { groupId: group.id, userId: user.id } } });
    await audit('iam:RemoveUserFromGroup', group.arn, { groupName: group.name });
  }
  for (const policy of deps.attachedPolicies) {
    await tx.policyAttachment.delete({
      where: { userId_policyId: { userId: user.id, policyId: policy.policyId } },
    });
    await audit('iam:DetachUserPolicy', arn, { policyArn: policy.arn });
  }
  for (const policyName of deps.inlinePolicies) {
    await tx.inlinePolicy.delete({ where: { userId_name: { userId: user.id, name: policyName } } });
    await audit('iam:DeleteUserPolicy', arn, { policyName });
  }
  for (const accessKeyId of deps.accessKeys) {
    await tx.accessKey.delete({ where: { id: accessKeyId } });
    await audit('iam:DeleteAccessKey', arn, { accessKeyId });
  }
  for (const serialNumber of deps.mfaDevices) {
    // Deactivating leaves a virtual device unassigned, as AWS does; it is not deleted.
    await tx.mfaDevice.update({ where: { serialNumber }, data: { userId: null, enabledAt: null } });
    await audit('iam:DeactivateMFADevice', arn, { serialNumber });
  }
}

/** authorizeOnUser's order (refused on the ARN at `/` whether or not the user exists), one read. */
async function authorizeOnTargetUser(ctx: ServiceContext, userName: string): Promise<UserTarget> {
  const accountId = ctx.principal.accountId;
  const user = await findUserRow(ctx.db, accountId, userName);
  const arn = user ? arnOfUser(user) : userArn(accountId, '/', userName);
  await authorize(ctx, 'iam:DeleteUser', arn, user ? targetContext('iam:DeleteUser', user) : {});
  if (!user) throw noSuchEntity('user', userName);
  return user;
}

/**
 * iam:DeleteUser. Without `force`, AWS's rule: DeleteConflict while the user has a login
 * profile, group memberships, attached or inline policies, access keys or MFA devices (one
 * statement, deleteUnforced). With `force` (the console's delete), each of those is removed
 * first, each authorised with its own action, and everything — removals, delete, audit rows —
 * commits in one transaction.
 */
export async function deleteUser(options: DeleteUserOptions): Promise<void> {
  const { ctx } = options;
  const user = await authorizeOnTargetUser(ctx, options.userName);
  if (!options.force) return deleteUnforced(ctx, user);
  const planned = await loadUserDependencies(ctx.db, user.id);
  await authorizeRemovals(ctx, user, planned);

  await inTransaction(ctx, async (tx) => {
    const deps = await loadUserDependencies(tx, user.id, true);
    if (!deps) throw noSuchEntity('user', user.name);
    if (!sameDependencies(planned, deps)) {
      throw new AppError(
        'ConcurrentModification',
        `user \`${user.name}\` changed while it was being deleted: try again`,
      );
    }
    await removeDependencies(tx, ctx, user, deps);
    // Only the user's own policy set reads its memberships, policies, tags and boundary, and no
    // credential resolves to a deleted user: a user without any leaves every cached set valid.
    if (feedsPolicySet(deps)) await bumpAuthzVersion(tx, user.accountId);
    await tx.$executeRaw`DELETE FROM "User" WHERE "id" = ${user.id}`;
    // Sent with the COMMIT, after the removals' own events (the order they happened in).
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteUser',
      resource: arnOfUser(user),
      result: 'Success',
      details: { userName: user.name, userId: user.id, forced: true },
    });
  });
}

/** A deadlock or serialization failure: the statement is run again (as inTransaction runs a transaction again). */
const ABORTED = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * AWS's DeleteUser (no `force`) as one statement, the same steps the transaction takes: lock the
 * user's row and read what depends on it; delete it only when nothing blocks; bump the account's
 * authzVersion only when its tags or boundary fed its own policy set; the audit event only with
 * the delete. One round trip instead of BEGIN, read, delete and COMMIT, and as atomic.
 */
async function deleteUnforced(ctx: ServiceContext, user: UserTarget): Promise<void> {
  const nothingBlocks = Prisma.sql`NOT d."loginProfile" AND json_array_length(d."groups") = 0
      AND json_array_length(d."attachedPolicies") = 0 AND json_array_length(d."inlinePolicies") = 0
      AND json_array_length(d."accessKeys") = 0 AND json_array_length(d."mfaDevices") = 0`;
  const event = auditEventInsert(
    ctx,
    {
      action: 'iam:DeleteUser',
      resource: arnOfUser(user),
      result: 'Success',
      details: { userName: user.name, userId: user.id, forced: false },
    },
    Prisma.sql`EXISTS (SELECT 1 FROM "gone")`,
  );
  const statement = Prisma.sql`
    WITH "deps" AS (${userDependenciesSelect(user.id, true)}),
    "gone" AS (
      DELETE FROM "User" u USING "deps" d
      WHERE u."id" = ${user.id} AND ${nothingBlocks}
      RETURNING u."id", d."tagsOrBoundary"),
    "bump" AS (
      UPDATE "Account" SET "authzVersion" = "authzVersion" + 1, "updatedAt" = ${new Date()}
      WHERE "id" = ${user.accountId} AND EXISTS (SELECT 1 FROM "gone" WHERE "tagsOrBoundary")),
    "event" AS (${event})
    SELECT d.*, EXISTS (SELECT 1 FROM "gone") AS "deleted" FROM "deps" d`;
  for (let attempt = 1; ; attempt++) {
    let rows: (DependencyRow & { deleted: boolean })[];
    try {
      rows = await plainRows<DependencyRow & { deleted: boolean }>(ctx.db, statement);
    } catch (err) {
      const state = sqlState(err);
      if (state !== undefined && ABORTED.has(state) && attempt < ATTEMPTS) continue;
      throw err;
    }
    const [row] = rows;
    if (!row) throw noSuchEntity('user', user.name);
    if (row.deleted) return;
    throw deleteConflict('user', user.name, describeUserDependencies(userDependenciesOf(row)), true, ctx);
  }
}
