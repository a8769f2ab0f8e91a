// Server-side pagination with opaque cursors (`?cursor=` in, `nextCursor` out) shown through
// Cloudscape's numbered Pagination: the cursor of every page seen so far is remembered, so the
// user can go back, and the pagination stays "open-ended" until the last page is reached.

export interface CursorPages {
  /** `cursors[i]` opens page i (0-based); page 0 has none. */
  cursors: (string | undefined)[];
  /** The page shown, 0-based. */
  index: number;
  /** True once a page answered without `nextCursor`: the page count is known. */
  complete: boolean;
}

export const firstPage = (): CursorPages => ({ cursors: [undefined], index: 0, complete: false });

/** Records what loading page `index` told us about the page after it. */
export function recordPage(state: CursorPages, index: number, nextCursor: string | undefined): CursorPages {
  if (index >= state.cursors.length) return state;
  if (nextCursor) {
    if (state.cursors[index + 1] === nextCursor) return state;
    const cursors = state.cursors.slice(0, index + 1);
    cursors.push(nextCursor);
    return { ...state, cursors, complete: false };
  }
  const last = index === state.cursors.length - 1;
  if (last && state.complete) return state;
  return { ...state, cursors: state.cursors.slice(0, index + 1), complete: true };
}

/** Moves to a 0-based page, if its cursor is known. */
export function goToPage(state: CursorPages, index: number): CursorPages {
  if (index < 0 || index >= state.cursors.length || index === state.index) return state;
  return { ...state, index };
}

/** The props Cloudscape's Pagination needs (its page index is 1-based). */
export function paginationProps(state: CursorPages): {
  currentPageIndex: number;
  pagesCount: number;
  openEnd: boolean;
} {
  return { currentPageIndex: state.index + 1, pagesCount: state.cursors.length, openEnd: !state.complete };
}

/** True once the list is known to fit on its first page. */
export function singlePage(state: CursorPages): boolean {
  return state.complete && state.cursors.length === 1;
}
