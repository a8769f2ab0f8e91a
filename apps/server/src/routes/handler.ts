// The glue every route uses: build the service context, parse input with zod, send the mapped
// result. A route is then one line: `router.get(path, signedIn(async (ctx, req) => ...))`.
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { zodToAppError } from '../http/error-handler.js';
import { depsOf, locals, requestInfo } from '../http/locals.js';
import type { PublicContext, ServiceContext } from '../services/service-context.js';

export interface RouteOptions {
  /** Status of a successful answer with a body (default 200; no body → 204). */
  status?: number;
  /** Let a user who must change their password call this route (whoami, change-password, signout). */
  allowDuringPasswordReset?: boolean;
}

export function publicContext(req: Request, res: Response): PublicContext {
  return { ...depsOf(req), request: requestInfo(req, res) };
}

export function serviceContext(req: Request, res: Response, options: RouteOptions = {}): ServiceContext {
  const l = locals(res);
  if (!l.session) {
    throw new AppError(
      'NotAuthenticated',
      l.sessionExpired ? 'your session has expired: sign in again' : 'sign in to continue',
    );
  }
  const { principal } = l.session;
  if (principal.type === 'user' && principal.passwordResetRequired && !options.allowDuringPasswordReset) {
    throw new AppError('PasswordResetRequired', 'you must change your password before you continue');
  }
  return { ...publicContext(req, res), principal };
}

function send(res: Response, body: unknown, status: number | undefined): void {
  if (body === undefined) res.status(204).end();
  else res.status(status ?? res.statusCode).json(body);
}

/** A route anyone may call (setup, sign-in, health). */
export function publicRoute<T>(
  handler: (ctx: PublicContext, req: Request, res: Response) => Promise<T>,
  options: RouteOptions = {},
): RequestHandler {
  return async (req, res) => send(res, await handler(publicContext(req, res), req, res), options.status);
}

/** A route for a signed-in principal; authorisation happens in the service it calls. */
export function signedIn<T>(
  handler: (ctx: ServiceContext, req: Request, res: Response) => Promise<T>,
  options: RouteOptions = {},
): RequestHandler {
  return async (req, res) =>
    send(res, await handler(serviceContext(req, res, options), req, res), options.status);
}

/** Parses `value` with `schema`, or throws ValidationError listing every bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw zodToAppError(result.error);
  return result.data;
}

/** A route parameter (Express decodes it once). */
export function param(req: Request, name: string): string {
  const value = req.params[name];
  if (typeof value !== 'string' || value === '')
    throw new AppError('InvalidInput', `missing \`${name}\` in the path`);
  return value;
}
