// One analysis of one account: every role's trust policy for external access, the credentials
// for unused access, then the findings reconciled in one transaction. Runs in the background
// (AccessAnalyzerScheduler); it yields to the event loop every few milliseconds, so requests
// served meanwhile wait at most that long.
import { parsePolicy } from '@gatehouse/evaluator';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { inTransaction } from '../../db/in-transaction.js';
import { roleArn } from '../../model/arns.js';
import { accountFingerprint } from './account-fingerprint.js';
import { readAnalyzerState } from './analyzer-state.js';
import { analyzeTrustPolicy } from './external-access/analyze-trust-policy.js';
import type { ComputedFinding } from './finding-types.js';
import { reconcileFindings, type ReconcileCounts } from './reconcile-findings.js';
import { findUnusedAccess } from './unused-access/find-unused-access.js';
import { findUnusedPermissions } from './unused-access/find-unused-permissions.js';
import { loadZoneOfTrust, outsiderAccount } from './zone-of-trust.js';

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

/** Computes and stores the account's findings; returns what changed. */
export async function analyzeAccount(
  deps: { db: Db; clock: Clock },
  accountId: string,
): Promise<AnalysisResult | undefined> {
  const started = performance.now();
  const { db } = deps;
  const now = deps.clock();
  const fingerprint = await accountFingerprint(db, accountId, now);
  if (fingerprint === undefined) return undefined; // the account is gone
  const state = await readAnalyzerState(db, accountId);
  let mark = performance.now();
  const lap = () => {
    const at = performance.now();
    const spent = Math.round(at - mark);
    mark = at;
    return spent;
  };
  const external = await externalAccessFindings(db, accountId);
  const externalMs = lap();
  const unused = await findUnusedAccess(db, accountId, now, state.unusedAccessAge);
  const unusedMs = lap();
  const unusedRoles = new Set(unused.filter((f) => f.findingType === 'UnusedIAMRole').map((f) => f.resource));
  const permissions = await findUnusedPermissions(db, accountId, now, state.unusedAccessAge, unusedRoles);
  const permissionsMs = lap();
  const computed = [...external.findings, ...unused, ...permissions];
  const counts = await inTransaction({ db }, async (tx) => {
    // The state row, written first, also serialises two analyses of one account.
    await tx.accessAnalyzerState.upsert({
      where: { accountId },
      create: { accountId, fingerprint, analyzedAt: now, updatedAt: now },
      update: { fingerprint, analyzedAt: now },
    });
    return reconcileFindings(tx, accountId, computed, now);
  });
  return {
    accountId,
    roles: external.roles,
    findings: computed.length,
    ...counts,
    ms: Math.round(performance.now() - started),
    phases: { external: externalMs, unused: unusedMs, permissions: permissionsMs, store: lap() },
  };
}
