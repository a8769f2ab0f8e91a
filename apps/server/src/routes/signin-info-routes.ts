import type { Router } from 'express';
import { getSigninInfo } from '../services/account/get-signin-info.js';
import { param, publicRoute } from './handler.js';

export function mountSigninInfoRoutes(router: Router): void {
  router.get(
    '/signin-info/:aliasOrId',
    publicRoute((ctx, req) => getSigninInfo({ ctx, aliasOrId: param(req, 'aliasOrId') })),
  );
}
