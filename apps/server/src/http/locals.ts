import { isIP } from 'node:net';
import type { Request, Response } from 'express';
import type { ResolvedSession } from '../auth/sessions.js';
import type { AppDeps, RequestInfo } from '../services/service-context.js';

/** What our middleware leaves on `res.locals` for later ones and for route handlers. */
export interface GatehouseLocals {
  requestId: string;
  session?: ResolvedSession;
  /** The request carried a session cookie that has expired. */
  sessionExpired?: boolean;
}

export function locals(res: Response): GatehouseLocals {
  return res.locals as GatehouseLocals;
}

export function depsOf(req: Request): AppDeps {
  return req.app.locals.deps as AppDeps;
}

/**
 * `::ffff:1.2.3.4` → `1.2.3.4`, so IPv4 clients match IPv4 conditions. Behind a trusted proxy
 * `req.ip` comes from X-Forwarded-For, which a client may fill with anything: what is not an
 * address falls back to the connection's own (conditions on aws:SourceIp, the audit log and
 * the sign-in throttle only ever see addresses).
 */
function normalizeIp(ip: string | undefined, socketIp: string | undefined): string {
  const candidate = ip && isIP(ip) ? ip : socketIp && isIP(socketIp) ? socketIp : undefined;
  if (!candidate) return '0.0.0.0';
  return candidate.startsWith('::ffff:') && candidate.includes('.') ? candidate.slice(7) : candidate;
}

export function publicOrigin(req: Request, deps: AppDeps): string {
  return (
    deps.config.publicUrl ??
    `${req.protocol}://${req.get('host') ?? `${deps.config.host}:${deps.config.port}`}`
  );
}

export function requestInfo(req: Request, res: Response): RequestInfo {
  const deps = depsOf(req);
  return {
    requestId: locals(res).requestId,
    sourceIp: normalizeIp(req.ip, req.socket.remoteAddress),
    secureTransport: req.secure,
    userAgent: req.get('user-agent') ?? undefined,
    origin: publicOrigin(req, deps),
    door: 'console',
  };
}
