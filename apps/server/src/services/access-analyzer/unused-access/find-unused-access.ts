// Unused access: roles, console passwords and access keys not used for `unusedAccessAge` days,
// from the last-used times Gatehouse keeps (Role.lastUsedAt, User.passwordLastUsed,
// AccessKey.lastUsedAt). Never used counts from creation, so a new entity is not yet unused.
// Service-linked roles are left out, as AWS's unused access analyzer does.
import type { DbOrTx } from '../../../db/client.js';
import { roleArn, userArn } from '../../../model/arns.js';
import { readInBatches } from '../batches.js';
import { findingKey, type ComputedFinding } from '../finding-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function findUnusedAccess(
  db: DbOrTx,
  accountId: string,
  now: Date,
  unusedAccessAge: number,
): Promise<ComputedFinding[]> {
  const cutoff = new Date(now.getTime() - unusedAccessAge * DAY_MS);
  // Read one after the other, in keyset batches: an account's 10,000 access keys are decoded a
  // batch at a time with the event loop free in between.
  const roles = await readInBatches(
    (after, take) =>
      db.role.findMany({
        where: {
          accountId,
          NOT: { path: { startsWith: '/aws-service-role/' } },
          OR: [{ lastUsedAt: { lt: cutoff } }, { lastUsedAt: null, createdAt: { lt: cutoff } }],
          ...(after ? { id: { gt: after } } : {}),
        },
        select: { id: true, accountId: true, path: true, name: true, lastUsedAt: true, createdAt: true },
        orderBy: { id: 'asc' },
        take,
      }),
    (r) => r.id,
  );
  const profiles = await readInBatches(
    (after, take) =>
      db.loginProfile.findMany({
        where: {
          accountId,
          OR: [
            { user: { passwordLastUsed: { lt: cutoff } } },
            { user: { passwordLastUsed: null }, createdAt: { lt: cutoff } },
          ],
          ...(after ? { userId: { gt: after } } : {}),
        },
        select: {
          userId: true,
          createdAt: true,
          user: { select: { accountId: true, path: true, name: true, passwordLastUsed: true } },
        },
        orderBy: { userId: 'asc' },
        take,
      }),
    (p) => p.userId,
  );
  const keys = await readInBatches(
    (after, take) =>
      db.accessKey.findMany({
        where: {
          accountId,
          status: 'Active',
          userId: { not: null },
          OR: [{ lastUsedAt: { lt: cutoff } }, { lastUsedAt: null, createdAt: { lt: cutoff } }],
          ...(after ? { id: { gt: after } } : {}),
        },
        select: {
          id: true,
          lastUsedAt: true,
          createdAt: true,
          user: { select: { accountId: true, path: true, name: true } },
        },
        orderBy: { id: 'asc' },
        take,
      }),
    (k) => k.id,
  );
  const out: ComputedFinding[] = [];
  for (const r of roles) {
    const resource = roleArn(r.accountId, r.path, r.name);
    out.push({
      key: findingKey(['UnusedIAMRole', resource]),
      findingType: 'UnusedIAMRole',
      resource,
      resourceType: 'AWS::IAM::Role',
      details: {
        ...(r.lastUsedAt ? { lastAccessed: r.lastUsedAt.toISOString() } : {}),
        unusedSince: (r.lastUsedAt ?? r.createdAt).toISOString(),
      },
    });
  }
  for (const p of profiles) {
    const resource = userArn(p.user.accountId, p.user.path, p.user.name);
    const last = p.user.passwordLastUsed;
    out.push({
      key: findingKey(['UnusedIAMUserPassword', resource]),
      findingType: 'UnusedIAMUserPassword',
      resource,
      resourceType: 'AWS::IAM::User',
      details: {
        ...(last ? { lastAccessed: last.toISOString() } : {}),
        unusedSince: (last ?? p.createdAt).toISOString(),
      },
    });
  }
  for (const k of keys) {
    if (!k.user) continue;
    const resource = userArn(k.user.accountId, k.user.path, k.user.name);
    out.push({
      key: findingKey(['UnusedIAMUserAccessKey', resource, k.id]),
      findingType: 'UnusedIAMUserAccessKey',
      resource,
      resourceType: 'AWS::IAM::User',
      details: {
        accessKeyId: k.id,
        ...(k.lastUsedAt ? { lastAccessed: k.lastUsedAt.toISOString() } : {}),
        unusedSince: (k.lastUsedAt ?? k.createdAt).toISOString(),
      },
    });
  }
  return out;
}
