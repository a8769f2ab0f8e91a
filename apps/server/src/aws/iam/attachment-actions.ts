// Managed policies attached to users, groups and roles, and permissions boundaries (a managed
// policy set on a user or role as its cap). One handler per kind, so each AWS action is
// written once for the three.
import { attachPolicy } from '../../services/iam/attachments/attach-policy.js';
import { detachPolicy } from '../../services/iam/attachments/detach-policy.js';
import {
  listAttachedPolicies,
  type AttachedPolicyFacts,
} from '../../services/iam/attachments/list-attached-policies.js';
import { deletePermissionsBoundary } from '../../services/iam/boundaries/delete-permissions-boundary.js';
import { putPermissionsBoundary } from '../../services/iam/boundaries/put-permissions-boundary.js';
import type { PolicyOwnerKind } from '../../services/iam/common/entity-target.js';
import type { AwsActionHandler, AwsActionTable } from '../action-table.js';
import { ownerNameOf } from './owner-input.js';
import { listOutput, pageOf } from './paging.js';

function awsAttachedPolicy(policy: AttachedPolicyFacts) {
  return { PolicyName: policy.policyName, PolicyArn: policy.policyArn };
}

const attach =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) => {
    await attachPolicy({ ctx, kind, name: ownerNameOf(kind, input), policyArn: input.PolicyArn });
  };

const detach =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) => {
    await detachPolicy({ ctx, kind, name: ownerNameOf(kind, input), policyArn: input.PolicyArn });
  };

const listAttached =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) =>
    listOutput(
      'AttachedPolicies',
      await listAttachedPolicies({
        ctx,
        kind,
        name: ownerNameOf(kind, input),
        pathPrefix: input.PathPrefix,
        ...pageOf(input),
      }),
      awsAttachedPolicy,
    );

const putBoundary =
  (kind: 'user' | 'role'): AwsActionHandler =>
  async (ctx, input) => {
    await putPermissionsBoundary({
      ctx,
      kind,
      name: ownerNameOf(kind, input),
      policyArn: input.PermissionsBoundary,
    });
  };

const deleteBoundary =
  (kind: 'user' | 'role'): AwsActionHandler =>
  async (ctx, input) => {
    await deletePermissionsBoundary({ ctx, kind, name: ownerNameOf(kind, input) });
  };

export const attachmentActions: AwsActionTable = {
  AttachUserPolicy: attach('user'),
  AttachGroupPolicy: attach('group'),
  AttachRolePolicy: attach('role'),
  DetachUserPolicy: detach('user'),
  DetachGroupPolicy: detach('group'),
  DetachRolePolicy: detach('role'),
  ListAttachedUserPolicies: listAttached('user'),
  ListAttachedGroupPolicies: listAttached('group'),
  ListAttachedRolePolicies: listAttached('role'),
  PutUserPermissionsBoundary: putBoundary('user'),
  PutRolePermissionsBoundary: putBoundary('role'),
  DeleteUserPermissionsBoundary: deleteBoundary('user'),
  DeleteRolePermissionsBoundary: deleteBoundary('role'),
};
