import type { Request } from 'express';
import { param } from '../handler.js';

/**
 * Credential routes exist twice: on a named IAM user, and on the caller's own credentials
 * (`/self`, the root user's or the signed-in user's), as AWS's APIs act on the caller when
 * `UserName` is omitted.
 */
export const OWNER_PREFIXES = ['/users/:name', '/self'] as const;

export function ownerUserName(prefix: (typeof OWNER_PREFIXES)[number], req: Request): string | undefined {
  return prefix === '/self' ? undefined : param(req, 'name');
}
