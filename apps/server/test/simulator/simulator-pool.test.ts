// The simulator's worker threads (issue 13 finding 1): a simulation is computed off the event
// loop, with the same results; a job past its deadline or its heap limit is ended with
// LimitExceeded and its worker replaced; a job whose client went away is given up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSimulationBody, FINDING_SHAPE } from '../../bench/cost-requests.js';
import { isAppError } from '../../src/errors/app-error.js';
import { runSimulationJob, type SimulateJob } from '../../src/services/simulator/simulation-job.js';
import { SimulatorPool, simulatorPool } from '../../src/simulator-worker/pool.js';
import type { ApiClient } from '../harness/api-client.js';
import { allow, newRootSession } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ root } = await newRootSession(server));
});
afterAll(() => server?.close());

function job(shape = FINDING_SHAPE, maxItems = 1000): SimulateJob {
  const body = customSimulationBody(shape);
  return {
    kind: 'simulate',
    own: [],
    pasted: body.policies,
    defaultCaller: 'arn:aws:iam::111122223333:user/simulated',
    defaultCallerMatchesResourcePolicy: false,
    actions: body.actions,
    resources: body.resources,
    context: body.context,
    maxItems,
  };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAppError(err)) throw new Error(`expected an AppError, got ${String(err)}`);
  return { code: err.code, message: err.message };
}

describe('the simulator pool', () => {
  it('answers as the simulation does in-process, errors included', async () => {
    const pool = new SimulatorPool({ workers: 1, queue: 1, timeoutMs: 60_000, heapMb: 256 });
    try {
      const small = job({ ...FINDING_SHAPE, policies: 3, actions: 20, resources: 5 });
      expect(await pool.run(small)).toEqual(await runSimulationJob(small));
      const malformed = { ...small, pasted: ['{"Version":"2012-10-17","Statement":{}}'] };
      const inWorker = await failure(pool.run(malformed));
      expect(inWorker).toEqual(await failure(runSimulationJob(malformed)));
      expect(inWorker.code).toBe('MalformedPolicyDocument');
      // A refusal is an answer, not a failure: the same worker serves on.
      expect(pool.stats.workersStarted).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('ends a job past its deadline with LimitExceeded, and serves the next on a new worker', async () => {
    const pool = new SimulatorPool({ workers: 1, queue: 1, timeoutMs: 1, heapMb: 256 });
    try {
      expect(await failure(pool.run(job()))).toMatchObject({
        code: 'LimitExceeded',
        message: expect.stringContaining('took longer than'),
      });
      expect(pool.stats.jobsOverLimit).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('ends a job beyond its heap limit with LimitExceeded', async () => {
    const pool = new SimulatorPool({ workers: 1, queue: 1, timeoutMs: 60_000, heapMb: 20 });
    try {
      const small = job({ ...FINDING_SHAPE, policies: 1, actions: 1, resources: 1 });
      expect((await pool.run(small)).results).toHaveLength(1);
      // 20 policies of 300 statements compiled: far more than 20 MB of heap.
      expect(await failure(pool.run(job({ ...FINDING_SHAPE, statements: 300 })))).toMatchObject({
        code: 'LimitExceeded',
        message: expect.stringContaining('more than 20 MB'),
      });
      expect(pool.stats.jobsOverLimit).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('gives up a job when its signal aborts, running or queued', async () => {
    const pool = new SimulatorPool({ workers: 1, queue: 2, timeoutMs: 60_000, heapMb: 256 });
    try {
      const running = new AbortController();
      const queued = new AbortController();
      const first = pool.run(job(), running.signal);
      const second = pool.run(job(), queued.signal);
      queued.abort();
      expect((await failure(second)).code).toBe('ServiceFailure');
      await new Promise((resolve) => setTimeout(resolve, 50));
      running.abort();
      expect((await failure(first)).code).toBe('ServiceFailure');
      expect(pool.stats.jobsCancelled).toBe(1);
      // The pool serves on.
      const small = job({ ...FINDING_SHAPE, policies: 1, actions: 1, resources: 1 });
      expect((await pool.run(small)).results).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
});

describe('POST /api/simulator/custom-policy', () => {
  it('gives up the simulation of a client that went away', async () => {
    const before = simulatorPool.stats.jobsCancelled;
    const controller = new AbortController();
    const body = { ...customSimulationBody(FINDING_SHAPE), maxItems: 1000 };
    const request = fetch(`${server.baseUrl}/api/simulator/custom-policy`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: [...root.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
        'X-CSRF-Token': root.csrfToken ?? '',
      },
      body: JSON.stringify(body),
      signal: controller.signal,
    }).catch(() => 'aborted');
    // Abort once the simulation is computing (it takes well over this on any machine).
    const runBefore = simulatorPool.stats.jobsRun;
    for (let i = 0; i < 200 && simulatorPool.stats.jobsRun === runBefore; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 30));
    controller.abort();
    expect(await request).toBe('aborted');
    for (let i = 0; i < 100 && simulatorPool.stats.jobsCancelled === before; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(simulatorPool.stats.jobsCancelled).toBe(before + 1);
    // The next simulation is served.
    const res = await root.post('/api/simulator/custom-policy', {
      policies: [JSON.stringify(allow('s3:GetObject'))],
      actions: ['s3:GetObject'],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0].decision).toBe('Allow');
  });
});
