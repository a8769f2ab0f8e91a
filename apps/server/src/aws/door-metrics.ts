// Where the AWS door's CPU goes, for the benchmark: nanoseconds spent verifying SigV4
// signatures and authorising (policy evaluation, and compiling a principal's policies when its
// cached set is missing or stale), and requests served. Plain counters and a fixed ring of
// recent evaluation times: reading the clock costs tens of nanoseconds, so they are always on.

/** How many of the latest evaluation sections are kept (128 KB). */
const KEPT = 16_384;

/** A section this many times the median one had a GC pause or the thread descheduled inside it. */
const STALLED = 10;

export const doorMetrics = {
  requests: 0,
  sigv4Ns: 0n,
  authorizeNs: 0n,
  /** Evaluations timed (each also in authorizeNs), and the latest ones' durations in ns. */
  evaluations: 0,
  evaluationNs: new Float64Array(KEPT),
  /** Compiling principals' policy sets (also in authorizeNs): deterministic CPU, never trimmed. */
  compileNs: 0n,

  recordEvaluation(ns: bigint): void {
    this.authorizeNs += ns;
    this.evaluationNs[this.evaluations % KEPT] = Number(ns);
    this.evaluations++;
  },

  recordCompile(ns: bigint): void {
    this.authorizeNs += ns;
    this.compileNs += ns;
  },

  /**
   * Authorisation's CPU, ns, without what the sections' wall-clock times hold that is not theirs:
   * evaluations over ten times the median of those kept count as the mean of the rest. Compiles
   * count whole.
   */
  authorizeCpuNs(): number {
    const kept = this.evaluationNs.subarray(0, Math.min(this.evaluations, KEPT));
    if (kept.length === 0) return Number(this.compileNs);
    const sorted = Float64Array.from(kept).sort();
    const limit = sorted[Math.floor(sorted.length / 2)]! * STALLED;
    let sum = 0;
    let n = 0;
    for (const ns of sorted) {
      if (ns > limit) break;
      sum += ns;
      n++;
    }
    return (sum / n) * this.evaluations + Number(this.compileNs);
  },

  reset(): void {
    this.requests = 0;
    this.sigv4Ns = 0n;
    this.authorizeNs = 0n;
    this.evaluations = 0;
    this.compileNs = 0n;
  },
};
