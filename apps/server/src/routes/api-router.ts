import { Router } from 'express';
import type { Logger } from 'pino';
import { csrfProtection } from '../http/csrf-protection.js';
import { apiErrorHandler, apiNotFound } from '../http/error-handler.js';
import { parseJsonBody, requireJsonBody } from '../http/json-body.js';
import { loadSession } from '../http/load-session.js';
import { mountAccessAnalyzerRoutes } from './access-analyzer-routes.js';
import { mountAccountRoutes } from './account-routes.js';
import { mountAuthRoutes } from './auth-routes.js';
import { mountCatalogRoutes } from './catalog/catalog-routes.js';
import { mountCredentialRoutes } from './credentials/mount-credential-routes.js';
import { mountEventRoutes } from './event-routes.js';
import { mountEventRetentionRoutes } from './event-retention-routes.js';
import { mountHealthRoutes } from './health-routes.js';
import { mountIamRoutes } from './iam/mount-iam-routes.js';
import { mountLastAccessedRoutes } from './last-accessed-routes.js';
import { mountLoginProfileRoutes } from './login-profile-routes.js';
import { mountOrganizationRoutes } from './organization-routes.js';
import { mountSetupRoutes } from './setup-routes.js';
import { mountSigninInfoRoutes } from './signin-info-routes.js';
import { mountSimulatorRoutes } from './simulator/simulator-routes.js';
import { mountSwitchRoleRoutes } from './switch-role-routes.js';

/** Everything under /api: JSON only, sessions, CSRF defence, the routes, JSON errors. */
export function apiRouter(log: Logger): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.use(requireJsonBody());
  router.use(parseJsonBody());
  router.use(loadSession());
  router.use(csrfProtection());

  mountHealthRoutes(router);
  mountSetupRoutes(router);
  mountSigninInfoRoutes(router);
  mountAuthRoutes(router);
  mountSwitchRoleRoutes(router);
  mountAccountRoutes(router);
  mountLoginProfileRoutes(router);
  mountIamRoutes(router);
  mountCredentialRoutes(router);
  mountCatalogRoutes(router);
  mountSimulatorRoutes(router);
  mountEventRoutes(router);
  mountOrganizationRoutes(router);
  mountEventRetentionRoutes(router);
  mountLastAccessedRoutes(router);
  mountAccessAnalyzerRoutes(router);

  router.use(apiNotFound());
  router.use(apiErrorHandler(log));
  return router;
}
