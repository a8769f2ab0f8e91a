import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { userArn } from '../../../model/arns.js';
import { newUniqueId } from '../../../model/unique-ids.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists } from '../common/errors.js';
import { requirePolicy } from '../common/policy-target.js';
import { requestTagContext } from '../common/tag-context.js';
import type { UserTarget } from '../common/targets.js';
import { findUserRow } from './find-user-row.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { auditEventInsert } from '../../../audit/audit-event-sql.js';
import { Prisma, type User } from '../../../db/generated/client.js';
import { plainRows } from '../../../db/plain-sql.js';
import { sqlState } from '../../../db/sql-state.js';
import { authorizeInitialPermissions, grantInitialPermissions } from './initial-permissions.js';

export interface CreateUserOptions {
  ctx: ServiceContext;
  userName: string;
  path?: string;
  tags?: { key: string; value: string }[];
  /** ARN of the managed policy to set as permissions boundary. */
  permissionsBoundary?: string;
  /** Groups to add the user to (the console's create wizard; not part of AWS's CreateUser). */
  groups?: string[];
  /** ARNs of managed policies to attach (the console's create wizard; not part of AWS's CreateUser). */
  managedPolicies?: string[];
}

/**
 * iam:CreateUser on the new user's ARN, with `aws:RequestTag/*`, `aws:TagKeys` and
 * `iam:PermissionsBoundary` in the request context; tags also need iam:TagUser, as in AWS.
 * Names are unique per account without regard to case: of concurrent creates of one name,
 * the database lets exactly one through. Groups and policies given with it are authorised as
 * AddUserToGroup and AttachUserPolicy are, and written in the same transaction.
 */
export async function createUser(options: CreateUserOptions): Promise<UserTarget> {
  const { ctx, userName } = options;
  const accountId = ctx.principal.accountId;
  const path = options.path ?? '/';
  const tags = options.tags ?? [];
  const boundaryArn = options.permissionsBoundary;
  const arn = userArn(accountId, path, userName);
  await authorize(ctx, 'iam:CreateUser', arn, {
    ...requestTagContext(tags),
    ...(boundaryArn ? { 'iam:PermissionsBoundary': boundaryArn } : {}),
  });
  if (tags.length > 0) await authorize(ctx, 'iam:TagUser', arn, requestTagContext(tags));
  const boundary = boundaryArn ? await requirePolicy(ctx.db, accountId, boundaryArn) : undefined;
  const initial = await authorizeInitialPermissions(
    ctx,
    arn,
    userName,
    options.groups ?? [],
    options.managedPolicies ?? [],
  );
  const plain = tags.length === 0 && !boundary && initial.groups.length + initial.policies.length === 0;
  const auditDetails = (id: string) => ({
    userName,
    userId: id,
    path,
    tagKeys: tags.map((t) => t.key),
    permissionsBoundary: boundaryArn ?? null,
  });

  try {
    if (plain) return await createPlainUser(ctx, userName, path, arn, auditDetails);
    return await inTransaction(ctx, async (tx) => {
      const id = newUniqueId('user');
      const created = await tx.user.create({
        data: {
          id,
          accountId,
          name: userName,
          nameLower: nameKey(userName),
          path,
          permissionsBoundaryId: boundary?.id ?? null,
          createdAt: ctx.clock(),
          ...(tags.length > 0
            ? {
                tags: {
                  create: tags.map((t) => ({
                    accountId,
                    key: t.key,
                    keyLower: nameKey(t.key),
                    value: t.value,
                  })),
                },
              }
            : {}),
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateUser',
        resource: arn,
        result: 'Success',
        details: auditDetails(id),
      });
      await grantInitialPermissions(tx, ctx, { id, name: userName, arn }, initial);
      // Without tags or boundary the row just written is the whole answer: no read back.
      if (tags.length === 0 && !boundary) return { ...created, tags: [], permissionsBoundary: null };
      return (await findUserRow(tx, accountId, userName))!;
    });
  } catch (err) {
    if (isUniqueViolation(err) || sqlState(err) === '23505') throw alreadyExists('user', userName, err);
    throw err;
  }
}

/**
 * A user without tags or boundary (the usual CreateUser) and its audit event in one statement:
 * one round trip, and as atomic as a transaction. The row is the one Prisma's create writes.
 */
async function createPlainUser(
  ctx: ServiceContext,
  userName: string,
  path: string,
  arn: string,
  details: (id: string) => Prisma.InputJsonObject,
): Promise<UserTarget> {
  const id = newUniqueId('user');
  const audit = auditEventInsert(ctx, {
    action: 'iam:CreateUser',
    resource: arn,
    result: 'Success',
    details: details(id),
  });
  const [row] = await plainRows<User>(
    ctx.db,
    Prisma.sql`
    WITH "event" AS (${audit})
    INSERT INTO "User" ("id", "accountId", "name", "nameLower", "path", "permissionsBoundaryId",
                        "createdAt", "updatedAt")
    VALUES (${id}, ${ctx.principal.accountId}, ${userName}, ${nameKey(userName)}, ${path}, NULL,
            ${ctx.clock()}, ${new Date()})
    RETURNING "id", "accountId", "name", "nameLower", "path", "permissionsBoundaryId",
              "passwordLastUsed", "createdAt", "updatedAt"`,
  );
  return { ...row!, tags: [], permissionsBoundary: null };
}
