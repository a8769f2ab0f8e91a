// Access Advisor's raw facts: which IAM user or role used which service (and, for iam, sts and
// organizations, which action) and when. Noted in memory on every allowed request — a map
// update, never a database round trip — and written in batches of upserts by `flush`, which
// the server's timer calls every few seconds and once more on shutdown. Each instance keeps
// its own buffer; upserts keep the newest time, so instances and retries never conflict.
import type { Db } from '../../db/client.js';
import type { ServiceContext } from '../service-context.js';

/** Services whose actions are tracked one by one, as AWS tracks IAM's (plus STS and Organizations here). */
export const ACTION_LEVEL_SERVICES: ReadonlySet<string> = new Set(['iam', 'sts', 'organizations']);

/** Past this many distinct keys a flush is started at once, so memory stays bounded. */
const SOFT_LIMIT = 20_000;
/** While the database cannot be written, memory is bounded here: new keys are dropped, known ones still move. */
const HARD_LIMIT = 200_000;
/** After a failed write, the soft limit starts no flush for this long (the timer still tries). */
const RETRY_MS = 5_000;
const ROWS_PER_STATEMENT = 1000;

interface PendingAccess {
  entityId: string;
  service: string;
  action: string;
  accountId: string;
  userId: string | null;
  roleId: string | null;
  entityArn: string;
  lastAccessed: Date;
  sessionArn: string | null;
  sourceIdentity: string | null;
}

export class AccessRecorder {
  private pending = new Map<string, PendingAccess>();
  private flushing: Promise<number> | undefined;
  private quietUntil = 0;

  constructor(private readonly db: Db) {}

  get size(): number {
    return this.pending.size;
  }

  note(ctx: ServiceContext, action: string): void {
    const { principal } = ctx;
    if (principal.type === 'root') return;
    const colon = action.indexOf(':');
    if (colon <= 0) return;
    const service = action.slice(0, colon).toLowerCase();
    const time = ctx.clock();
    // Objects of one fixed shape, built without spreads: this runs on every allowed request.
    const user = principal.type === 'user';
    const access: PendingAccess = {
      entityId: user ? principal.userId : principal.roleId,
      service,
      action: '',
      accountId: principal.accountId,
      userId: user ? principal.userId : null,
      roleId: user ? null : principal.roleId,
      entityArn: user ? principal.arn : principal.roleArn,
      lastAccessed: time,
      sessionArn: user ? null : principal.arn,
      sourceIdentity: user ? null : (principal.sourceIdentity ?? null),
    };
    this.put(access);
    if (ACTION_LEVEL_SERVICES.has(service)) {
      const one: PendingAccess = {
        entityId: access.entityId,
        service,
        action: action.slice(colon + 1),
        accountId: access.accountId,
        userId: access.userId,
        roleId: access.roleId,
        entityArn: access.entityArn,
        lastAccessed: time,
        sessionArn: access.sessionArn,
        sourceIdentity: access.sourceIdentity,
      };
      this.put(one);
    }
    if (this.pending.size >= SOFT_LIMIT && !this.flushing && Date.now() >= this.quietUntil) {
      void this.flush().catch(() => undefined);
    }
  }

  private put(access: PendingAccess): void {
    const key = `${access.entityId}\u0000${access.service}\u0000${access.action}`;
    const previous = this.pending.get(key);
    if (!previous && this.pending.size >= HARD_LIMIT) return;
    if (!previous || previous.lastAccessed.getTime() <= access.lastAccessed.getTime())
      this.pending.set(key, access);
  }

  /** Writes what is pending; returns how many rows were sent. One flush at a time. */
  flush(): Promise<number> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    const batch = [...this.pending.values()];
    this.pending = new Map();
    if (batch.length === 0) return Promise.resolve(0);
    this.flushing = this.write(batch).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(batch: PendingAccess[]): Promise<number> {
    try {
      for (let i = 0; i < batch.length; i += ROWS_PER_STATEMENT) {
        await upsert(this.db, batch.slice(i, i + ROWS_PER_STATEMENT));
      }
      return batch.length;
    } catch (err) {
      // Keep what could not be written (newer notes win) so the next flush retries it.
      this.quietUntil = Date.now() + RETRY_MS;
      for (const access of batch) this.put(access);
      throw err;
    }
  }
}

/**
 * One statement per chunk. Rows of users or roles deleted since the call are skipped (the
 * EXISTS), and an older time never overwrites a newer one (the WHERE of DO UPDATE).
 */
async function upsert(db: Db, rows: PendingAccess[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ServiceLastAccess" ("entityId", "service", "action", "accountId", "userId", "roleId",
      "entityArn", "lastAccessed", "sessionArn", "sourceIdentity")
    SELECT r."entityId", r."service", r."action", r."accountId", r."userId", r."roleId",
      r."entityArn", r."lastAccessed", r."sessionArn", r."sourceIdentity"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("entityId" text, "service" text,
      "action" text, "accountId" text, "userId" text, "roleId" text, "entityArn" text,
      "lastAccessed" timestamptz, "sessionArn" text, "sourceIdentity" text)
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."userId")
       OR EXISTS (SELECT 1 FROM "Role" o WHERE o."id" = r."roleId")
    ON CONFLICT ("entityId", "service", "action") DO UPDATE SET
      "lastAccessed" = EXCLUDED."lastAccessed", "entityArn" = EXCLUDED."entityArn",
      "sessionArn" = EXCLUDED."sessionArn", "sourceIdentity" = EXCLUDED."sourceIdentity"
    WHERE EXCLUDED."lastAccessed" >= "ServiceLastAccess"."lastAccessed"`;
}

// One recorder per database client: the server has one, each test server its own.
const recorders = new WeakMap<Db, AccessRecorder>();

export function accessRecorder(db: Db): AccessRecorder {
  let recorder = recorders.get(db);
  if (!recorder) {
    recorder = new AccessRecorder(db);
    recorders.set(db, recorder);
  }
  return recorder;
}

/** authorize's hook on its allowed path: an in-memory note, nothing awaited. */
export function noteAccess(ctx: ServiceContext, action: string): void {
  accessRecorder(ctx.db).note(ctx, action);
}
