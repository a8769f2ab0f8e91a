// How many simulations compute at once. Each one is bounded (simulation-budget.ts), so a few at
// a time bound the memory and CPU they can take together; a short queue absorbs bursts, and
// beyond it callers are told to retry (Throttling, 429, as AWS throttles its own API).
import { AppError } from '../../errors/app-error.js';

export class WorkGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxActive: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.maxActive) this.active++;
    else if (this.waiting.length < this.maxWaiting) {
      // The slot is handed over by the one that finishes: `active` stays counted.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
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

/** Shared by every door: the console's /api and the AWS API. */
export const simulationGate = new WorkGate(2, 8);
