// The search box's code (Autosuggest and the four list queries) loads once the browser is idle
// after the first page has rendered, so it neither weighs on the first page's JavaScript nor
// competes with it for the main thread.
import { lazy, Suspense, useEffect, useState } from 'react';

const ConsoleSearch = lazy(async () => ({ default: (await import('./console-search.js')).ConsoleSearch }));

/** At the latest this long after the shell mounts, even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 1500;

export function LazyConsoleSearch() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setReady(true), { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(() => setReady(true), 200);
    return () => clearTimeout(timer);
  }, []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <ConsoleSearch />
    </Suspense>
  );
}
