// Simulations run on a small pool of worker threads, never on the event loop: a request that
// compiles a 128 KB policy or explains a thousand pairs holds up no other request. The pool
// bounds them together — a few workers, each with its own heap limit, a short queue in front
// (Throttling beyond it), a deadline per job — and gives up on a job whose client went away
// (its worker is ended and replaced). Results cross back as plain data.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error.js';
import type { SimulationJob, SimulationJobResult } from '../services/simulator/simulation-job.js';
import { cancelled, WorkGate } from '../services/simulator/simulation-gate.js';
import type { JobMessage, ReplyMessage } from './protocol.js';

export interface PoolLimits {
  /** Workers, and so simulations computing at once. */
  workers: number;
  /** Simulations waiting for a worker before Throttling. */
  queue: number;
  /** Wall-clock time one job may take. */
  timeoutMs: number;
  /** Old-generation heap of one worker (V8 ends the worker beyond it). */
  heapMb: number;
}

export const DEFAULT_LIMITS: PoolLimits = { workers: 2, queue: 8, timeoutMs: 30_000, heapMb: 256 };

/** From source (tests, dev, benches) the worker starts through tsx; bundled, beside dist/main.js. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function spawnWorker(heapMb: number): Worker {
  const entry = FROM_SOURCE
    ? new URL('./source-entry.mjs', import.meta.url)
    : new URL('./simulator-worker.js', import.meta.url);
  return new Worker(entry, {
    execArgv: FROM_SOURCE ? ['--conditions=source'] : [],
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
}

interface Settle {
  id: number;
  done(reply: ReplyMessage | AppError): void;
}

/** One worker thread and the job it is running, if any. */
class PooledWorker {
  readonly worker: Worker;
  current?: Settle;
  dead = false;

  constructor(heapMb: number, onDeath: (w: PooledWorker) => void, onOverLimit: () => void) {
    this.worker = spawnWorker(heapMb);
    this.worker.on('message', (reply: ReplyMessage) => {
      if (this.current?.id === reply.id) this.current.done(reply);
    });
    this.worker.on('error', (err: Error & { code?: string }) => {
      this.dead = true;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') onOverLimit();
      this.current?.done(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError(
              'LimitExceeded',
              `the simulation needed more than ${heapMb} MB of memory: simulate fewer policies, actions or resources at once`,
            )
          : new AppError('ServiceFailure', 'the simulation failed', {
              internal: `simulator worker: ${err.stack ?? err.message}`,
            }),
      );
      onDeath(this);
    });
    this.worker.on('exit', () => {
      this.dead = true;
      this.current?.done(
        new AppError('ServiceFailure', 'the simulation failed', { internal: 'simulator worker exited' }),
      );
      onDeath(this);
    });
  }
}

function fromReply(reply: ReplyMessage): unknown {
  if (reply.ok) return reply.value;
  if ('error' in reply) throw new AppError(reply.error.code, reply.error.message, reply.error.options);
  throw new AppError('ServiceFailure', 'the simulation failed', {
    internal: `simulator worker: ${reply.unexpected}`,
  });
}

/** What the pool has done, for tests and operators. */
export interface PoolStats {
  workersStarted: number;
  jobsRun: number;
  /** Given up because their client went away. */
  jobsCancelled: number;
  /** Ended at the deadline or beyond the heap limit. */
  jobsOverLimit: number;
}

export class SimulatorPool {
  readonly stats: PoolStats = { workersStarted: 0, jobsRun: 0, jobsCancelled: 0, jobsOverLimit: 0 };
  private readonly gate: WorkGate;
  private readonly idle: PooledWorker[] = [];
  private nextId = 1;

  constructor(private readonly limits: PoolLimits = DEFAULT_LIMITS) {
    this.gate = new WorkGate(limits.workers, limits.queue);
  }

  /** Runs `job` on a worker; `signal` aborts it (the worker is ended) or takes it out of the queue. */
  run<J extends SimulationJob>(job: J, signal?: AbortSignal): Promise<SimulationJobResult<J>> {
    return this.gate.run(() => this.dispatch(job, signal), signal) as Promise<SimulationJobResult<J>>;
  }

  /** Ends every worker (a test server's close, a server's shutdown). */
  async close(): Promise<void> {
    const workers = this.idle.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private take(): PooledWorker {
    for (let w = this.idle.pop(); w; w = this.idle.pop()) if (!w.dead) return w;
    this.stats.workersStarted++;
    return new PooledWorker(
      this.limits.heapMb,
      (dead) => {
        const at = this.idle.indexOf(dead);
        if (at >= 0) this.idle.splice(at, 1);
      },
      () => this.stats.jobsOverLimit++,
    );
  }

  private dispatch(job: SimulationJob, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(cancelled());
    const pooled = this.take();
    const id = this.nextId++;
    this.stats.jobsRun++;
    return new Promise<unknown>((resolve, reject) => {
      const finish = (outcome: ReplyMessage | AppError, keep: boolean) => {
        if (pooled.current?.id !== id) return;
        pooled.current = undefined;
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        if (keep && !pooled.dead) {
          pooled.worker.unref();
          this.idle.push(pooled);
        } else {
          pooled.dead = true;
          void pooled.worker.terminate();
        }
        if (outcome instanceof AppError) reject(outcome);
        else {
          try {
            resolve(fromReply(outcome));
          } catch (err) {
            reject(err);
          }
        }
      };
      const abort = () => {
        this.stats.jobsCancelled++;
        finish(cancelled(), false);
      };
      const timer = setTimeout(() => {
        this.stats.jobsOverLimit++;
        finish(
          new AppError(
            'LimitExceeded',
            `the simulation took longer than ${this.limits.timeoutMs / 1000} s: simulate fewer policies, actions or resources at once`,
          ),
          false,
        );
      }, this.limits.timeoutMs);
      pooled.current = { id, done: (outcome) => finish(outcome, !(outcome instanceof AppError)) };
      signal?.addEventListener('abort', abort, { once: true });
      pooled.worker.ref();
      pooled.worker.postMessage({ id, job } satisfies JobMessage);
    });
  }
}

/** Shared by every door: the console's /api and the AWS API. */
export const simulatorPool = new SimulatorPool();
