// Ending a console session the way time would: the server keeps only a SHA-256 of the session
// token, and a session idle longer than GATEHOUSE_SESSION_IDLE_SECONDS is refused (401) and
// deleted on its next use. Moving its last activity two hours back makes that happen now.
import { createHash } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import type pg from 'pg';

export async function sessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'gatehouse_session');
  if (!cookie) throw new Error('the browser holds no gatehouse_session cookie');
  return decodeURIComponent(cookie.value);
}

/** Returns the session's token hash, to check afterwards that the server ended it. */
export async function ageSessionPastIdleTimeout(db: pg.Pool, context: BrowserContext): Promise<string> {
  const tokenHash = createHash('sha256')
    .update(await sessionToken(context))
    .digest('hex');
  const result = await db.query(
    `UPDATE "Session" SET "lastSeenAt" = "lastSeenAt" - interval '2 hours' WHERE "tokenHash" = $1`,
    [tokenHash],
  );
  if (result.rowCount !== 1) {
    throw new Error(`expected one session row for the cookie, found ${result.rowCount}`);
  }
  return tokenHash;
}

export async function sessionExists(db: pg.Pool, tokenHash: string): Promise<boolean> {
  const result = await db.query(`SELECT 1 FROM "Session" WHERE "tokenHash" = $1`, [tokenHash]);
  return result.rowCount === 1;
}
