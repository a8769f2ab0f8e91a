// The messages between the simulator pool (main thread) and a simulator worker.
import type { AppErrorOptions } from '../errors/app-error.js';
import type { ErrorCode } from '../errors/error-codes.js';
import type { SimulationJob } from '../services/simulator/simulation-job.js';

export interface JobMessage {
  id: number;
  job: SimulationJob;
}

/** An AppError as data: code, message and the options a client may see. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  options: Pick<AppErrorOptions, 'fieldErrors' | 'diagnostics' | 'details' | 'retryAfterSeconds'>;
}

export type ReplyMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ErrorData }
  | { id: number; ok: false; unexpected: string };
