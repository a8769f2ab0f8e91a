import type { Router } from 'express';
import { updatePasswordPolicyRequestSchema } from '@gatehouse/contracts/credentials/password-policy';
import { deletePasswordPolicy } from '../../services/credentials/password-policy/delete-password-policy.js';
import { getPasswordPolicy } from '../../services/credentials/password-policy/get-password-policy.js';
import { updatePasswordPolicy } from '../../services/credentials/password-policy/update-password-policy.js';
import { parse, signedIn } from '../handler.js';
import { toPasswordPolicy } from './credential-mappers.js';

export function mountPasswordPolicyRoutes(router: Router): void {
  const path = '/account/password-policy';
  router.get(
    path,
    signedIn(async (ctx) => {
      const { policy, rulesInForce } = await getPasswordPolicy({ ctx });
      return { passwordPolicy: policy ? toPasswordPolicy(policy) : null, rulesInForce };
    }),
  );
  router.put(
    path,
    signedIn(async (ctx, req) => {
      const { policy, rulesInForce } = await updatePasswordPolicy({
        ctx,
        request: parse(updatePasswordPolicyRequestSchema, req.body),
      });
      return { passwordPolicy: toPasswordPolicy(policy), rulesInForce };
    }),
  );
  router.delete(
    path,
    signedIn((ctx) => deletePasswordPolicy({ ctx })),
  );
}
