// A simulator worker thread: runs one simulation job at a time for the pool (pool.ts) and
// answers with its result or its error as data. Bundled to dist/simulator-worker.js; from source
// it starts through source-entry.mjs.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors/app-error.js';
import { runSimulationJob } from '../services/simulator/simulation-job.js';
import type { JobMessage, ReplyMessage } from './protocol.js';

const WORKER_NICE = 10;

const port = parentPort;
if (!port) throw new Error('simulator-worker.ts runs as a worker thread');

// On Linux a thread has its own nice value: this thread yields the CPU to the event loop's when
// both want it (a busy machine), so a simulation slows down rather than the server's answers.
try {
  os.setPriority(WORKER_NICE);
} catch {
  // Not permitted or not supported: the worker runs at the process's priority.
}

port.on('message', (message: JobMessage) => {
  void (async () => {
    let reply: ReplyMessage;
    try {
      reply = { id: message.id, ok: true, value: await runSimulationJob(message.job) };
    } catch (err) {
      if (isAppError(err)) {
        const { fieldErrors, diagnostics, details, retryAfterSeconds } = err.options;
        reply = {
          id: message.id,
          ok: false,
          error: {
            code: err.code,
            message: err.message,
            options: { fieldErrors, diagnostics, details, retryAfterSeconds },
          },
        };
      } else {
        reply = {
          id: message.id,
          ok: false,
          unexpected: err instanceof Error ? (err.stack ?? err.message) : String(err),
        };
      }
    }
    port.postMessage(reply);
  })();
});
