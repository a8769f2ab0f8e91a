import { randomBytes } from 'node:crypto';
import { roleNameSchema } from '@gatehouse/contracts/iam/fields';
import { hashPassword } from '../../auth/password-hash.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { Tx } from '../../db/client.js';
import type { CreateAccountStatus, Organization } from '../../db/generated/client.js';
import { inTransaction } from '../../db/in-transaction.js';
import { nameKey } from '../../db/name-key.js';
import { newAccountId, newUniqueId } from '../../model/unique-ids.js';
import type { ServiceContext } from '../service-context.js';
import { attachFullAwsAccess } from './common/full-aws-access.js';
import { organizationArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { invalidInput, parentNotFound } from './common/org-errors.js';
import { newCreateAccountRequestId } from './common/org-ids.js';
import { findNode } from './common/org-tree.js';

export const ORGANIZATION_ACCESS_ROLE = 'OrganizationAccountAccessRole';
const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export interface CreateOrgAccountOptions {
  ctx: ServiceContext;
  email: string;
  accountName: string;
  /** The role the management account switches into (AWS's default name when absent). */
  roleName?: string;
  /** Where to place the account: the root when absent (the console's addition; AWS always uses the root). */
  parentId?: string;
}

/** The trust policy AWS gives OrganizationAccountAccessRole: the management account's root. */
export function accessRoleTrustPolicy(managementAccountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  });
}

async function createAccessRole(tx: Tx, accountId: string, roleName: string, org: Organization, now: Date) {
  const roleId = newUniqueId('role');
  await tx.role.create({
    data: {
      id: roleId,
      accountId,
      name: roleName,
      nameLower: nameKey(roleName),
      path: '/',
      trustPolicy: accessRoleTrustPolicy(org.managementAccountId),
      maxSessionDuration: 3600,
      createdAt: now,
    },
  });
  const admin = await tx.managedPolicy.findUnique({
    where: { arn: ADMINISTRATOR_ACCESS_ARN },
    select: { id: true },
  });
  if (admin) {
    await tx.policyAttachment.create({ data: { accountId, policyId: admin.id, roleId } });
  } else {
    // AWS managed policies not loaded in this deployment: the same grant, inline.
    await tx.inlinePolicy.create({
      data: {
        accountId,
        roleId,
        name: 'AdministratorAccess',
        document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
      },
    });
  }
}

async function recordStatus(
  tx: Tx,
  org: Organization,
  data: Omit<CreateAccountStatus, 'organizationId'>,
): Promise<CreateAccountStatus> {
  return tx.createAccountStatus.create({ data: { ...data, organizationId: org.id } });
}

/**
 * organizations:CreateAccount (resource `*`), from the management account: a new member account
 * without a root password (nobody can sign in as its root user), reached by switching into its
 * OrganizationAccountAccessRole, which trusts the management account and has AdministratorAccess.
 * Done at once: the status answered is SUCCEEDED, or FAILED with AWS's reason (a taken email:
 * EMAIL_ALREADY_EXISTS), recorded either way for DescribeCreateAccountStatus.
 */
export async function createOrgAccount(options: CreateOrgAccountOptions): Promise<CreateAccountStatus> {
  const { ctx, accountName } = options;
  const org = await managementOrganization(ctx, 'organizations:CreateAccount');
  const email = options.email.trim().toLowerCase();
  const roleName = options.roleName ?? ORGANIZATION_ACCESS_ROLE;
  if (!roleNameSchema.safeParse(roleName).success) {
    throw invalidInput(
      'INVALID_PATTERN',
      `the role name \`${roleName}\` must be 1–64 of letters, digits and +=,.@_-`,
    );
  }
  // An unusable root password: nobody knows it, so the root user cannot sign in.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const requestedAt = ctx.clock();
  const id = newCreateAccountRequestId();
  return inTransaction(ctx, async (tx) => {
    const locked = (await lockOrganization(tx, org.id))!;
    const parentId = options.parentId ?? org.rootId;
    if (!(await findNode(tx, org.id, parentId))) throw parentNotFound(parentId);
    const base = { id, accountName, email, requestedAt, completedAt: requestedAt };
    if (await tx.account.findUnique({ where: { rootEmail: email }, select: { id: true } })) {
      const failed = await recordStatus(tx, org, {
        ...base,
        state: 'FAILED',
        accountId: null,
        failureReason: 'EMAIL_ALREADY_EXISTS',
      });
      await recordAuditEvent(tx, ctx, {
        action: 'organizations:CreateAccount',
        resource: organizationArn(org),
        result: 'Failure',
        errorCode: 'EMAIL_ALREADY_EXISTS',
        details: { createAccountRequestId: id, accountName },
      });
      return failed;
    }
    let accountId = newAccountId();
    while (await tx.account.findUnique({ where: { id: accountId }, select: { id: true } }))
      accountId = newAccountId();
    await tx.account.create({
      data: {
        id: accountId,
        rootEmail: email,
        rootPasswordHash: passwordHash,
        name: accountName,
        organizationId: org.id,
        orgParentId: parentId,
        orgJoinedMethod: 'CREATED',
        orgJoinedAt: requestedAt,
        createdAt: requestedAt,
      },
    });
    await createAccessRole(tx, accountId, roleName, org, requestedAt);
    if (locked.scpEnabled) await attachFullAwsAccess(tx, org.id, { accountId });
    await bumpOrganization(tx, org.id);
    const status = await recordStatus(tx, org, {
      ...base,
      state: 'SUCCEEDED',
      accountId,
      failureReason: null,
    });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:CreateAccount',
      resource: organizationArn(org),
      result: 'Success',
      details: { createAccountRequestId: id, accountId, accountName, parentId, roleName },
    });
    return status;
  });
}
