import type { DbOrTx } from '../db/client.js';
import { AppError } from '../errors/app-error.js';

/**
 * Sign-in throttling, shared by every server instance through the database. Each key (an
 * account + user name, or a source IP) may fail a few times freely; after that every further
 * failure locks the key for twice as long as the last, up to MAX_LOCK_SECONDS. Failures are
 * forgotten WINDOW_SECONDS after the last one, and a success clears its account + name key.
 */
export const FREE_FAILURES = { name: 5, ip: 30 } as const;
export const MAX_LOCK_SECONDS = 900;
export const WINDOW_SECONDS = 3600;

export interface ThrottleKey {
  key: string;
  freeFailures: number;
}

export function accountNameThrottleKey(scope: string, name: string): ThrottleKey {
  return {
    key: `name:${scope.toLowerCase()}:${name.toLowerCase()}`.slice(0, 400),
    freeFailures: FREE_FAILURES.name,
  };
}

export function ipThrottleKey(ip: string): ThrottleKey {
  return { key: `ip:${ip}`.slice(0, 400), freeFailures: FREE_FAILURES.ip };
}

/** Throws Throttling while any key is locked. Call before checking the password. */
export async function assertNotThrottled(db: DbOrTx, now: Date, keys: ThrottleKey[]): Promise<void> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now.getTime()) {
    const seconds = Math.ceil((lockedUntil - now.getTime()) / 1000);
    throw new AppError('Throttling', `too many failed sign-in attempts: try again in ${seconds} seconds`, {
      retryAfterSeconds: seconds,
    });
  }
}

export function lockSecondsAfter(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(MAX_LOCK_SECONDS, 2 ** (failures - freeFailures));
}

export async function recordSignInFailure(db: DbOrTx, now: Date, keys: ThrottleKey[]): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_SECONDS * 1000);
  for (const { key, freeFailures } of keys) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "firstFailure", "lastFailure")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."lastFailure" < ${windowStart}
                          THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "firstFailure" = CASE WHEN "SignInThrottle"."lastFailure" < ${windowStart}
                              THEN ${now} ELSE "SignInThrottle"."firstFailure" END,
        "lastFailure" = ${now}
      RETURNING "failures"`;
    const lock = lockSecondsAfter(row?.failures ?? 1, freeFailures);
    if (lock > 0) {
      await db.signInThrottle.update({
        where: { key },
        data: { lockedUntil: new Date(now.getTime() + lock * 1000) },
      });
    }
  }
}

export async function clearSignInFailures(db: DbOrTx, key: ThrottleKey): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: key.key } });
}
