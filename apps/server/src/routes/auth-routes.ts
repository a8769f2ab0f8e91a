import type { Request, Response, Router } from 'express';
import type { SignInOutcome } from '../services/auth/sign-in-root.js';
import { mfaSignInRequestSchema } from '@gatehouse/contracts/credentials/mfa-sign-in';
import { signInWithMfa } from '../services/credentials/mfa/sign-in-with-mfa.js';
import {
  changePasswordRequestSchema,
  iamSignInRequestSchema,
  rootSignInRequestSchema,
} from '@gatehouse/contracts/auth';
import {
  clearSessionCookies,
  readCookie,
  SESSION_COOKIE,
  setSessionCookies,
} from '../http/session-cookies.js';
import { locals } from '../http/locals.js';
import { toWhoAmI } from '../mappers/whoami.js';
import { changeOwnPassword } from '../services/auth/change-own-password.js';
import { getWhoAmI } from '../services/auth/get-whoami.js';
import { signInIamUser } from '../services/auth/sign-in-iam-user.js';
import { signInRoot } from '../services/auth/sign-in-root.js';
import { signOut } from '../services/auth/sign-out.js';
import type { PublicContext } from '../services/service-context.js';
import { parse, publicRoute, signedIn } from './handler.js';

async function startSession(ctx: PublicContext, req: Request, res: Response, result: SignInOutcome) {
  // The password was right and an MFA code must follow: no session yet.
  if ('mfaChallenge' in result) return { mfaRequired: true as const, mfaToken: result.mfaChallenge };
  // A new sign-in replaces whatever session the browser had.
  await signOut({ ctx, token: readCookie(req, SESSION_COOKIE) });
  setSessionCookies(res, req, ctx.config, result.session, ctx.clock());
  return toWhoAmI(await getWhoAmI({ db: ctx.db, request: ctx.request, principal: result.principal }));
}

const resetOk = { allowDuringPasswordReset: true };

export function mountAuthRoutes(router: Router): void {
  router.post(
    '/auth/signin/root',
    publicRoute(async (ctx, req, res) =>
      startSession(ctx, req, res, await signInRoot({ ctx, ...parse(rootSignInRequestSchema, req.body) })),
    ),
  );
  router.post(
    '/auth/signin/iam',
    publicRoute(async (ctx, req, res) =>
      startSession(ctx, req, res, await signInIamUser({ ctx, ...parse(iamSignInRequestSchema, req.body) })),
    ),
  );
  router.post(
    '/auth/signin/mfa',
    publicRoute(async (ctx, req, res) =>
      startSession(ctx, req, res, await signInWithMfa({ ctx, ...parse(mfaSignInRequestSchema, req.body) })),
    ),
  );
  router.post(
    '/auth/signout',
    publicRoute(async (ctx, req, res) => {
      const session = locals(res).session;
      await signOut({
        ctx: session ? { ...ctx, principal: session.principal } : ctx,
        token: readCookie(req, SESSION_COOKIE),
      });
      clearSessionCookies(res, req, ctx.config);
    }),
  );
  router.get(
    '/auth/whoami',
    signedIn(async (ctx) => toWhoAmI(await getWhoAmI(ctx)), resetOk),
  );
  router.post(
    '/auth/change-password',
    signedIn(
      (ctx, req) => changeOwnPassword({ ctx, ...parse(changePasswordRequestSchema, req.body) }),
      resetOk,
    ),
  );
}
