import type { Router } from 'express';
import { setupRequestSchema } from '@gatehouse/contracts/setup';
import { setSessionCookies } from '../http/session-cookies.js';
import { toWhoAmI } from '../mappers/whoami.js';
import { getWhoAmI } from '../services/auth/get-whoami.js';
import { completeSetup } from '../services/setup/complete-setup.js';
import { getSetupStatus } from '../services/setup/get-setup-status.js';
import { parse, publicRoute } from './handler.js';

export function mountSetupRoutes(router: Router): void {
  router.get(
    '/setup',
    publicRoute((ctx) => getSetupStatus({ ctx })),
  );
  router.post(
    '/setup',
    publicRoute(
      async (ctx, req, res) => {
        const { principal, session } = await completeSetup({ ctx, ...parse(setupRequestSchema, req.body) });
        setSessionCookies(res, req, ctx.config, session, ctx.clock());
        return toWhoAmI(await getWhoAmI({ db: ctx.db, request: ctx.request, principal }));
      },
      { status: 201 },
    ),
  );
}
