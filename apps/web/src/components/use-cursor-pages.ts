import { useCallback, useState } from 'react';
import { firstPage, goToPage, recordPage, type CursorPages } from './cursor-pages.js';

/**
 * Cursor pagination state that starts over whenever `resetKey` changes (a new filter or sort
 * makes every remembered cursor meaningless).
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; pages: CursorPages }>({
    key: resetKey,
    pages: firstPage(),
  });
  const current = state.key === resetKey ? state.pages : firstPage();
  if (state.key !== resetKey) setState({ key: resetKey, pages: current });

  const record = useCallback(
    (index: number, nextCursor: string | undefined) =>
      setState((s) => ({ ...s, pages: recordPage(s.pages, index, nextCursor) })),
    [],
  );
  const go = useCallback((index: number) => setState((s) => ({ ...s, pages: goToPage(s.pages, index) })), []);
  const reset = useCallback(() => setState((s) => ({ ...s, pages: firstPage() })), []);
  return { pages: current, cursor: current.cursors[current.index], record, go, reset };
}
