// Writes this instance's last-accessed notes every few seconds, and once more on shutdown.
import type { AppDeps } from '../service-context.js';
import type { BackgroundTask } from '../events/retention-timer.js';
import { accessRecorder } from './access-recorder.js';

const INTERVAL_MS = 5_000;

export function startLastAccessedFlush(deps: AppDeps): BackgroundTask {
  const recorder = accessRecorder(deps.db);
  const flush = () =>
    recorder.flush().catch((err: unknown) => {
      deps.log.warn({ err }, 'could not write last-accessed information');
    });
  const timer = setInterval(() => void flush(), INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
