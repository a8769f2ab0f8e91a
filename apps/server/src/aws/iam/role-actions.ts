import { createRole } from '../../services/iam/roles/create-role.js';
import { deleteRole } from '../../services/iam/roles/delete-role.js';
import { getRole } from '../../services/iam/roles/get-role.js';
import { listInstanceProfilesForRole } from '../../services/iam/roles/list-instance-profiles-for-role.js';
import { listRoles } from '../../services/iam/roles/list-roles.js';
import { updateRole } from '../../services/iam/roles/update-role.js';
import { updateTrustPolicy } from '../../services/iam/roles/update-trust-policy.js';
import type { AwsActionTable } from '../action-table.js';
import { awsRole, awsRoleSummary } from './iam-shapes.js';
import { listOutput, pageOf } from './paging.js';
import { awsChangedRole } from './role-shapes.js';
import { checkedTags } from './tag-input.js';

export const roleActions: AwsActionTable = {
  CreateRole: async (ctx, input) => {
    const { role } = await createRole({
      ctx,
      roleName: input.RoleName,
      path: input.Path,
      trustPolicy: input.AssumeRolePolicyDocument,
      description: input.Description,
      maxSessionDuration: input.MaxSessionDuration,
      tags: checkedTags(input.Tags),
      permissionsBoundary: input.PermissionsBoundary,
    });
    return { Role: awsChangedRole(role) };
  },
  GetRole: async (ctx, input) => ({ Role: awsRole(await getRole({ ctx, roleName: input.RoleName })) }),
  ListRoles: async (ctx, input) =>
    listOutput(
      'Roles',
      await listRoles({ ctx, pathPrefix: input.PathPrefix, ...pageOf(input) }),
      awsRoleSummary,
    ),
  UpdateRole: async (ctx, input) => {
    await updateRole({
      ctx,
      roleName: input.RoleName,
      description: input.Description,
      maxSessionDuration: input.MaxSessionDuration,
    });
  },
  UpdateRoleDescription: async (ctx, input) => ({
    Role: awsChangedRole(
      await updateRole({
        ctx,
        roleName: input.RoleName,
        description: input.Description,
        action: 'iam:UpdateRoleDescription',
      }),
    ),
  }),
  UpdateAssumeRolePolicy: async (ctx, input) => {
    await updateTrustPolicy({ ctx, roleName: input.RoleName, document: input.PolicyDocument });
  },
  ListInstanceProfilesForRole: async (ctx, input) => ({
    InstanceProfiles: await listInstanceProfilesForRole({ ctx, roleName: input.RoleName }),
    IsTruncated: false,
  }),
  DeleteRole: async (ctx, input) => {
    await deleteRole({ ctx, roleName: input.RoleName });
  },
};
