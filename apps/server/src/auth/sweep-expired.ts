import type { Config } from '../config.js';
import type { DbOrTx } from '../db/client.js';
import { WINDOW_SECONDS } from './sign-in-throttle.js';

/**
 * Deletes sessions past their idle or absolute expiry and throttle counters nobody has failed
 * against for a window. Expired sessions are already refused on sight; this only keeps the
 * tables small. Returns how many rows went.
 */
export async function sweepExpired(db: DbOrTx, config: Config, now: Date): Promise<number> {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleSeconds * 1000);
  const throttleCutoff = new Date(now.getTime() - WINDOW_SECONDS * 1000);
  const sessions = await db.session.deleteMany({
    where: { OR: [{ absoluteExpiresAt: { lte: now } }, { lastSeenAt: { lte: idleCutoff } }] },
  });
  const throttles = await db.signInThrottle.deleteMany({
    where: { lastFailure: { lt: throttleCutoff }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return sessions.count + throttles.count;
}
