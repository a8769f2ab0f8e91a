import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { Account } from '../../db/generated/client.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { createAccount } from './create-account.js';

export interface CreateAdditionalAccountOptions {
  ctx: ServiceContext;
  email: string;
  password: string;
  alias?: string;
  accountId?: string;
}

/** POST /api/accounts: another account in this deployment, when the deployment allows it. */
export async function createAdditionalAccount(options: CreateAdditionalAccountOptions): Promise<Account> {
  const { ctx } = options;
  await authorize(ctx, 'organizations:CreateAccount', '*');
  if (!ctx.config.allowAccountCreation) {
    throw new AppError(
      'AccessDenied',
      'creating accounts is turned off in this deployment: set GATEHOUSE_ALLOW_ACCOUNT_CREATION=1 to allow it',
    );
  }
  return ctx.db.$transaction(async (tx) => {
    const { email, password, alias, accountId } = options;
    const account = await createAccount({ tx, now: ctx.clock(), email, password, alias, accountId });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:CreateAccount',
      resource: `arn:aws:organizations::${ctx.principal.accountId}:account/${account.id}`,
      result: 'Success',
      details: { accountId: account.id, alias: account.alias },
    });
    return account;
  });
}
