// Where keyboard and screen reader users land when the page changes: on the new page's heading
// (its h1), after a route change within the console (not on the first page shown) and after a
// submit that replaces the page's content (a wizard's result), as WCAG 2.4.3 asks and AWS's
// console does. A page that focused one of its own fields
// on purpose (autoFocus) keeps that focus.
import { useEffect, useRef } from 'react';

export const MAIN_CONTENT_ID = 'main-content';

const WAIT_MS = 5000;
let requestFocus: (() => void) | null = null;

/** After a submit that swapped the page's content without a route change. */
export function focusPageHeading(): void {
  requestFocus?.();
}

function pageFocusedAField(main: HTMLElement): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement &&
    main.contains(active) &&
    (active.matches('input, textarea, select, [contenteditable="true"]') ||
      active.closest('[role="dialog"]') !== null)
  );
}

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector('h1');
  if (!heading) return false;
  if (!pageFocusedAField(main)) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  return true;
}

/** Moves focus to the main content's h1 whenever `pageKey` changes (and when asked to). */
export function usePageHeadingFocus(pageKey: string): void {
  // A page just loaded (a fresh tab, a reload, the console right after sign-in) keeps focus at
  // the top of the document, so the skip link is a keyboard user's first stop.
  const firstPage = useRef(true);
  useEffect(() => {
    let observer: MutationObserver | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      observer?.disconnect();
      observer = null;
      clearTimeout(timer);
    };
    const start = () => {
      stop();
      const main = document.getElementById(MAIN_CONTENT_ID);
      if (!main) return;
      // The page (a lazy chunk, then its data) may not have its heading yet: wait for it.
      observer = new MutationObserver(() => {
        if (focusHeading(main)) stop();
      });
      observer.observe(main, { childList: true, subtree: true });
      timer = setTimeout(stop, WAIT_MS);
      queueMicrotask(() => {
        if (observer && focusHeading(main)) stop();
      });
    };
    requestFocus = start;
    if (firstPage.current) firstPage.current = false;
    else start();
    return () => {
      stop();
      if (requestFocus === start) requestFocus = null;
    };
  }, [pageKey]);
}
