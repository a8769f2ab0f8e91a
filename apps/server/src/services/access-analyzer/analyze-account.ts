// One analysis of one account: every role's trust policy for external access, the credentials
// for unused access, the users' and roles' unused permissions; each batch of findings is stored
// as it is computed (FindingStore), then the findings whose cause is gone are resolved. Runs in
// the background (AccessAnalyzerScheduler, one analysis of an account at a time); it yields to
// the event loop every few milliseconds, so requests served meanwhile wait at most that long.
import { parsePolicy } from '@gatehouse/evaluator';
import type { Clock } from '../../clock.js';
import { sqlPoolOf, type Db } from '../../db/client.js';
import { roleArn } from '../../model/arns.js';
import { accountFingerprint } from './account-fingerprint.js';
import { readAnalyzerState } from './analyzer-state.js';
import { analyzeTrustPolicy } from './external-access/analyze-trust-policy.js';
import type { ComputedFinding } from './finding-types.js';
import { FindingStore, type ReconcileCounts } from './reconcile-findings.js';
import { findUnusedAccess } from './unused-access/find-unused-access.js';
import { findUnusedPermissions } from './unused-access/find-unused-permissions.js';
import { loadZoneOfTrust, outsiderAccount } from './zone-of-trust.js';
import { ANALYSIS_LOCK_CLASS } from '../../db/advisory-locks.js';

/** How long the analysis computes before it lets other work run. */
const SLICE_MS = 8;
const ROLE_BATCH = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface AnalysisResult extends ReconcileCounts {
  accountId: string;
  roles: number;
  findings: number;
  ms: number;
  /** Milliseconds of each step: trust policies, unused credentials, unused permissions, storing. */
  phases: { external: number; unused: number; permissions: number; store: number };
}

async function externalAccessFindings(
  db: Db,
  accountId: string,
): Promise<{ findings: ComputedFinding[]; roles: number }> {
  const zone = await loadZoneOfTrust(db, accountId);
  const outsider = outsiderAccount(zone);
  const findings: ComputedFinding[] = [];
  let roles = 0;
  let cursor: string | undefined;
  let sliceStart = performance.now();
  for (;;) {
    const batch = await db.role.findMany({
      where: { accountId },
      select: { id: true, accountId: true, path: true, name: true, trustPolicy: true },
      orderBy: { id: 'asc' },
      take: ROLE_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const role of batch) {
      const document = parsePolicy(role.trustPolicy, { sourceMap: false }).document;
      if (document) {
        const arn = roleArn(role.accountId, role.path, role.name);
        findings.push(
          ...analyzeTrustPolicy({ roleArn: arn, accountId: role.accountId, document }, zone, outsider),
        );
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    roles += batch.length;
    if (batch.length < ROLE_BATCH) break;
    cursor = batch[batch.length - 1]!.id;
  }
  return { findings, roles };
}

/**
 * Computes and stores the account's findings; returns what changed. One analysis of an account
 * at a time across every instance sharing the database (findings are stored batch by batch, and
 * two analyses would resolve each other's new findings): a session advisory lock, held on a
 * connection of its own for the analysis' duration and gone with it if the process dies. When
 * another instance holds it, this one skips: that analysis stores its starting fingerprint, so a
 * change it missed is seen by the next poll.
 */
export async function analyzeAccount(
  deps: { db: Db; clock: Clock },
  accountId: string,
): Promise<AnalysisResult | undefined> {
  const pool = sqlPoolOf(deps.db);
  if (!pool) return analyzeAccountAlone(deps, accountId);
  const conn = await pool.connect();
  const lock = [ANALYSIS_LOCK_CLASS, accountId];
  // A connection whose lock query failed is closed (which also releases the lock), not reused.
  let broken: Error | undefined;
  // A checked-out connection's errors are its holder's: the database going away during the
  // analysis must not become an uncaught exception.
  const onError = (err: Error) => {
    broken = err;
  };
  conn.on('error', onError);
  try {
    const { rows } = await conn
      .query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', lock)
      .catch((err: Error) => {
        broken = err;
        throw err;
      });
    if (!rows[0]?.locked) return undefined;
    try {
      return await analyzeAccountAlone(deps, accountId);
    } finally {
      await conn.query('SELECT pg_advisory_unlock($1, hashtext($2))', lock).catch((err: Error) => {
        broken = err;
      });
    }
  } finally {
    conn.removeListener('error', onError);
    conn.release(broken);
  }
}

async function analyzeAccountAlone(
  deps: { db: Db; clock: Clock },
  accountId: string,
): Promise<AnalysisResult | undefined> {
  const started = performance.now();
  const { db } = deps;
  const now = deps.clock();
  const fingerprint = await accountFingerprint(db, accountId, now);
  if (fingerprint === undefined) return undefined; // the account is gone
  const state = await readAnalyzerState(db, accountId);
  // Stored batch by batch as computed: no analysis holds every finding of a large account.
  const store = new FindingStore(db, accountId, now);
  let storeMs = 0;
  const stored = async (findings: readonly ComputedFinding[]) => {
    const at = performance.now();
    await store.store(findings);
    storeMs += performance.now() - at;
  };
  // Each step's milliseconds, its storing left out (counted in `store`).
  let mark = performance.now();
  let storeMark = 0;
  const lap = () => {
    const at = performance.now();
    const spent = Math.round(at - mark - (storeMs - storeMark));
    mark = at;
    storeMark = storeMs;
    return spent;
  };
  const external = await externalAccessFindings(db, accountId);
  await stored(external.findings);
  const externalMs = lap();
  const unused = await findUnusedAccess(db, accountId, now, state.unusedAccessAge);
  await stored(unused);
  const unusedMs = lap();
  const unusedRoles = new Set(unused.filter((f) => f.findingType === 'UnusedIAMRole').map((f) => f.resource));
  for await (const batch of findUnusedPermissions(db, accountId, now, state.unusedAccessAge, unusedRoles)) {
    await stored(batch);
  }
  const permissionsMs = lap();
  const counts = await store.finish(async (tx) => {
    await tx.accessAnalyzerState.upsert({
      where: { accountId },
      create: { accountId, fingerprint, analyzedAt: now, updatedAt: now },
      update: { fingerprint, analyzedAt: now },
    });
  });
  storeMs += performance.now() - mark;
  return {
    accountId,
    roles: external.roles,
    findings: store.stored,
    ...counts,
    ms: Math.round(performance.now() - started),
    phases: {
      external: externalMs,
      unused: unusedMs,
      permissions: permissionsMs,
      store: Math.round(storeMs),
    },
  };
}
