import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';

function aliasTaken(alias: string, cause?: unknown): AppError {
  return new AppError('EntityAlreadyExists', `the account alias \`${alias}\` is already taken`, { cause });
}

/**
 * iam:CreateAccountAlias — an account has at most one alias, unique in the deployment; a new
 * alias replaces the old one (the old sign-in URL stops working).
 */
export async function setAccountAlias(options: {
  ctx: ServiceContext;
  alias: string;
}): Promise<{ alias: string }> {
  const { ctx, alias } = options;
  await authorize(ctx, 'iam:CreateAccountAlias', '*');
  const accountId = ctx.principal.accountId;
  const owner = await ctx.db.account.findUnique({ where: { alias }, select: { id: true } });
  if (owner && owner.id !== accountId) throw aliasTaken(alias);
  try {
    await ctx.db.$transaction(async (tx) => {
      const before = await tx.account.findUniqueOrThrow({
        where: { id: accountId },
        select: { alias: true },
      });
      await tx.account.update({ where: { id: accountId }, data: { alias } });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateAccountAlias',
        resource: '*',
        result: 'Success',
        details: { alias, previousAlias: before.alias },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw aliasTaken(alias, err);
    throw err;
  }
  return { alias };
}
