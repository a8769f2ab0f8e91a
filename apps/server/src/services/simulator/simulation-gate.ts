// How many simulations compute at once. Each one is bounded (simulation-budget.ts), so a few at
// a time bound the memory and CPU they can take together; a short queue absorbs bursts, and
// beyond it callers are told to retry (Throttling, 429, as AWS throttles its own API). A caller
// whose client went away (its `signal` aborted) leaves the queue without running.
import { AppError } from '../../errors/app-error.js';

/** What a simulation that was given up on rejects with: its client went away. */
export function cancelled(): AppError {
  return new AppError('ServiceFailure', 'the simulation was cancelled', {
    internal: 'the client went away: its simulation was cancelled',
  });
}

export class WorkGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxActive: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw cancelled();
    if (this.active < this.maxActive) this.active++;
    else if (this.waiting.length < this.maxWaiting) {
      // The slot is handed over by the one that finishes: `active` stays counted.
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          const at = this.waiting.indexOf(turn);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(cancelled());
        };
        this.waiting.push(turn);
        signal?.addEventListener('abort', leave, { once: true });
      });
    } else {
      throw new AppError('Throttling', 'too many simulations are running: try again in a moment', {
        retryAfterSeconds: 1,
      });
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
