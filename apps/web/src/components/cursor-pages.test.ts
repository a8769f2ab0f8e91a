import { describe, expect, it } from 'vitest';
import { firstPage, goToPage, paginationProps, recordPage, singlePage } from './cursor-pages.js';

describe('cursor pagination', () => {
  it('starts on page 1 of an open-ended list', () => {
    expect(paginationProps(firstPage())).toEqual({ currentPageIndex: 1, pagesCount: 1, openEnd: true });
  });

  it('knows a single page is all there is when the first answer has no next cursor', () => {
    const state = recordPage(firstPage(), 0, undefined);
    expect(paginationProps(state)).toEqual({ currentPageIndex: 1, pagesCount: 1, openEnd: false });
  });

  it('offers the next page once the server gives its cursor, and uses it', () => {
    let state = recordPage(firstPage(), 0, 'c1');
    expect(paginationProps(state)).toEqual({ currentPageIndex: 1, pagesCount: 2, openEnd: true });
    state = goToPage(state, 1);
    expect(state.cursors[state.index]).toBe('c1');
    state = recordPage(state, 1, undefined);
    expect(paginationProps(state)).toEqual({ currentPageIndex: 2, pagesCount: 2, openEnd: false });
  });

  it('goes back to an earlier page with its remembered cursor', () => {
    let state = recordPage(firstPage(), 0, 'c1');
    state = recordPage(goToPage(state, 1), 1, 'c2');
    state = goToPage(state, 2);
    state = goToPage(state, 0);
    expect(state.index).toBe(0);
    expect(state.cursors[state.index]).toBeUndefined();
    expect(paginationProps(state).pagesCount).toBe(3);
  });

  it('cannot jump to a page whose cursor is unknown', () => {
    const state = recordPage(firstPage(), 0, 'c1');
    expect(goToPage(state, 5)).toBe(state);
    expect(goToPage(state, -1)).toBe(state);
  });

  it('forgets later pages when an earlier page now ends the list (items were deleted)', () => {
    let state = recordPage(firstPage(), 0, 'c1');
    state = recordPage(goToPage(state, 1), 1, 'c2');
    state = recordPage(goToPage(state, 0), 0, undefined);
    expect(paginationProps(state)).toEqual({ currentPageIndex: 1, pagesCount: 1, openEnd: false });
  });

  it('knows when everything fits on one page', () => {
    expect(singlePage(firstPage())).toBe(false);
    expect(singlePage(recordPage(firstPage(), 0, undefined))).toBe(true);
    expect(singlePage(recordPage(firstPage(), 0, 'c1'))).toBe(false);
  });

  it('returns the same state when nothing changed (no render loop)', () => {
    const state = recordPage(firstPage(), 0, 'c1');
    expect(recordPage(state, 0, 'c1')).toBe(state);
    const done = recordPage(state, 0, undefined);
    expect(recordPage(done, 0, undefined)).toBe(done);
  });
});
