import type { Request, RequestHandler } from 'express';
import { safeEqual, sha256Hex } from '../auth/tokens.js';
import { AppError } from '../errors/app-error.js';
import { depsOf, locals, publicOrigin } from './locals.js';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './session-cookies.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Routes that establish a session from credentials: they borrow nothing from an existing
// session, so only the origin is checked (a browser whose CSRF cookie got lost can still sign in).
const CREDENTIAL_ROUTES = new Set(['/auth/signin/root', '/auth/signin/iam', '/auth/signin/mfa', '/setup']);

function csrfError(message: string): AppError {
  return new AppError('InvalidCsrfToken', message);
}

function checkOrigin(req: Request): void {
  const deps = depsOf(req);
  if (req.get('sec-fetch-site') === 'cross-site') {
    throw csrfError('cross-site requests are not allowed');
  }
  const origin = req.get('origin');
  if (origin === undefined) return; // not a browser, or a same-origin request of an old one
  const allowed = [publicOrigin(req, deps), ...deps.config.allowedOrigins];
  if (!allowed.includes(origin.replace(/\/+$/, ''))) {
    throw csrfError(`requests from origin \`${origin}\` are not allowed`);
  }
}

/**
 * CSRF defence for every state-changing request under /api: the Origin (and Sec-Fetch-Site)
 * must be our own; with a session, the X-CSRF-Token header must equal the gatehouse_csrf cookie
 * (double submit) and be the token issued with this very session.
 */
export function csrfProtection(): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    checkOrigin(req);
    const session = locals(res).session;
    if (!session || CREDENTIAL_ROUTES.has(req.path)) return next();
    const header = req.get(CSRF_HEADER);
    const cookie = readCookie(req, CSRF_COOKIE);
    if (
      !header ||
      !cookie ||
      !safeEqual(header, cookie) ||
      !safeEqual(sha256Hex(header), session.csrfTokenHash)
    ) {
      throw csrfError('missing or wrong CSRF token: reload the page and try again');
    }
    next();
  };
}
