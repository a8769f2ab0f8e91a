import type { Principal } from '../../auth/principal.js';
import { createSession, type SessionTokens } from '../../auth/sessions.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { AppError } from '../../errors/app-error.js';
import { rootArn } from '../../model/arns.js';
import { createAccount } from '../accounts/create-account.js';
import type { PublicContext } from '../service-context.js';
import { consumeSetupToken, hasAnyAccount, setupTokenMatches } from './setup-token.js';
import { SETUP_LOCK } from '../../db/advisory-locks.js';

export interface CompleteSetupOptions {
  ctx: PublicContext;
  token: string;
  email: string;
  password: string;
  alias?: string;
}

// Serialises concurrent setup attempts: only the first can create the first account.

/** Creates the deployment's first account with the one-time token, and signs its root user in. */
export async function completeSetup(
  options: CompleteSetupOptions,
): Promise<{ principal: Principal; session: SessionTokens }> {
  const { ctx } = options;
  const now = ctx.clock();
  try {
    return await ctx.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
      if (await hasAnyAccount(tx)) {
        throw new AppError('InvalidInput', 'setup is already complete: sign in instead');
      }
      if (!(await setupTokenMatches(tx, options.token))) {
        throw new AppError(
          'InvalidInput',
          'the setup link is not valid: use the link the server printed at start',
          {
            fieldErrors: [{ path: 'token', message: 'this setup token is not valid' }],
          },
        );
      }
      const account = await createAccount({
        tx,
        now,
        email: options.email,
        password: options.password,
        alias: options.alias,
      });
      await consumeSetupToken(tx);
      const principal: Principal = {
        type: 'root',
        accountId: account.id,
        arn: rootArn(account.id),
        email: account.rootEmail,
      };
      await recordAuditEvent(tx, ctx, {
        action: 'gatehouse:CompleteSetup',
        resource: principal.arn,
        result: 'Success',
        accountId: account.id,
        principalArn: principal.arn,
        details: { alias: account.alias },
      });
      const session = await createSession(tx, ctx.config, now, {
        accountId: account.id,
        sourceIp: ctx.request.sourceIp,
        userAgent: ctx.request.userAgent,
      });
      return { principal, session };
    });
  } catch (err) {
    if (err instanceof AppError) {
      await recordAuditEvent(ctx.db, ctx, {
        action: 'gatehouse:CompleteSetup',
        result: 'Failure',
        errorCode: err.code,
        accountId: null,
        principalArn: null,
      });
    }
    throw err;
  }
}
