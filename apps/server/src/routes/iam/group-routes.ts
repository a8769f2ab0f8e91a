import type { Request, Router } from 'express';
import {
  forceQuerySchema,
  groupNameSchema,
  pageQuerySchema,
  userNameSchema,
} from '@gatehouse/contracts/iam/fields';
import {
  addGroupMemberRequestSchema,
  createGroupRequestSchema,
  listGroupsQuerySchema,
  updateGroupRequestSchema,
} from '@gatehouse/contracts/iam/groups';
import { addUserToGroup } from '../../services/iam/groups/add-user-to-group.js';
import { createGroup } from '../../services/iam/groups/create-group.js';
import { deleteGroup } from '../../services/iam/groups/delete-group.js';
import { getGroup } from '../../services/iam/groups/get-group.js';
import { listGroupMembers } from '../../services/iam/groups/list-group-members.js';
import { listGroups } from '../../services/iam/groups/list-groups.js';
import { removeUserFromGroup } from '../../services/iam/groups/remove-user-from-group.js';
import { updateGroup } from '../../services/iam/groups/update-group.js';
import { parse, signedIn } from '../handler.js';
import { mapPage, toGroup, toUserSummary } from './mappers/iam-entities.js';
import { pathParam } from './params.js';

const groupName = (req: Request) => pathParam(req, 'name', groupNameSchema);

export function mountGroupRoutes(router: Router): void {
  router.get(
    '/groups',
    signedIn(async (ctx, req) =>
      mapPage(await listGroups({ ctx, ...parse(listGroupsQuerySchema, req.query) }), toGroup),
    ),
  );
  router.post(
    '/groups',
    signedIn(
      async (ctx, req) => toGroup(await createGroup({ ctx, ...parse(createGroupRequestSchema, req.body) })),
      {
        status: 201,
      },
    ),
  );
  router.get(
    '/groups/:name',
    signedIn(async (ctx, req) => toGroup(await getGroup({ ctx, groupName: groupName(req) }))),
  );
  router.patch(
    '/groups/:name',
    signedIn(async (ctx, req) =>
      toGroup(
        await updateGroup({ ctx, groupName: groupName(req), ...parse(updateGroupRequestSchema, req.body) }),
      ),
    ),
  );
  router.delete(
    '/groups/:name',
    signedIn((ctx, req) =>
      deleteGroup({ ctx, groupName: groupName(req), ...parse(forceQuerySchema, req.query) }),
    ),
  );
  router.get(
    '/groups/:name/members',
    signedIn(async (ctx, req) =>
      mapPage(
        await listGroupMembers({ ctx, groupName: groupName(req), ...parse(pageQuerySchema, req.query) }),
        toUserSummary,
      ),
    ),
  );
  router.post(
    '/groups/:name/members',
    signedIn((ctx, req) =>
      addUserToGroup({ ctx, groupName: groupName(req), ...parse(addGroupMemberRequestSchema, req.body) }),
    ),
  );
  router.delete(
    '/groups/:name/members/:userName',
    signedIn((ctx, req) =>
      removeUserFromGroup({
        ctx,
        groupName: groupName(req),
        userName: pathParam(req, 'userName', userNameSchema),
      }),
    ),
  );
}
