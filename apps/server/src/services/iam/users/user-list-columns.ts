// The users list's credential columns (AWS's console: Groups, MFA, Password age, Access key ID,
// Active key age, Access key last used, Last activity), for one page of users: at most two
// queries aggregated over the page's ids, whatever the page size, so the list's cost does not
// grow with the account (indexes: GroupMembership(userId), MfaDevice(userId), LoginProfile's primary key,
// AccessKey(userId)).
import { callerAllows, type CallerAllows } from '../../../authz/caller-allows.js';
import type { UserListInclude } from '@gatehouse/contracts/iam/users';
import { Prisma, type AccessKeyStatus, type User } from '../../../db/generated/client.js';
import type { DbOrTx } from '../../../db/client.js';
import type { ServiceContext } from '../../service-context.js';
import { arnOfUser } from '../common/targets.js';

export interface ListedAccessKeyUse {
  at: Date;
  service: string | null;
  region: string | null;
}

export interface ListedAccessKey {
  id: string;
  status: AccessKeyStatus;
  createdAt: Date;
  /** null: never used; undefined: the caller may not read it (iam:GetAccessKeyLastUsed). */
  lastUsed?: ListedAccessKeyUse | null;
}

/** A user's columns; each is undefined where the caller may not read it (the action named). */
export interface UserListColumns {
  /** iam:ListGroupsForUser */
  groupCount?: number;
  /** iam:ListMFADevices: devices assigned to the user (enabled). */
  mfaDeviceCount?: number;
  /** iam:GetLoginProfile: when the console password was set; null when the user has none. */
  passwordChangedAt?: Date | null;
  /** iam:ListAccessKeys, oldest first. */
  accessKeys?: ListedAccessKey[];
  /**
   * The latest console sign-in or access key use; null: neither ever happened. Needs the keys
   * and their last use (iam:ListAccessKeys and iam:GetAccessKeyLastUsed).
   */
  lastActivity?: Date | null;
}

export type UserWithColumns = User & { columns?: UserListColumns };

interface Visible {
  groups: boolean;
  mfa: boolean;
  password: boolean;
  keys: boolean;
  keyUse: boolean;
}

/** Which `include` asks for each fact, and the action that reads it (AWS's console calls it). */
const FACTS: Record<keyof Visible, { include: UserListInclude; action: string }> = {
  groups: { include: 'groups', action: 'iam:ListGroupsForUser' },
  mfa: { include: 'mfa', action: 'iam:ListMFADevices' },
  password: { include: 'password', action: 'iam:GetLoginProfile' },
  keys: { include: 'accessKeys', action: 'iam:ListAccessKeys' },
  keyUse: { include: 'accessKeys', action: 'iam:GetAccessKeyLastUsed' },
};

function visibleFor(allows: CallerAllows, user: User, include: ReadonlySet<UserListInclude>): Visible {
  const arn = arnOfUser(user);
  const entries = Object.entries(FACTS).map(([fact, { include: asked, action }]) => [
    fact,
    include.has(asked) && allows(action, arn),
  ]);
  return Object.fromEntries(entries) as Visible;
}

interface CountRow {
  id: string;
  groupCount: number;
  mfaDeviceCount: number;
  passwordChangedAt: Date | null;
}

function countsFor(db: DbOrTx, ids: string[]): Promise<CountRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.$queryRaw<CountRow[]>`
    SELECT u."id",
      (SELECT count(*)::int FROM "GroupMembership" g WHERE g."userId" = u."id") AS "groupCount",
      (SELECT count(*)::int FROM "MfaDevice" m
        WHERE m."userId" = u."id" AND m."enabledAt" IS NOT NULL) AS "mfaDeviceCount",
      l."passwordChangedAt"
    FROM "User" u LEFT JOIN "LoginProfile" l ON l."userId" = u."id"
    WHERE u."id" IN (${Prisma.join(ids)})`;
}

function keysFor(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.accessKey.findMany({
    where: { userId: { in: ids } },
    select: {
      id: true,
      userId: true,
      status: true,
      createdAt: true,
      lastUsedAt: true,
      lastUsedService: true,
      lastUsedRegion: true,
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

type KeyRow = Awaited<ReturnType<typeof keysFor>>[number];

function listedKey(key: KeyRow, showUse: boolean): ListedAccessKey {
  const use = key.lastUsedAt
    ? { at: key.lastUsedAt, service: key.lastUsedService, region: key.lastUsedRegion }
    : null;
  return { id: key.id, status: key.status, createdAt: key.createdAt, ...(showUse ? { lastUsed: use } : {}) };
}

function latest(dates: (Date | null | undefined)[]): Date | null {
  const times = dates.flatMap((d) => (d ? [d.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

function columnsOf(user: User, visible: Visible, counts?: CountRow, keys: KeyRow[] = []): UserListColumns {
  const columns: UserListColumns = {};
  if (visible.groups) columns.groupCount = counts?.groupCount ?? 0;
  if (visible.mfa) columns.mfaDeviceCount = counts?.mfaDeviceCount ?? 0;
  if (visible.password) columns.passwordChangedAt = counts?.passwordChangedAt ?? null;
  if (visible.keys) {
    columns.accessKeys = keys.map((k) => listedKey(k, visible.keyUse));
    if (visible.keyUse)
      columns.lastActivity = latest([user.passwordLastUsed, ...keys.map((k) => k.lastUsedAt)]);
  }
  return columns;
}

/** `users` (one page) with the columns asked for that the caller may read of each. */
export async function withUserListColumns(
  ctx: ServiceContext,
  users: User[],
  include: readonly UserListInclude[],
): Promise<UserWithColumns[]> {
  if (users.length === 0) return [];
  const allows = await callerAllows(ctx);
  const asked = new Set(include);
  const visible = new Map(users.map((u) => [u.id, visibleFor(allows, u, asked)]));
  const idsWhere = (test: (v: Visible) => boolean) =>
    users.filter((u) => test(visible.get(u.id)!)).map((u) => u.id);
  const [counts, keys] = await Promise.all([
    countsFor(
      ctx.db,
      idsWhere((v) => v.groups || v.mfa || v.password),
    ),
    keysFor(
      ctx.db,
      idsWhere((v) => v.keys),
    ),
  ]);
  const countsById = new Map(counts.map((c) => [c.id, c]));
  const keysById = new Map<string, KeyRow[]>();
  for (const key of keys)
    if (key.userId) keysById.set(key.userId, [...(keysById.get(key.userId) ?? []), key]);
  return users.map((u) => ({
    ...u,
    columns: columnsOf(u, visible.get(u.id)!, countsById.get(u.id), keysById.get(u.id)),
  }));
}
