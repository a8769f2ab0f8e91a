import type { Clock } from '../../src/clock.js';

/** A clock tests move by hand: sessions expire and throttles lift without waiting. */
export class TestClock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  readonly now: Clock = () => new Date(this.current);

  advance(ms: number): void {
    this.current += ms;
  }

  advanceSeconds(seconds: number): void {
    this.advance(seconds * 1000);
  }
}
