// The cold path: parsing and compiling a principal's policies, which the server does on a
// cache miss. Timed with and without the parser's source map (the server's compile path
// needs no positions), with the share of wall time the garbage collector took.
import { PerformanceObserver } from 'node:perf_hooks';
import { compilePolicySet } from '../src/compile/compile-policy-set.js';
import { parsePolicy } from '../src/parse/parse-policy.js';
import type { PolicyInput } from '../src/types.js';
import { measure } from './measure.js';
import { tenPolicies } from './scenarios.js';

export interface ColdFigure {
  sourceMap: boolean;
  /** Median time to parse and compile the ten policies, in ms. */
  ms: number;
  /** Garbage collection's share of wall time over a separate run of the same loop. */
  gcShare: number;
}

function parseAndCompile(texts: readonly string[], sourceMap: boolean): unknown {
  const identity: PolicyInput[] = texts.map((text, i) => {
    const { document } = parsePolicy(text, { sourceMap });
    if (!document) throw new Error(`policy ${i} does not parse`);
    return { id: `p${i}`, document };
  });
  return compilePolicySet({ identity });
}

async function gcShare(fn: () => unknown, wallMs: number): Promise<number> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  while (performance.now() - start < wallMs) fn();
  const elapsed = performance.now() - start;
  // GC entries are delivered asynchronously: let them arrive before reading the total.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return gcMs / elapsed;
}

export async function timeColdPath(runs: number): Promise<ColdFigure[]> {
  const texts = tenPolicies().map((p) => p.text);
  const figures: ColdFigure[] = [];
  for (const sourceMap of [true, false]) {
    const fn = () => parseAndCompile(texts, sourceMap);
    const { perSecond } = await measure(fn, { runMs: 200, runs });
    figures.push({ sourceMap, ms: 1000 / perSecond, gcShare: await gcShare(fn, 300) });
  }
  return figures;
}
