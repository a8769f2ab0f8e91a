// The analysis reads and writes an account's findings in batches, yielding to the event loop
// between them, so an account of 10,000 access keys never blocks requests for long: each
// batch's rows are decoded (and each statement built) in a few milliseconds.

/** Rows per read or write. */
export const BATCH = 500;
/** How long a loop computes before it lets other work run. */
const SLICE_MS = 8;

export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** A loop's time slicer: `await slice()` in the loop yields once SLICE_MS have run. */
export function slicer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await yieldToEventLoop();
    start = performance.now();
  };
}

/**
 * Every row of a keyset-paged read, BATCH at a time, yielding between batches: `read(after)`
 * returns the rows after the key `after` (undefined: from the start) ordered by key.
 */
export async function readInBatches<T>(
  read: (after: string | undefined, take: number) => Promise<T[]>,
  key: (row: T) => string,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await read(after, BATCH);
    out.push(...batch);
    if (batch.length < BATCH) return out;
    after = key(batch[batch.length - 1]!);
    await yieldToEventLoop();
  }
}

/** `list` in slices of `size`. */
export function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The most JSON one statement's rows take (a finding of ReadOnlyAccess's unused services is ~10 KB). */
export const STATEMENT_JSON_BYTES = 256 * 1024;

/**
 * `rows` as JSON arrays of at most BATCH rows and about `maxBytes` each (a row larger than that
 * goes alone): each statement's text stays small, so it is garbage the young generation collects
 * rather than a large object that waits for a full collection.
 */
export function jsonArrays(rows: readonly unknown[], maxBytes = STATEMENT_JSON_BYTES): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let bytes = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (parts.length > 0 && (bytes + json.length > maxBytes || parts.length >= BATCH)) {
      out.push(`[${parts.join(',')}]`);
      parts = [];
      bytes = 0;
    }
    parts.push(json);
    bytes += json.length + 1;
  }
  if (parts.length > 0) out.push(`[${parts.join(',')}]`);
  return out;
}
