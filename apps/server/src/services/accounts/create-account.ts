import { AWS_DEFAULT_PASSWORD_RULES, checkPassword } from '../../auth/password-policy.js';
import { hashPassword } from '../../auth/password-hash.js';
import type { Tx } from '../../db/client.js';
import type { Account } from '../../db/generated/client.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { AppError } from '../../errors/app-error.js';
import { newAccountId } from '../../model/unique-ids.js';

export interface CreateAccountOptions {
  tx: Tx;
  now: Date;
  email: string;
  password: string;
  alias?: string;
  /** A chosen 12-digit id (bootstrap); random otherwise. */
  accountId?: string;
}

/**
 * Creates an account and its root user. Shared by first-run setup, the environment bootstrap
 * and POST /api/accounts, which each authorise and audit in their own way. Unique-constraint
 * races surface as EntityAlreadyExists, and the caller's transaction rolls back.
 */
export async function createAccount(options: CreateAccountOptions): Promise<Account> {
  const { tx, now } = options;
  const email = options.email.trim().toLowerCase();
  checkPassword(options.password, AWS_DEFAULT_PASSWORD_RULES, [
    email,
    options.alias ?? '',
    options.accountId ?? '',
  ]);

  if (await tx.account.findUnique({ where: { rootEmail: email }, select: { id: true } })) {
    throw new AppError('EntityAlreadyExists', `an account with root email \`${email}\` already exists`);
  }
  if (
    options.alias &&
    (await tx.account.findUnique({ where: { alias: options.alias }, select: { id: true } }))
  ) {
    throw new AppError('EntityAlreadyExists', `the account alias \`${options.alias}\` is already taken`);
  }
  let id = options.accountId;
  if (id && (await tx.account.findUnique({ where: { id }, select: { id: true } }))) {
    throw new AppError('EntityAlreadyExists', `an account with id \`${id}\` already exists`);
  }
  while (!id) {
    const candidate = newAccountId();
    if (!(await tx.account.findUnique({ where: { id: candidate }, select: { id: true } }))) id = candidate;
  }
  try {
    return await tx.account.create({
      data: {
        id,
        alias: options.alias ?? null,
        rootEmail: email,
        rootPasswordHash: await hashPassword(options.password),
        createdAt: now,
      },
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('EntityAlreadyExists', 'the account already exists', { cause: err });
    throw err;
  }
}
