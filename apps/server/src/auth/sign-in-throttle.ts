import type { Db, DbOrTx, Tx } from '../db/client.js';
import { Prisma } from '../db/generated/client.js';
import { nameKey } from '../db/name-key.js';
import { AppError } from '../errors/app-error.js';

/**
 * Sign-in throttling, shared by every server instance through the database. Each attempt counts
 * against three keys, each with a few free failures after which every further attempt locks the
 * key for twice as long as the last, up to MAX_LOCK_SECONDS:
 * - the user name at one source address: a lock refuses that address on that name;
 * - the user name everywhere: a lock refuses only addresses that have been failing on the name,
 *   so guessing spread over many addresses slows to one try per address, while a right password
 *   from an address that has not been failing is still checked: a stranger cannot lock the
 *   owner out (AWS does not lock IAM users out);
 * - the source address, over every name.
 * An attempt is counted before its password is checked, in a transaction that refuses it while a
 * lock holds, so parallel guesses get no more checks than serial ones. A success gives its count
 * back (and clears its address's failures on the name); a failure keeps it. Counts are forgotten
 * WINDOW_SECONDS after the last attempt. Unknown names count like known ones, so neither the
 * answers nor their timing tell which names exist.
 */
export const FREE_FAILURES = { nameAtAddress: 5, name: 20, address: 30 } as const;
export const MAX_LOCK_SECONDS = 900;
export const WINDOW_SECONDS = 3600;

type KeyKind = keyof typeof FREE_FAILURES;

export interface ThrottleKey {
  kind: KeyKind;
  key: string;
}

/** The keys of an attempt on `name` (a user name, or a root email with scope `root`) in `scope`. */
export function signInThrottleKeys(scope: string, name: string, sourceIp: string): ThrottleKey[] {
  const who = `${nameKey(scope)}:${nameKey(name)}`;
  const keys: ThrottleKey[] = [
    { kind: 'nameAtAddress', key: `name-ip:${sourceIp}:${who}` },
    { kind: 'name', key: `name:${who}` },
    { kind: 'address', key: `ip:${sourceIp}` },
  ];
  return keys.map((k) => ({ ...k, key: k.key.slice(0, 400) }));
}

/** An attempt counted against its keys, with the locks it set (to undo them if it succeeds). */
export interface SignInAttempt {
  counted: { key: ThrottleKey; previousLock: Date | null; lock: Date | null }[];
}

export function lockSecondsAfter(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(MAX_LOCK_SECONDS, 2 ** (failures - freeFailures));
}

interface KeyState {
  failures: number;
  firstFailure: Date;
  lockedUntil: Date | null;
}

// Waiting for a row lock is normal when many attempts arrive at once; each holds it briefly.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/**
 * Counts an attempt before its password or code is checked, or throws Throttling (counting
 * nothing) while a lock holds. Locks for the attempts beyond the free ones are set here, so
 * attempts racing this one are refused until it is settled or the lock lapses.
 */
export async function reserveSignInAttempt(db: Db, now: Date, keys: ThrottleKey[]): Promise<SignInAttempt> {
  // One order for every transaction, so two attempts never wait for each other's rows.
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return db.$transaction(async (tx) => {
    const state = await lockKeys(tx, now, sorted);
    const wait = refusalSeconds(now, sorted, state);
    if (wait > 0) {
      throw new AppError('Throttling', `too many failed sign-in attempts: try again in ${wait} seconds`, {
        retryAfterSeconds: wait,
      });
    }
    const counted: SignInAttempt['counted'] = [];
    for (const key of sorted) counted.push(await countAttempt(tx, now, key, state.get(key.key)));
    return { counted };
  }, TRANSACTION_OPTIONS);
}

async function lockKeys(tx: Tx, now: Date, keys: ThrottleKey[]): Promise<Map<string, KeyState>> {
  await tx.signInThrottle.createMany({
    data: keys.map(({ key }) => ({ key, failures: 0, firstFailure: now, lastFailure: now })),
    skipDuplicates: true,
  });
  const rows = await tx.$queryRaw<(KeyState & { key: string; lastFailure: Date })[]>`
    SELECT "key", "failures", "firstFailure", "lastFailure", "lockedUntil" FROM "SignInThrottle"
    WHERE "key" IN (${Prisma.join(keys.map((k) => k.key))}) ORDER BY "key" FOR UPDATE`;
  const windowStart = now.getTime() - WINDOW_SECONDS * 1000;
  return new Map(
    rows
      .filter((r) => r.lastFailure.getTime() >= windowStart)
      .map((r) => [
        r.key,
        { failures: r.failures, firstFailure: r.firstFailure, lockedUntil: r.lockedUntil },
      ]),
  );
}

function refusalSeconds(now: Date, keys: ThrottleKey[], state: Map<string, KeyState>): number {
  const of = (kind: KeyKind) => state.get(keys.find((k) => k.kind === kind)?.key ?? '');
  const lockLeft = (kind: KeyKind) => Math.max(0, (of(kind)?.lockedUntil?.getTime() ?? 0) - now.getTime());
  const failingHere = (of('nameAtAddress')?.failures ?? 0) > 0;
  const waitMs = Math.max(lockLeft('nameAtAddress'), lockLeft('address'), failingHere ? lockLeft('name') : 0);
  return Math.ceil(waitMs / 1000);
}

async function countAttempt(
  tx: Tx,
  now: Date,
  key: ThrottleKey,
  state: KeyState | undefined,
): Promise<SignInAttempt['counted'][number]> {
  const failures = (state?.failures ?? 0) + 1;
  const previousLock = state?.lockedUntil ?? null;
  const seconds = lockSecondsAfter(failures, FREE_FAILURES[key.kind]);
  const until = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
  const lock = until && (!previousLock || until > previousLock) ? until : null;
  const row = {
    failures,
    firstFailure: state?.firstFailure ?? now,
    lastFailure: now,
    lockedUntil: lock ?? previousLock,
  };
  await tx.signInThrottle.upsert({ where: { key: key.key }, create: { key: key.key, ...row }, update: row });
  return { key, previousLock, lock };
}

/** The attempt neither failed nor finished (password right, a code must follow): give its count back. */
export async function releaseSignInAttempt(db: DbOrTx, attempt: SignInAttempt): Promise<void> {
  for (const { key, lock, previousLock } of attempt.counted) {
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "lockedUntil" = ${lock} THEN ${previousLock} ELSE "lockedUntil" END
      WHERE "key" = ${key.key}`;
  }
}

/** The attempt signed in: give its count back and forget its address's failures on the name. */
export async function signInAttemptSucceeded(db: DbOrTx, attempt: SignInAttempt): Promise<void> {
  await releaseSignInAttempt(db, attempt);
  const own = attempt.counted.find((c) => c.key.kind === 'nameAtAddress');
  if (own) {
    await db.signInThrottle.updateMany({
      where: { key: own.key.key },
      data: { failures: 0, lockedUntil: null },
    });
  }
}
