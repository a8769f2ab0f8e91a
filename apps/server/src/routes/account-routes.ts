import type { Router } from 'express';
import { setAccountAliasRequestSchema } from '@gatehouse/contracts/account';
import { createAccountRequestSchema } from '@gatehouse/contracts/setup';
import { toAccountSummary, toCreatedAccount } from '../mappers/account.js';
import { deleteAccountAlias } from '../services/account/delete-account-alias.js';
import { getAccountSummary } from '../services/account/get-account-summary.js';
import { setAccountAlias } from '../services/account/set-account-alias.js';
import { createAdditionalAccount } from '../services/accounts/create-additional-account.js';
import { parse, signedIn } from './handler.js';

export function mountAccountRoutes(router: Router): void {
  router.get(
    '/account',
    signedIn(async (ctx) => toAccountSummary(await getAccountSummary({ ctx }))),
  );
  router.put(
    '/account/alias',
    signedIn((ctx, req) => setAccountAlias({ ctx, ...parse(setAccountAliasRequestSchema, req.body) })),
  );
  router.delete(
    '/account/alias',
    signedIn((ctx) => deleteAccountAlias({ ctx })),
  );
  router.post(
    '/accounts',
    signedIn(
      async (ctx, req) =>
        toCreatedAccount(
          await createAdditionalAccount({ ctx, ...parse(createAccountRequestSchema, req.body) }),
          ctx.request.origin,
        ),
      { status: 201 },
    ),
  );
}
