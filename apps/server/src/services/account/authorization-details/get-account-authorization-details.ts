import { authorize } from '../../../authz/authorize.js';
import type { DbOrTx } from '../../../db/client.js';
import { Prisma } from '../../../db/generated/client.js';
import { badCursor, decodeCursor, encodeCursor } from '../../iam/common/cursor.js';
import { listIdsByName, type NameKey, type NamedTable } from '../../iam/common/list-by-name.js';
import { usedCondition } from '../../iam/policies/list-policies.js';
import type { ServiceContext } from '../../service-context.js';
import {
  loadGroupDetails,
  loadPolicyDetails,
  loadRoleDetails,
  loadUserDetails,
  type GroupDetails,
  type PolicyDetails,
  type RoleDetails,
  type UserDetails,
} from './entity-details.js';

/** AWS's entity filter names, in the order the lists are paged through. */
export const AUTHORIZATION_ENTITY_TYPES = [
  'User',
  'Group',
  'Role',
  'LocalManagedPolicy',
  'AWSManagedPolicy',
] as const;
export type AuthorizationEntityType = (typeof AUTHORIZATION_ENTITY_TYPES)[number];

export interface AuthorizationDetails {
  users: UserDetails[];
  groups: GroupDetails[];
  roles: RoleDetails[];
  policies: PolicyDetails[];
  nextCursor?: string;
}

interface Source {
  table: NamedTable;
  scope(accountId: string): Prisma.Sql;
}

const SOURCES: Record<AuthorizationEntityType, Source> = {
  User: { table: 'User', scope: (a) => Prisma.sql`"accountId" = ${a}` },
  Group: { table: 'Group', scope: (a) => Prisma.sql`"accountId" = ${a}` },
  Role: { table: 'Role', scope: (a) => Prisma.sql`"accountId" = ${a}` },
  LocalManagedPolicy: { table: 'ManagedPolicy', scope: (a) => Prisma.sql`"accountId" = ${a}` },
  // Of the AWS managed policies, those the account uses, as AWS reports them.
  AWSManagedPolicy: {
    table: 'ManagedPolicy',
    scope: (a) => Prisma.sql`"scope" = 'AWS' AND ${usedCondition(a, undefined)}`,
  },
};

interface Found extends NameKey {
  type: AuthorizationEntityType;
}

async function load(db: DbOrTx, accountId: string, found: Found[]): Promise<AuthorizationDetails> {
  const of = (...types: AuthorizationEntityType[]) => found.filter((f) => types.includes(f.type));
  const [users, groups, roles, policies] = await Promise.all([
    loadUserDetails(db, of('User')),
    loadGroupDetails(db, of('Group')),
    loadRoleDetails(db, of('Role')),
    loadPolicyDetails(db, accountId, of('LocalManagedPolicy', 'AWSManagedPolicy')),
  ]);
  return { users, groups, roles, policies };
}

/**
 * iam:GetAccountAuthorizationDetails — the account's users, groups and roles with the policies
 * that feed each (inline, attached, group memberships, boundary), and its managed policies with
 * every version: its own, and the AWS managed ones it uses. `filter` keeps some kinds (all when
 * empty). Keyset pages across the kinds in AWS's order; `limit` counts entities of every kind.
 */
export async function getAccountAuthorizationDetails(options: {
  ctx: ServiceContext;
  filter?: AuthorizationEntityType[];
  limit?: number;
  cursor?: string;
}): Promise<AuthorizationDetails> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetAccountAuthorizationDetails', '*');
  const accountId = ctx.principal.accountId;
  const limit = options.limit ?? 100;
  const wanted = options.filter?.length ? options.filter : AUTHORIZATION_ENTITY_TYPES;
  const types = AUTHORIZATION_ENTITY_TYPES.filter((t) => wanted.includes(t));
  // The sort names the kinds by initial (User, Group, Role, Local, AWS): Markers stay short.
  const sort = `authorization-details:${types.map((t) => t[0]).join('')}`;
  const [fromType, ...afterKey] = decodeCursor(options.cursor, sort, 3) ?? [];
  const start = fromType == null ? 0 : types.indexOf(fromType as AuthorizationEntityType);
  if (start < 0) throw badCursor();

  const found: Found[] = [];
  for (let i = start; i < types.length && found.length <= limit; i++) {
    const type = types[i]!;
    const rows = await listIdsByName(ctx.db, {
      table: SOURCES[type].table,
      scope: SOURCES[type].scope(accountId),
      ...(i === start && afterKey[0] != null ? { after: afterKey } : {}),
      take: limit + 1 - found.length,
    });
    found.push(...rows.map((r) => ({ ...r, type })));
  }
  const shown = found.slice(0, limit);
  const details = await load(ctx.db, accountId, shown);
  if (found.length <= limit) return details;
  const last = shown.at(-1)!;
  return { ...details, nextCursor: encodeCursor({ sort, key: [last.type, last.nameLower, last.id] }) };
}
