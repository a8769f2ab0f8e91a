// Runs the retention purge in the background: first a minute after start-up, then hourly. A
// run never overlaps the next, and stop() ends a run between batches.
import type { AppDeps } from '../service-context.js';
import { purgeExpiredEvents } from './purge-expired-events.js';

const FIRST_RUN_MS = 60_000;
const INTERVAL_MS = 60 * 60_000;

export interface BackgroundTask {
  stop(): Promise<void>;
}

export function startEventRetention(deps: AppDeps): BackgroundTask {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = async () => {
    try {
      const result = await purgeExpiredEvents({
        db: deps.db,
        now: deps.clock(),
        defaultDays: deps.config.eventRetentionDays,
        shouldStop: () => stopped,
      });
      if (result.deleted > 0) deps.log.info(result, 'purged events past their retention');
    } catch (err) {
      deps.log.warn({ err }, 'event retention purge failed');
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
        schedule(INTERVAL_MS);
      });
    }, ms);
    timer.unref();
  };
  schedule(FIRST_RUN_MS);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
