import type { Router } from 'express';
import { mountAccessKeyRoutes } from './access-key-routes.js';
import { mountAccountSecurityRoutes } from './account-security-routes.js';
import { mountCredentialReportRoutes } from './credential-report-routes.js';
import { mountMfaDeviceRoutes } from './mfa-device-routes.js';
import { mountPasswordPolicyRoutes } from './password-policy-routes.js';

/** Access keys, MFA devices, the password policy, the credential report, account security facts. */
export function mountCredentialRoutes(router: Router): void {
  mountAccessKeyRoutes(router);
  mountMfaDeviceRoutes(router);
  mountPasswordPolicyRoutes(router);
  mountCredentialReportRoutes(router);
  mountAccountSecurityRoutes(router);
}
