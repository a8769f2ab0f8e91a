import type { Router } from 'express';
import { forceQuerySchema, pageQuerySchema, userNameSchema } from '@gatehouse/contracts/iam/fields';
import {
  createUserRequestSchema,
  listUsersQuerySchema,
  updateUserRequestSchema,
} from '@gatehouse/contracts/iam/users';
import { createUser } from '../../services/iam/users/create-user.js';
import { deleteUser } from '../../services/iam/users/delete-user.js';
import { getUser } from '../../services/iam/users/get-user.js';
import { listGroupsForUser } from '../../services/iam/users/list-groups-for-user.js';
import { listUsers } from '../../services/iam/users/list-users.js';
import { updateUser } from '../../services/iam/users/update-user.js';
import { parse, signedIn } from '../handler.js';
import { mapPage, toGroup, toUser, toUserSummary } from './mappers/iam-entities.js';
import { pathParam } from './params.js';

export function mountUserRoutes(router: Router): void {
  const userName = (req: Parameters<typeof pathParam>[0]) => pathParam(req, 'name', userNameSchema);
  router.get(
    '/users',
    signedIn(async (ctx, req) =>
      mapPage(await listUsers({ ctx, ...parse(listUsersQuerySchema, req.query) }), toUserSummary),
    ),
  );
  router.post(
    '/users',
    signedIn(
      async (ctx, req) => toUser(await createUser({ ctx, ...parse(createUserRequestSchema, req.body) })),
      {
        status: 201,
      },
    ),
  );
  router.get(
    '/users/:name',
    signedIn(async (ctx, req) => toUser(await getUser({ ctx, userName: userName(req) }))),
  );
  router.patch(
    '/users/:name',
    signedIn(async (ctx, req) =>
      toUser(await updateUser({ ctx, userName: userName(req), ...parse(updateUserRequestSchema, req.body) })),
    ),
  );
  router.delete(
    '/users/:name',
    signedIn((ctx, req) =>
      deleteUser({ ctx, userName: userName(req), ...parse(forceQuerySchema, req.query) }),
    ),
  );
  router.get(
    '/users/:name/groups',
    signedIn(async (ctx, req) =>
      mapPage(
        await listGroupsForUser({ ctx, userName: userName(req), ...parse(pageQuerySchema, req.query) }),
        toGroup,
      ),
    ),
  );
}
