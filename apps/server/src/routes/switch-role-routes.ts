import type { Router } from 'express';
import { switchRoleRequestSchema } from '@gatehouse/contracts/switch-role';
import { switchBack, switchRole } from '../services/sts/switch-role.js';
import { parse, signedIn } from './handler.js';

export function mountSwitchRoleRoutes(router: Router): void {
  router.post(
    '/auth/switch-role',
    // The console asks /auth/whoami afterwards: this request's principal is still the caller.
    signedIn((ctx, req) => switchRole({ ctx, ...parse(switchRoleRequestSchema, req.body) })),
  );
  router.post(
    '/auth/switch-back',
    signedIn((ctx) => switchBack({ ctx })),
  );
}
