import { createUser } from '../../services/iam/users/create-user.js';
import { deleteUser } from '../../services/iam/users/delete-user.js';
import { getUser } from '../../services/iam/users/get-user.js';
import { listGroupsForUser } from '../../services/iam/users/list-groups-for-user.js';
import { listUsers } from '../../services/iam/users/list-users.js';
import { updateUser } from '../../services/iam/users/update-user.js';
import type { AwsActionTable } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';
import { awsGroup, awsUser, awsUserSummary } from './iam-shapes.js';
import { checkedTags } from './tag-input.js';
import { listOutput, pageOf } from './paging.js';

export const userActions: AwsActionTable = {
  CreateUser: async (ctx, input) => ({
    User: awsUser(
      await createUser({
        ctx,
        userName: input.UserName,
        path: input.Path,
        tags: checkedTags(input.Tags),
        permissionsBoundary: input.PermissionsBoundary,
      }),
    ),
  }),
  GetUser: async (ctx, input) => {
    // Without UserName, GetUser describes the caller (AWS's rule for IAM users' own keys).
    const userName = input.UserName ?? (ctx.principal.type === 'user' ? ctx.principal.userName : undefined);
    if (userName === undefined) {
      const { principal } = ctx;
      if (principal.type === 'role-session') {
        throw new AwsError('ValidationError', 'Must specify userName when calling with non-User credentials');
      }
      return {
        User: {
          Path: '/',
          UserId: principal.accountId,
          Arn: principal.arn,
          CreateDate: new Date(0),
        },
      };
    }
    return { User: awsUser(await getUser({ ctx, userName })) };
  },
  ListUsers: async (ctx, input) =>
    listOutput(
      'Users',
      await listUsers({ ctx, pathPrefix: input.PathPrefix, ...pageOf(input) }),
      awsUserSummary,
    ),
  UpdateUser: async (ctx, input) => {
    await updateUser({
      ctx,
      userName: input.UserName,
      newUserName: input.NewUserName,
      newPath: input.NewPath,
    });
  },
  DeleteUser: async (ctx, input) => {
    await deleteUser({ ctx, userName: input.UserName });
  },
  ListGroupsForUser: async (ctx, input) =>
    listOutput(
      'Groups',
      await listGroupsForUser({ ctx, userName: input.UserName, ...pageOf(input) }),
      awsGroup,
    ),
};
