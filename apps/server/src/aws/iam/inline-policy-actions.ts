// Inline policies of users, groups and roles: Put/Get/Delete/List{User,Group,Role}Policy. The
// door URL-encodes PolicyDocument on the way out, as IAM does.
import type { PolicyOwnerKind } from '../../services/iam/common/entity-target.js';
import { deleteInlinePolicy } from '../../services/iam/inline-policies/delete-inline-policy.js';
import { getInlinePolicy } from '../../services/iam/inline-policies/get-inline-policy.js';
import { listInlinePolicies } from '../../services/iam/inline-policies/list-inline-policies.js';
import { putInlinePolicy } from '../../services/iam/inline-policies/put-inline-policy.js';
import type { AwsActionHandler, AwsActionTable } from '../action-table.js';
import { ownerNameMember, ownerNameOf } from './owner-input.js';
import { listOutput, pageOf } from './paging.js';

const put =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) => {
    await putInlinePolicy({
      ctx,
      kind,
      name: ownerNameOf(kind, input),
      policyName: input.PolicyName,
      document: input.PolicyDocument,
    });
  };

const get =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) => {
    const policy = await getInlinePolicy({
      ctx,
      kind,
      name: ownerNameOf(kind, input),
      policyName: input.PolicyName,
    });
    return {
      [ownerNameMember(kind)]: policy.ownerName,
      PolicyName: policy.name,
      PolicyDocument: policy.document,
    };
  };

const remove =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) => {
    await deleteInlinePolicy({ ctx, kind, name: ownerNameOf(kind, input), policyName: input.PolicyName });
  };

const list =
  (kind: PolicyOwnerKind): AwsActionHandler =>
  async (ctx, input) =>
    listOutput(
      'PolicyNames',
      await listInlinePolicies({ ctx, kind, name: ownerNameOf(kind, input), ...pageOf(input) }),
      (policy) => policy.name,
    );

export const inlinePolicyActions: AwsActionTable = {
  PutUserPolicy: put('user'),
  PutGroupPolicy: put('group'),
  PutRolePolicy: put('role'),
  GetUserPolicy: get('user'),
  GetGroupPolicy: get('group'),
  GetRolePolicy: get('role'),
  DeleteUserPolicy: remove('user'),
  DeleteGroupPolicy: remove('group'),
  DeleteRolePolicy: remove('role'),
  ListUserPolicies: list('user'),
  ListGroupPolicies: list('group'),
  ListRolePolicies: list('role'),
};
