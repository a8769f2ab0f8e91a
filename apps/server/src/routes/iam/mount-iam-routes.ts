import type { Router } from 'express';

/**
 * The IAM entity routes (users, groups, roles, policies...). Placeholder from the foundation:
 * the helper writing src/routes/iam/** owns this file and replaces its body.
 */
export function mountIamRoutes(_router: Router): void {}
