import type { Request, Response } from 'express';
import type { SessionTokens } from '../auth/sessions.js';
import type { Config } from '../config.js';
import { parseCookies, serializeCookie } from './cookies.js';

/** The opaque session token: httpOnly, so page scripts never see it. */
export const SESSION_COOKIE = 'gatehouse_session';
/** The CSRF token: readable by the console's script, which echoes it in X-CSRF-Token. */
export const CSRF_COOKIE = 'gatehouse_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function secureCookies(config: Config, req: Request): boolean {
  return config.secureCookies === 'auto' ? req.secure : config.secureCookies;
}

export function readCookie(req: Request, name: string): string | undefined {
  return parseCookies(req.headers.cookie)[name] || undefined;
}

export function setSessionCookies(
  res: Response,
  req: Request,
  config: Config,
  tokens: SessionTokens,
  now: Date,
): void {
  const secure = secureCookies(config, req);
  const maxAge = Math.max(1, Math.floor((tokens.absoluteExpiresAt.getTime() - now.getTime()) / 1000));
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, tokens.token, { httpOnly: true, secure, maxAge }));
  res.append(
    'Set-Cookie',
    serializeCookie(CSRF_COOKIE, tokens.csrfToken, { httpOnly: false, secure, maxAge }),
  );
}

export function clearSessionCookies(res: Response, req: Request, config: Config): void {
  const secure = secureCookies(config, req);
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 }));
  res.append('Set-Cookie', serializeCookie(CSRF_COOKIE, '', { httpOnly: false, secure, maxAge: 0 }));
}
