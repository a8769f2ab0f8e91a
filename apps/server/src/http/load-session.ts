import type { RequestHandler } from 'express';
import { resolveSession } from '../auth/sessions.js';
import { depsOf, locals } from './locals.js';
import { clearSessionCookies, readCookie, SESSION_COOKIE } from './session-cookies.js';

/**
 * Resolves the session cookie into a principal on `res.locals.session`. Never rejects by
 * itself: routes decide whether they need a signed-in caller. A dead cookie is cleared.
 */
export function loadSession(): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return next();
    const deps = depsOf(req);
    const found = await resolveSession(deps.db, deps.config, deps.clock(), token);
    if (found.ok) {
      locals(res).session = found.session;
    } else {
      locals(res).sessionExpired = found.reason === 'expired';
      clearSessionCookies(res, req, deps.config);
    }
    next();
  };
}
