// The gate in front of simulations: a few run at once, a short queue waits, the rest are turned
// away with Throttling — decided by counts, not by how fast the machine is.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors/app-error.js';
import { WorkGate } from '../../src/services/simulator/simulation-gate.js';

describe('WorkGate', () => {
  it('runs two at once, queues eight, turns away the rest, and hands slots on in order', async () => {
    const gate = new WorkGate(2, 8);
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const outcomes = Array.from({ length: 14 }, (_, i) =>
      gate
        .run(
          () =>
            new Promise<number>((resolve) => {
              started.push(i);
              releases.push(() => resolve(i));
            }),
        )
        .then(
          (value) => ({ ok: true as const, value }),
          (err: unknown) => ({ ok: false as const, code: isAppError(err) ? err.code : String(err) }),
        ),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    const refused = await Promise.all(outcomes.slice(10));
    expect(refused).toEqual(Array.from({ length: 4 }, () => ({ ok: false, code: 'Throttling' })));
    // Each finished one lets the next queued one in, first come first served.
    for (let done = 0; done < 10; done++) {
      releases[done]!();
      await new Promise((r) => setImmediate(r));
    }
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const served = await Promise.all(outcomes.slice(0, 10));
    expect(served.map((o) => (o.ok ? o.value : -1))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Once idle, a new one runs at once.
    let ran = false;
    await gate.run(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
