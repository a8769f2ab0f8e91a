import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';
import type { PolicyCache } from '../authz/policy-cache.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

/** The long-lived things every service needs; built once at startup (or per test server). */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
  policyCache: PolicyCache;
}

/** Facts about the HTTP request a service may record or evaluate, without any HTTP types. */
export interface RequestInfo {
  requestId: string;
  sourceIp: string;
  secureTransport: boolean;
  userAgent?: string;
  /** The console's public origin, for links such as the sign-in URL. */
  origin: string;
  /** Which front door the request came through: the console's /api or the AWS API at /. */
  door?: 'console' | 'aws';
  /**
   * The caller's account's authzVersion as read at the start of the request (with the access
   * key), so authorisation need not read it again: the request is decided as of its start.
   */
  authzVersion?: { accountId: string; version: bigint };
}

/** Context of an unauthenticated operation (setup, sign-in). */
export interface PublicContext extends AppDeps {
  request: RequestInfo;
}

/** Context of an operation by a signed-in principal. */
export interface ServiceContext extends PublicContext {
  principal: Principal;
}
