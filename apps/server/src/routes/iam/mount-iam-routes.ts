import type { Router } from 'express';
import { mountGroupRoutes } from './group-routes.js';
import { mountPermissionRoutes } from './permission-routes.js';
import { mountPolicyRoutes } from './policy-routes.js';
import { mountRoleRoutes } from './role-routes.js';
import { mountUserRoutes } from './user-routes.js';

/** The IAM entity routes: users, groups, roles, managed policies, and what hangs off them. */
export function mountIamRoutes(router: Router): void {
  mountUserRoutes(router);
  mountGroupRoutes(router);
  mountRoleRoutes(router);
  mountPolicyRoutes(router);
  mountPermissionRoutes(router);
}
