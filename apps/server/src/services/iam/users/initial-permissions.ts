// The groups and managed policies a user is created with (the console's "Add user to group",
// "Attach policies directly" and "Copy permissions" choices). Each is authorised exactly as
// AddUserToGroup and AttachUserPolicy authorise it, and written in CreateUser's transaction with
// an audit event of its own, so a refused group or policy leaves no user behind.
import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { Tx } from '../../../db/client.js';
import { nameKey } from '../../../db/name-key.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { requirePolicy, type PolicyTarget } from '../common/policy-target.js';
import { arnOfGroup, authorizeOnGroup, type GroupTarget } from '../common/targets.js';

export interface InitialPermissions {
  groups: GroupTarget[];
  policies: PolicyTarget[];
}

export const NO_INITIAL_PERMISSIONS: InitialPermissions = { groups: [], policies: [] };

/**
 * Authorises iam:AddUserToGroup on each group's ARN and iam:AttachUserPolicy on the new user's
 * ARN (with `iam:PolicyARN`) for each policy, and resolves them; the quotas of 10 groups and 10
 * attached policies per user apply from the start.
 */
export async function authorizeInitialPermissions(
  ctx: ServiceContext,
  userArn: string,
  userName: string,
  groupNames: readonly string[],
  policyArns: readonly string[],
): Promise<InitialPermissions> {
  const uniqueGroups = [...new Map(groupNames.map((g) => [nameKey(g), g])).values()];
  const uniquePolicies = [...new Set(policyArns)];
  if (uniqueGroups.length > QUOTAS.groupsPerUser) {
    throw new AppError(
      'LimitExceeded',
      `user \`${userName}\` cannot be in ${uniqueGroups.length} groups: the most a user can be in is ${QUOTAS.groupsPerUser}`,
    );
  }
  if (uniquePolicies.length > QUOTAS.attachedPoliciesPerUser) {
    throw new AppError(
      'LimitExceeded',
      `user \`${userName}\` cannot have ${uniquePolicies.length} managed policies attached: the most a user can have is ${QUOTAS.attachedPoliciesPerUser}`,
    );
  }
  const groups: GroupTarget[] = [];
  for (const name of uniqueGroups) groups.push(await authorizeOnGroup(ctx, name, 'iam:AddUserToGroup'));
  const policies: PolicyTarget[] = [];
  for (const policyArn of uniquePolicies) {
    await authorize(ctx, 'iam:AttachUserPolicy', userArn, { 'iam:PolicyARN': policyArn });
    const policy = await requirePolicy(ctx.db, ctx.principal.accountId, policyArn);
    if (!policy.isAttachable) {
      throw new AppError(
        'PolicyNotAttachable',
        `policy \`${policyArn}\` cannot be attached to users, groups or roles: AWS reserves it for service-linked roles`,
      );
    }
    policies.push(policy);
  }
  return { groups, policies };
}

/** Writes the memberships and attachments of a user just created in `tx`, each with its audit event. */
export async function grantInitialPermissions(
  tx: Tx,
  ctx: ServiceContext,
  user: { id: string; name: string; arn: string },
  { groups, policies }: InitialPermissions,
): Promise<void> {
  if (groups.length === 0 && policies.length === 0) return;
  const accountId = ctx.principal.accountId;
  // Locked so a group or policy deleted since it was authorised is NoSuchEntity, not a dangling row.
  for (const group of groups) {
    if (!(await lockRow(tx, 'Group', group.id))) throw noSuchEntity('group', group.name);
  }
  for (const policy of policies) {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
  }
  if (groups.length > 0) {
    await tx.groupMembership.createMany({
      data: groups.map((g) => ({ accountId, groupId: g.id, userId: user.id })),
    });
  }
  if (policies.length > 0) {
    await tx.policyAttachment.createMany({
      data: policies.map((p) => ({ accountId, policyId: p.id, userId: user.id })),
    });
  }
  await bumpAuthzVersion(tx, accountId);
  for (const group of groups) {
    await recordAuditEvent(tx, ctx, {
      action: 'iam:AddUserToGroup',
      resource: arnOfGroup(group),
      result: 'Success',
      details: { groupName: group.name, userName: user.name },
    });
  }
  for (const policy of policies) {
    await recordAuditEvent(tx, ctx, {
      action: 'iam:AttachUserPolicy',
      resource: user.arn,
      result: 'Success',
      details: { userName: user.name, policyArn: policy.arn },
    });
  }
}
