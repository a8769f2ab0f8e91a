// What a forced (console) DeletePolicy removes before the policy itself: its attachments to
// users, groups and roles, and its versions besides the default, each authorised with the action
// a caller would need to remove it by hand, as the IAM console's delete does.
import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { DbOrTx, Tx } from '../../../db/client.js';
import type { ServiceContext } from '../../service-context.js';
import { arnOfGroup, arnOfRole, arnOfUser, targetContext } from '../common/targets.js';
import type { PolicyTarget } from '../common/policy-target.js';
import { resourceTagContext } from '../common/tag-context.js';

type OwnerKind = 'user' | 'group' | 'role';

export interface PolicyDependents {
  attachments: { id: string; kind: OwnerKind; name: string; arn: string }[];
  olderVersions: string[];
}

const ownerSelect = {
  select: {
    accountId: true,
    path: true,
    name: true,
    tags: { select: { key: true, value: true }, orderBy: { keyLower: 'asc' as const } },
    permissionsBoundary: { select: { arn: true } },
  },
} as const;

/** The attachments (with what authorising their detach needs) and the non-default versions. */
async function loadDependents(db: DbOrTx, policy: { id: string; defaultVersionId: string }) {
  const [attachments, versions] = await Promise.all([
    db.policyAttachment.findMany({
      where: { policyId: policy.id },
      select: {
        id: true,
        user: ownerSelect,
        role: ownerSelect,
        group: { select: { accountId: true, path: true, name: true } },
      },
      orderBy: { id: 'asc' },
    }),
    db.policyVersion.findMany({ where: { policyId: policy.id }, select: { versionId: true } }),
  ]);
  return {
    rows: attachments,
    olderVersions: versions
      .map((v) => v.versionId)
      .filter((v) => v !== policy.defaultVersionId)
      .sort(),
  };
}

export async function loadPolicyDependents(
  db: DbOrTx,
  policy: { id: string; defaultVersionId: string },
): Promise<PolicyDependents & { rows: Awaited<ReturnType<typeof loadDependents>>['rows'] }> {
  const { rows, olderVersions } = await loadDependents(db, policy);
  const attachments = rows.map((row) => {
    if (row.user) return { id: row.id, kind: 'user' as const, name: row.user.name, arn: arnOfUser(row.user) };
    if (row.role) return { id: row.id, kind: 'role' as const, name: row.role.name, arn: arnOfRole(row.role) };
    const group = row.group!;
    return { id: row.id, kind: 'group' as const, name: group.name, arn: arnOfGroup(group) };
  });
  return { attachments, olderVersions, rows };
}

const DETACH: Record<OwnerKind, string> = {
  user: 'iam:DetachUserPolicy',
  group: 'iam:DetachGroupPolicy',
  role: 'iam:DetachRolePolicy',
};

/** Every removal must be allowed before anything changes (iam:PolicyARN on each detach). */
export async function authorizeDependentRemovals(
  ctx: ServiceContext,
  policy: PolicyTarget,
  planned: Awaited<ReturnType<typeof loadPolicyDependents>>,
): Promise<void> {
  for (const row of planned.rows) {
    const owner = row.user ?? row.role;
    const attachment = planned.attachments.find((a) => a.id === row.id)!;
    const action = DETACH[attachment.kind];
    const context = owner ? targetContext(action, owner) : {};
    await authorize(ctx, action, attachment.arn, { ...context, 'iam:PolicyARN': policy.arn });
  }
  if (planned.olderVersions.length > 0) {
    await authorize(ctx, 'iam:DeletePolicyVersion', policy.arn, resourceTagContext(policy.tags));
  }
}

/** The removals themselves, inside DeletePolicy's transaction, one audit event each. */
export async function removeDependents(
  tx: Tx,
  ctx: ServiceContext,
  policy: PolicyTarget,
  dependents: PolicyDependents,
): Promise<void> {
  for (const attachment of dependents.attachments) {
    await tx.policyAttachment.delete({ where: { id: attachment.id } });
    await recordAuditEvent(tx, ctx, {
      action: DETACH[attachment.kind],
      resource: attachment.arn,
      result: 'Success',
      details: { [`${attachment.kind}Name`]: attachment.name, policyArn: policy.arn },
    });
  }
  for (const versionId of dependents.olderVersions) {
    await tx.policyVersion.delete({ where: { policyId_versionId: { policyId: policy.id, versionId } } });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeletePolicyVersion',
      resource: policy.arn,
      result: 'Success',
      details: { versionId },
    });
  }
}

/** The same removals planned outside the transaction and found inside it. */
export function sameDependents(a: PolicyDependents, b: PolicyDependents): boolean {
  const key = (d: PolicyDependents) =>
    JSON.stringify({ attachments: d.attachments.map((x) => x.id), olderVersions: d.olderVersions });
  return key(a) === key(b);
}
