import { passwordRulesFor } from '../../../auth/password-policy.js';
import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { rootArn, userArn } from '../../../model/arns.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import {
  accessKeyColumns,
  NO_CERTIFICATES,
  reportTime,
  toCsv,
  type CredentialReportRow,
} from './credential-report-columns.js';

const DAY_MS = 86_400_000;

/** Users per read: the report of a large account is built from several reads, the event loop free between them. */
const USERS_PER_READ = 500;

/** Every user of the account by name, with what the report needs, read a page at a time. */
async function usersInPages(ctx: ServiceContext, accountId: string) {
  const read = (after: string | undefined) =>
    ctx.db.user.findMany({
      where: { accountId, ...(after !== undefined ? { nameLower: { gt: after } } : {}) },
      orderBy: { nameLower: 'asc' },
      take: USERS_PER_READ,
      include: {
        loginProfile: { select: { passwordChangedAt: true } },
        accessKeys: { orderBy: { createdAt: 'asc' } },
        mfaDevices: { where: { enabledAt: { not: null } }, select: { serialNumber: true } },
      },
    });
  const users: Awaited<ReturnType<typeof read>> = [];
  for (let page = await read(undefined); ; page = await read(page[page.length - 1]!.nameLower)) {
    users.push(...page);
    if (page.length < USERS_PER_READ) return users;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * iam:GenerateCredentialReport — one row for the root user (`<root_account>`) and one per IAM
 * user, AWS's columns and conventions. Generated synchronously and kept until the next one.
 */
export async function generateCredentialReport(options: {
  ctx: ServiceContext;
}): Promise<{ generatedAt: Date }> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GenerateCredentialReport', '*');
  const accountId = ctx.principal.accountId;
  const [account, rules, users, rootKeys, rootMfa] = await Promise.all([
    ctx.db.account.findUniqueOrThrow({ where: { id: accountId } }),
    passwordRulesFor(ctx.db, accountId),
    usersInPages(ctx, accountId),
    ctx.db.accessKey.findMany({ where: { accountId, userId: null }, orderBy: { createdAt: 'asc' } }),
    ctx.db.mfaDevice.count({ where: { accountId, userId: null, forRoot: true, enabledAt: { not: null } } }),
  ]);
  const rows: CredentialReportRow[] = [
    {
      user: '<root_account>',
      arn: rootArn(accountId),
      user_creation_time: reportTime(account.createdAt),
      password_enabled: 'not_supported',
      password_last_used: reportTime(account.rootPasswordLastUsed),
      password_last_changed: 'not_supported',
      password_next_rotation: 'not_supported',
      mfa_active: rootMfa > 0 ? 'true' : 'false',
      ...accessKeyColumns(rootKeys),
      ...NO_CERTIFICATES,
    } as CredentialReportRow,
  ];
  for (const user of users) {
    const profile = user.loginProfile;
    const nextRotation =
      profile && rules.maxPasswordAge !== undefined
        ? new Date(profile.passwordChangedAt.getTime() + rules.maxPasswordAge * DAY_MS)
        : null;
    rows.push({
      user: user.name,
      arn: userArn(accountId, user.path, user.name),
      user_creation_time: reportTime(user.createdAt),
      password_enabled: profile ? 'true' : 'false',
      password_last_used: reportTime(profile ? user.passwordLastUsed : null),
      password_last_changed: reportTime(profile?.passwordChangedAt),
      password_next_rotation: reportTime(nextRotation),
      mfa_active: user.mfaDevices.length > 0 ? 'true' : 'false',
      ...accessKeyColumns(user.accessKeys),
      ...NO_CERTIFICATES,
    } as CredentialReportRow);
  }
  const generatedAt = ctx.clock();
  const content = toCsv(rows);
  await inTransaction(ctx, async (tx) => {
    await tx.credentialReport.upsert({
      where: { accountId },
      create: { accountId, generatedAt, content },
      update: { generatedAt, content },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:GenerateCredentialReport',
      resource: '*',
      result: 'Success',
      details: { rows: rows.length },
    });
  });
  return { generatedAt };
}
