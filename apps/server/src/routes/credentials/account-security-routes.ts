import type { Router } from 'express';
import { getAccountSecurity } from '../../services/credentials/account-security/get-account-security.js';
import { signedIn } from '../handler.js';

export function mountAccountSecurityRoutes(router: Router): void {
  router.get(
    '/account/security',
    signedIn((ctx) => getAccountSecurity({ ctx })),
  );
}
