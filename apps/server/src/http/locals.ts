import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Request, Response } from 'express';
import proxyaddr from 'proxy-addr';
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

/** Which hops may speak for the client: Express's compiled `trust proxy` setting. */
export type TrustProxy = (address: string, hop: number) => boolean;

export function trustProxyOf(req: Request): TrustProxy {
  return req.app.get('trust proxy fn') as TrustProxy;
}

/**
 * `::ffff:1.2.3.4` → `1.2.3.4`, so IPv4 clients match IPv4 conditions. Behind a trusted proxy
 * the address comes from X-Forwarded-For, which a client may fill with anything: what is not an
 * address falls back to the connection's own (conditions on aws:SourceIp, the audit log and
 * the sign-in throttle only ever see addresses).
 */
function normalizeIp(ip: string | undefined, socketIp: string | undefined): string {
  const candidate = ip && isIP(ip) ? ip : socketIp && isIP(socketIp) ? socketIp : undefined;
  if (!candidate) return '0.0.0.0';
  return candidate.startsWith('::ffff:') && candidate.includes('.') ? candidate.slice(7) : candidate;
}

/**
 * The scheme the client used: the connection's own, or the first X-Forwarded-Proto when the
 * connection comes from a trusted proxy. Express's `req.protocol`, for both doors (the AWS door
 * is served without Express).
 */
export function protocolOf(req: IncomingMessage, trust: TrustProxy): string {
  const own = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress ?? '', 0)) return own;
  const header = req.headers['x-forwarded-proto'];
  const value = (Array.isArray(header) ? header[0] : header) || own;
  const comma = value.indexOf(',');
  return (comma >= 0 ? value.slice(0, comma) : value).trim();
}

function originOf(protocol: string, host: string | undefined, deps: AppDeps): string {
  return deps.config.publicUrl ?? `${protocol}://${host ?? `${deps.config.host}:${deps.config.port}`}`;
}

export function publicOrigin(req: Request, deps: AppDeps): string {
  return originOf(protocolOf(req, trustProxyOf(req)), req.headers.host, deps);
}

/** Who is asking and how, for the services: the same for the console's routes and the AWS door. */
export function requestInfoOf(
  req: IncomingMessage,
  requestId: string,
  deps: AppDeps,
  trust: TrustProxy,
): RequestInfo {
  const protocol = protocolOf(req, trust);
  return {
    requestId,
    sourceIp: normalizeIp(proxyaddr(req, trust), req.socket.remoteAddress),
    secureTransport: protocol === 'https',
    userAgent: req.headers['user-agent'] ?? undefined,
    origin: originOf(protocol, req.headers.host, deps),
    door: 'console',
  };
}

export function requestInfo(req: Request, res: Response): RequestInfo {
  return requestInfoOf(req, locals(res).requestId, depsOf(req), trustProxyOf(req));
}
