import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { nameKey } from '../../db/name-key.js';
import { AppError } from '../../errors/app-error.js';
import type { Principal } from '../../auth/principal.js';
import { roleArn, userArn } from '../../model/arns.js';
import type { ServiceContext } from '../service-context.js';
import { assumeRole } from './assume-role.js';

export interface SwitchRoleOptions {
  ctx: ServiceContext;
  /** 12-digit account id or the account's alias. */
  account: string;
  roleName: string;
  displayName?: string;
  color?: string;
}

async function accountIdOf(ctx: ServiceContext, account: string): Promise<string | undefined> {
  if (/^\d{12}$/.test(account)) return account;
  const row = await ctx.db.account.findUnique({
    where: { alias: account.toLowerCase() },
    select: { id: true },
  });
  return row?.id;
}

/**
 * Console switch role, as AWS's console does it: the same AssumeRole as STS (trust policy and
 * the caller's `sts:AssumeRole` by the shared evaluator; the IAM user's name as session name;
 * the role's MaxSessionDuration, one hour when chained), then the console session acts as the
 * role session until it ends or the user switches back. An unknown account or role is refused
 * as AccessDenied in AWS's words, never revealing which of the two was missing.
 */
/**
 * Who switches: the signed-in user, also while the console is switched to a role (AWS's
 * console switches from the user, not from the current role: no role chaining).
 */
async function switchingPrincipal(ctx: ServiceContext, sessionId: string): Promise<Principal> {
  const caller = ctx.principal;
  if (caller.type !== 'role-session' || !caller.console) return caller;
  const session = await ctx.db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  const user = session?.user;
  if (!user) throw new AppError('InvalidInput', 'this console session has no user to switch from');
  return {
    type: 'user',
    accountId: user.accountId,
    arn: userArn(user.accountId, user.path, user.name),
    userId: user.id,
    userName: user.name,
    path: user.path,
    passwordResetRequired: false,
    sessionId,
    ...(session.mfaAuthenticatedAt ? { mfaAuthenticatedAt: session.mfaAuthenticatedAt } : {}),
  };
}

export async function switchRole(options: SwitchRoleOptions): Promise<void> {
  const sessionId = options.ctx.principal.sessionId;
  if (!sessionId) throw new AppError('InvalidInput', 'switch role is for console sessions');
  const caller = await switchingPrincipal(options.ctx, sessionId);
  const ctx: ServiceContext = { ...options.ctx, principal: caller };
  const accountId = (await accountIdOf(ctx, options.account.trim())) ?? '000000000000';
  const role = await ctx.db.role.findFirst({ where: { accountId, nameLower: nameKey(options.roleName) } });
  const arn = role
    ? roleArn(role.accountId, role.path, role.name)
    : roleArn(accountId, '/', options.roleName);
  const sessionName =
    caller.type === 'user' ? caller.userName : caller.type === 'role-session' ? caller.sessionName : 'root';
  const chained = caller.type === 'role-session';
  const assumed = await assumeRole({
    ctx,
    roleArn: arn,
    roleSessionName: sessionName.length >= 2 ? sessionName : `${sessionName}-session`,
    durationSeconds: chained || !role ? 3600 : role.maxSessionDuration,
  });
  await ctx.db.$transaction(async (tx) => {
    const previous = await tx.session.findUnique({
      where: { id: sessionId },
      select: { roleCredentialId: true },
    });
    if (previous?.roleCredentialId) {
      await tx.temporaryCredential.deleteMany({ where: { id: previous.roleCredentialId } });
    }
    await tx.session.update({
      where: { id: sessionId },
      data: {
        roleCredentialId: assumed.credentials.accessKeyId,
        roleDisplayName: (options.displayName?.trim() || `${options.roleName} @ ${options.account}`).slice(
          0,
          64,
        ),
        roleColor: options.color ?? null,
      },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'signin:SwitchRole',
      resource: arn,
      result: 'Success',
      details: { sessionArn: assumed.arn, roleAccount: accountId },
    });
  });
}

/** "Switch back": the console session is the IAM user's again; the role session ends. */
export async function switchBack(options: { ctx: ServiceContext }): Promise<void> {
  const { ctx } = options;
  const principal = ctx.principal;
  if (principal.type !== 'role-session' || !principal.sessionId) {
    throw new AppError('InvalidInput', 'this session has not switched to a role');
  }
  const sessionId = principal.sessionId;
  await ctx.db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: sessionId } });
    await tx.session.update({
      where: { id: sessionId },
      data: { roleCredentialId: null, roleDisplayName: null, roleColor: null },
    });
    // The console's role session ends with it (credentials handed to nobody else).
    if (session?.roleCredentialId) {
      await tx.temporaryCredential.deleteMany({ where: { id: session.roleCredentialId } });
    }
    await recordAuditEvent(tx, ctx, {
      action: 'signin:SwitchBack',
      resource: principal.arn,
      result: 'Success',
    });
  });
}
