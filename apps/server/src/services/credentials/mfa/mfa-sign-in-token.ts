import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../config.js';
import { masterKeyFor } from '../../../crypto/master-key.js';
import { macFor } from '../../../crypto/secret-box.js';

/** How long the first sign-in step (password) stays good for the second (code). */
export const MFA_TOKEN_SECONDS = 300;

export interface MfaPending {
  accountId: string;
  /** Absent for the root user. */
  userId?: string;
}

const PURPOSE = 'mfa-sign-in-token';

/**
 * A signed, short-lived statement that this principal passed the password step. Stateless
 * (HMAC under a subkey of the master key), so any server instance can finish the sign-in.
 */
export function issueMfaToken(config: Config, now: Date, pending: MfaPending): string {
  const payload = Buffer.from(
    JSON.stringify({
      a: pending.accountId,
      u: pending.userId ?? null,
      e: now.getTime() + MFA_TOKEN_SECONDS * 1000,
      n: randomBytes(8).toString('hex'),
    }),
  ).toString('base64url');
  return `${payload}.${macFor(masterKeyFor(config), PURPOSE, payload)}`;
}

/** The pending principal, or undefined when the token is forged, altered or expired. */
export function readMfaToken(config: Config, now: Date, token: string): MfaPending | undefined {
  const [payload, mac] = token.split('.');
  if (!payload || !mac) return undefined;
  const expected = Buffer.from(macFor(masterKeyFor(config), PURPOSE, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      a: string;
      u: string | null;
      e: number;
    };
    if (typeof body.e !== 'number' || now.getTime() >= body.e) return undefined;
    return { accountId: body.a, ...(body.u ? { userId: body.u } : {}) };
  } catch {
    return undefined;
  }
}
