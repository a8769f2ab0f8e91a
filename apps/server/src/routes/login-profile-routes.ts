import type { Router } from 'express';
import { putLoginProfileRequestSchema } from '@gatehouse/contracts/login-profile';
import { toLoginProfile } from '../mappers/login-profile.js';
import { deleteLoginProfile } from '../services/login-profiles/delete-login-profile.js';
import { getLoginProfile } from '../services/login-profiles/get-login-profile.js';
import { putLoginProfile } from '../services/login-profiles/put-login-profile.js';
import { param, parse, signedIn } from './handler.js';

export function mountLoginProfileRoutes(router: Router): void {
  const path = '/users/:name/login-profile';
  router.get(
    path,
    signedIn(async (ctx, req) =>
      toLoginProfile(await getLoginProfile({ ctx, userName: param(req, 'name') })),
    ),
  );
  router.put(
    path,
    signedIn(async (ctx, req, res) => {
      const body = parse(putLoginProfileRequestSchema, req.body);
      const result = await putLoginProfile({ ctx, userName: param(req, 'name'), ...body });
      res.status(result.created ? 201 : 200);
      return toLoginProfile(result);
    }),
  );
  router.delete(
    path,
    signedIn((ctx, req) => deleteLoginProfile({ ctx, userName: param(req, 'name') })),
  );
}
