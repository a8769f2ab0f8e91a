import Pagination from '@cloudscape-design/components/pagination';
import { paginationProps, singlePage, type CursorPages } from './cursor-pages.js';

interface CursorPaginationProps {
  pages: CursorPages;
  go: (index: number) => void;
  /** Pickers hide a pager that has nothing to page through; full-page lists keep it, as the IAM console does. */
  hideSinglePage?: boolean;
}

/** Numbered pages over server cursors. */
export function CursorPagination({ pages, go, hideSinglePage = true }: CursorPaginationProps) {
  if (hideSinglePage && singlePage(pages)) return null;
  return (
    <Pagination
      {...paginationProps(pages)}
      onChange={({ detail }) => go(detail.currentPageIndex - 1)}
      ariaLabels={{
        nextPageLabel: 'Next page',
        previousPageLabel: 'Previous page',
        pageLabel: (n) => `Page ${n}`,
      }}
    />
  );
}
