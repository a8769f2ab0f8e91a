// The search box's code (Autosuggest and the four list queries) loads after the console shell,
// so it does not weigh on the first page's JavaScript.
import { lazy, Suspense } from 'react';

const ConsoleSearch = lazy(async () => ({ default: (await import('./console-search.js')).ConsoleSearch }));

export function LazyConsoleSearch() {
  return (
    <Suspense fallback={null}>
      <ConsoleSearch />
    </Suspense>
  );
}
