// A callback whose identity never changes but which always calls the latest `fn`, so memoised
// parts of a card (the action picker with its hundreds of checkboxes) skip re-rendering when the
// user types elsewhere on the card.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
