// When analyses run: in the background, one at a time per account, never inside a request.
// A request that finds an account's fingerprint changed asks for an analysis (debounced, so a
// burst of changes costs one); a timer started with the server polls every account's
// fingerprint, which also brings unused-access findings up to date as days pass.
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { accountFingerprint, staleAccounts } from './account-fingerprint.js';
import { analyzeAccount, type AnalysisResult } from './analyze-account.js';
import { readAnalyzerState } from './analyzer-state.js';

export interface AnalyzerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
}

const DEBOUNCE_MS = 300;
/** How often the server's timer checks every account. */
export const POLL_INTERVAL_MS = 15_000;

interface AccountJob {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  /** Another change came in while running: run again after. */
  again: boolean;
  waiters: (() => void)[];
}

export class AccessAnalyzerScheduler {
  private readonly jobs = new Map<string, AccountJob>();
  private poller?: NodeJS.Timeout;
  private polling = false;
  lastResult?: AnalysisResult;

  constructor(private readonly deps: AnalyzerDeps) {}

  /** Whether an analysis of the account is waiting or running. */
  pending(accountId: string): boolean {
    const job = this.jobs.get(accountId);
    return job !== undefined && (job.timer !== undefined || job.running !== undefined);
  }

  /** Asks for an analysis soon (after `DEBOUNCE_MS` of quiet). */
  request(accountId: string, delayMs = DEBOUNCE_MS): void {
    const job = this.jobs.get(accountId) ?? { again: false, waiters: [] };
    this.jobs.set(accountId, job);
    if (job.running) {
      job.again = true;
      return;
    }
    if (job.timer) clearTimeout(job.timer);
    job.timer = setTimeout(() => this.run(accountId, job), delayMs);
    job.timer.unref();
  }

  /** Settles once no analysis of the account is waiting or running (tests, the benchmark). */
  idle(accountId: string): Promise<void> {
    if (!this.pending(accountId)) return Promise.resolve();
    return new Promise((resolve) => this.jobs.get(accountId)!.waiters.push(resolve));
  }

  /** Requests an analysis when the account changed since the last one; says whether it did. */
  async refreshIfStale(accountId: string): Promise<boolean> {
    if (this.pending(accountId)) return true;
    const [fingerprint, state] = await Promise.all([
      accountFingerprint(this.deps.db, accountId, this.deps.clock()),
      readAnalyzerState(this.deps.db, accountId),
    ]);
    if (fingerprint === undefined || fingerprint === state.fingerprint) return false;
    this.request(accountId, 0);
    return true;
  }

  private run(accountId: string, job: AccountJob): void {
    job.timer = undefined;
    job.running = (async () => {
      try {
        const result = await analyzeAccount(this.deps, accountId);
        if (result) {
          this.lastResult = result;
          this.deps.log.debug(result, 'access analyzer: account analysed');
        }
      } catch (err) {
        this.deps.log.warn({ err, accountId }, 'access analyzer: analysis failed');
      }
    })().finally(() => {
      job.running = undefined;
      if (job.again) {
        job.again = false;
        this.request(accountId);
        return;
      }
      this.jobs.delete(accountId);
      for (const resolve of job.waiters.splice(0)) resolve();
    });
  }

  /** Analyses every account that changed since its last analysis, one at a time. */
  async pollOnce(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      // One query finds the accounts that changed; they are analysed one after the other.
      for (const id of await staleAccounts(this.deps.db, this.deps.clock())) {
        this.request(id, 0);
        await this.idle(id);
      }
    } catch (err) {
      this.deps.log.warn({ err }, 'access analyzer: poll failed');
    } finally {
      this.polling = false;
    }
  }

  start(intervalMs = POLL_INTERVAL_MS): void {
    if (this.poller) return;
    this.poller = setInterval(() => void this.pollOnce(), intervalMs);
    this.poller.unref();
    setTimeout(() => void this.pollOnce(), 1000).unref();
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
    for (const job of this.jobs.values()) {
      if (job.timer) clearTimeout(job.timer);
      job.timer = undefined;
    }
  }
}

const schedulers = new WeakMap<Db, AccessAnalyzerScheduler>();

/** The scheduler of a deployment (one per database client: per server, per test server). */
export function analyzerFor(deps: AnalyzerDeps): AccessAnalyzerScheduler {
  let scheduler = schedulers.get(deps.db);
  if (!scheduler) {
    scheduler = new AccessAnalyzerScheduler(deps);
    schedulers.set(deps.db, scheduler);
  }
  return scheduler;
}

/** The server's timer: starts polling, and stops it (and pending analyses) on shutdown. */
export function startAccessAnalyzer(deps: AnalyzerDeps): { stop(): Promise<void> } {
  const scheduler = analyzerFor(deps);
  scheduler.start();
  return {
    stop: async () => scheduler.stop(),
  };
}
