import Pagination from '@cloudscape-design/components/pagination';
import { paginationProps, type CursorPages } from '../cursor-pages.js';

/** Numbered pages over server cursors, as every picker table shows them. */
export function PickerPagination({ pages, go }: { pages: CursorPages; go: (index: number) => void }) {
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
