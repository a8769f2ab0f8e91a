import { useEffect } from 'react';
import type { Page } from '../api/types.js';

/** Tells the cursor pages what a loaded page (not a placeholder) said about the next one. */
export function useRecordPage(
  record: (index: number, next: string | undefined) => void,
  index: number,
  data: Page<unknown> | undefined,
  isPlaceholderData: boolean,
): void {
  const fresh = data && !isPlaceholderData ? data : undefined;
  useEffect(() => {
    if (fresh) record(index, fresh.nextCursor);
  }, [fresh, index, record]);
}
