// How long the event loop is held: the most CPU the main thread ran between two turns of a 5 ms
// ticker, from the kernel's per-thread account (/proc/…/schedstat), which a busy machine does not
// inflate as it does wall-clock delays.
import { readFileSync } from 'node:fs';

function mainThreadCpuNs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

/** Runs `work`; answers its result and the most CPU (ms) the main thread ran in one loop turn meanwhile. */
export async function longestTurn<T>(work: () => Promise<T>): Promise<{ result: T; turnMs: number }> {
  let last = mainThreadCpuNs();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = mainThreadCpuNs();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, turnMs: longest / 1e6 };
  } finally {
    clearInterval(ticker);
  }
}
