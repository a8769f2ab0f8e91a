import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../config.js';
import type { Tx } from '../../../db/client.js';
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

/** A token as read back: who passed the password step, and the token's own identity. */
export interface MfaPendingToken extends MfaPending {
  tokenId: string;
  expiresAt: Date;
}

/**
 * A signed, short-lived statement that this principal passed the password step (HMAC under a
 * subkey of the master key), so any server instance can finish the sign-in. It starts one
 * session at most: spendMfaToken records its use in the database, shared by every instance.
 */
export function issueMfaToken(config: Config, now: Date, pending: MfaPending): string {
  const payload = Buffer.from(
    JSON.stringify({
      a: pending.accountId,
      u: pending.userId ?? null,
      e: now.getTime() + MFA_TOKEN_SECONDS * 1000,
      n: randomBytes(16).toString('hex'),
    }),
  ).toString('base64url');
  return `${payload}.${macFor(masterKeyFor(config), PURPOSE, payload)}`;
}

/** The pending principal, or undefined when the token is forged, altered or expired. */
export function readMfaToken(config: Config, now: Date, token: string): MfaPendingToken | undefined {
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
      n: string;
    };
    if (typeof body.e !== 'number' || now.getTime() >= body.e || typeof body.n !== 'string') return undefined;
    return {
      accountId: body.a,
      ...(body.u ? { userId: body.u } : {}),
      tokenId: body.n,
      expiresAt: new Date(body.e),
    };
  } catch {
    return undefined;
  }
}

/**
 * Marks the token used; false when it was used already. The use is a row of the sign-in
 * ledger (SignInThrottle, under its own key prefix), kept past the token's expiry and swept
 * with the throttle counters. A racing transaction spending the same token waits for this one
 * and then finds the row, so exactly one spends it; rolled back (a wrong code), it spends none.
 */
export async function spendMfaToken(tx: Tx, now: Date, token: MfaPendingToken): Promise<boolean> {
  const spent = await tx.signInThrottle.createMany({
    data: {
      key: `mfa-token:${token.tokenId}`,
      failures: 0,
      firstFailure: now,
      lastFailure: now,
      lockedUntil: token.expiresAt,
    },
    skipDuplicates: true,
  });
  return spent.count === 1;
}
