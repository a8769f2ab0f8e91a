import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { Account } from '../../db/generated/client.js';
import { inTransaction } from '../../db/in-transaction.js';
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

const refused = (why: string) =>
  new AppError('AccessDenied', why, { details: { action: 'organizations:CreateAccount' } });

/**
 * POST /api/accounts: a standalone account (with a root password) in this deployment. Only the
 * root user of a standalone or management account may create one, and only while the deployment
 * allows it (GATEHOUSE_STANDALONE_ACCOUNTS=root, the default); IAM users and role sessions never
 * may, whatever their policies. Member accounts are created by the management account through
 * organizations:CreateAccount instead.
 */
export async function createAdditionalAccount(options: CreateAdditionalAccountOptions): Promise<Account> {
  const { ctx } = options;
  await authorize(ctx, 'organizations:CreateAccount', '*');
  if (ctx.config.standaloneAccounts === 'disabled') {
    throw refused(
      'creating standalone accounts is turned off in this deployment (GATEHOUSE_STANDALONE_ACCOUNTS=disabled): a management account creates member accounts in its organization',
    );
  }
  if (ctx.principal.type !== 'root') {
    throw refused(
      'only the root user of a standalone or management account can create a standalone account (GATEHOUSE_STANDALONE_ACCOUNTS=root): IAM users and roles create member accounts with organizations:CreateAccount',
    );
  }
  const caller = await ctx.db.account.findUnique({
    where: { id: ctx.principal.accountId },
    select: { organization: { select: { managementAccountId: true } } },
  });
  const org = caller?.organization;
  if (org && org.managementAccountId !== ctx.principal.accountId) {
    throw refused(
      "the root user of a member account can't create standalone accounts: ask the organization's management account",
    );
  }
  return inTransaction(ctx, async (tx) => {
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
