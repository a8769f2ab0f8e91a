// Timing: calibrate a batch size to a target duration, warm up, then take the median of runs.
//
// The clock is this process's CPU time (user + system) by default, not wall time: the machines
// this runs on are shared, and CPU time leaves out the time the OS gives other processes.
// BENCH_CLOCK=wall switches to wall-clock time.

export const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

/** Milliseconds on the chosen clock. */
export function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface Measurement {
  /** Median decisions per second over the runs. */
  perSecond: number;
  runs: number[];
  iterations: number;
}

export interface MeasureOptions {
  /** How long one timed run should take, in ms. */
  runMs: number;
  runs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Something to fold results into, so the JIT cannot drop the work being timed. */
let sink = 0;
export function consume(value: unknown): void {
  sink = (sink + (typeof value === 'string' ? value.length : 1)) | 0;
}
export const sinkValue = (): number => sink;

async function timeBatch(fn: () => unknown, iterations: number, isAsync: boolean): Promise<number> {
  const start = now();
  if (isAsync) for (let i = 0; i < iterations; i++) consume(await fn());
  else for (let i = 0; i < iterations; i++) consume(fn());
  return now() - start;
}

/** Measures `fn` (sync or async); the first calls double as warm-up and calibration. */
export async function measure(
  fn: () => unknown,
  options: MeasureOptions,
  isAsync = false,
): Promise<Measurement> {
  let iterations = 1;
  let elapsed = await timeBatch(fn, iterations, isAsync);
  while (elapsed < options.runMs / 4) {
    iterations *= 2;
    elapsed = await timeBatch(fn, iterations, isAsync);
  }
  iterations = Math.max(1, Math.round((iterations * options.runMs) / elapsed));
  await timeBatch(fn, iterations, isAsync);
  const runs: number[] = [];
  for (let r = 0; r < options.runs; r++)
    runs.push((iterations * 1000) / (await timeBatch(fn, iterations, isAsync)));
  return { perSecond: median(runs), runs, iterations };
}

/** Median wall time, in ms, of `runs` calls to `fn` after `warmup` calls. */
export function timeRepeated(fn: () => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  return median(times);
}
