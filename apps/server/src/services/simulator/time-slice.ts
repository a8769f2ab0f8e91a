// Simulation is CPU work in the server's only thread. A loop that calls `pause()` between items
// gives the event loop back every few milliseconds, so a health check or a sign-in never waits
// behind a big simulation for longer than one slice.

export class TimeSlice {
  private started = performance.now();

  constructor(private readonly sliceMs = 10) {}

  /** Yields to the event loop when this slice has run `sliceMs`; otherwise returns at once. */
  async pause(): Promise<void> {
    if (performance.now() - this.started < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}
