import { authorize } from '../../../authz/authorize.js';
import type { DbOrTx, Tx } from '../../../db/client.js';
import type { Organization } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { managementOnly, notInUse } from './org-errors.js';

/** The organization the account belongs to (as management account or member), if any. */
export async function organizationOf(db: DbOrTx, accountId: string): Promise<Organization | null> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { organization: true },
  });
  return account?.organization ?? null;
}

/**
 * For an operation only the management account may call: the caller's organization, once
 * `organizations:<action>` is allowed on `resource(org)`. A caller outside any organization, or in
 * a member account, is first authorised on `*` (so an unprivileged caller learns nothing), then
 * refused as AWS refuses them.
 */
export async function managementOrganization(
  ctx: ServiceContext,
  action: string,
  resource: (org: Organization) => string = () => '*',
): Promise<Organization> {
  const org = await organizationOf(ctx.db, ctx.principal.accountId);
  if (!org) {
    await authorize(ctx, action, '*');
    throw notInUse();
  }
  if (org.managementAccountId !== ctx.principal.accountId) {
    await authorize(ctx, action, '*');
    throw managementOnly(action);
  }
  await authorize(ctx, action, resource(org));
  return org;
}

/** For an operation any account of the organization may call (DescribeOrganization). */
export async function memberOrganization(ctx: ServiceContext, action: string): Promise<Organization> {
  await authorize(ctx, action, '*');
  const org = await organizationOf(ctx.db, ctx.principal.accountId);
  if (!org) throw notInUse();
  return org;
}

/**
 * Invalidates the cached policy sets and organization facts of every account of the
 * organization: SCPs, their attachments, the policy type and places in the tree feed them.
 */
export async function bumpOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.account.updateMany({ where: { organizationId }, data: { authzVersion: { increment: 1 } } });
}

/** The organization row, locked for the rest of the transaction (serialises tree changes). */
export async function lockOrganization(tx: Tx, organizationId: string): Promise<Organization | null> {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  return tx.organization.findUnique({ where: { id: organizationId } });
}
