import { addUserToGroup } from '../../services/iam/groups/add-user-to-group.js';
import { createGroup } from '../../services/iam/groups/create-group.js';
import { deleteGroup } from '../../services/iam/groups/delete-group.js';
import { getGroup } from '../../services/iam/groups/get-group.js';
import { listGroupMembers } from '../../services/iam/groups/list-group-members.js';
import { listGroups } from '../../services/iam/groups/list-groups.js';
import { removeUserFromGroup } from '../../services/iam/groups/remove-user-from-group.js';
import { updateGroup } from '../../services/iam/groups/update-group.js';
import type { AwsActionTable } from '../action-table.js';
import { awsGroup, awsUserSummary } from './iam-shapes.js';
import { listOutput, pageOf } from './paging.js';

export const groupActions: AwsActionTable = {
  CreateGroup: async (ctx, input) => ({
    Group: awsGroup(await createGroup({ ctx, groupName: input.GroupName, path: input.Path })),
  }),
  // The group and a page of its members: the console reads them with two calls, AWS with one.
  GetGroup: async (ctx, input) => {
    const group = await getGroup({ ctx, groupName: input.GroupName });
    const members = await listGroupMembers({ ctx, groupName: group.name, ...pageOf(input) });
    return { Group: awsGroup(group), ...listOutput('Users', members, awsUserSummary) };
  },
  ListGroups: async (ctx, input) =>
    listOutput('Groups', await listGroups({ ctx, pathPrefix: input.PathPrefix, ...pageOf(input) }), awsGroup),
  UpdateGroup: async (ctx, input) => {
    await updateGroup({
      ctx,
      groupName: input.GroupName,
      newGroupName: input.NewGroupName,
      newPath: input.NewPath,
    });
  },
  DeleteGroup: async (ctx, input) => {
    await deleteGroup({ ctx, groupName: input.GroupName });
  },
  AddUserToGroup: async (ctx, input) => {
    await addUserToGroup({ ctx, groupName: input.GroupName, userName: input.UserName });
  },
  RemoveUserFromGroup: async (ctx, input) => {
    await removeUserFromGroup({ ctx, groupName: input.GroupName, userName: input.UserName });
  },
};
