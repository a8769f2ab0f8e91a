import type { AwsInput } from '../action-table.js';

/** AWS's MaxItems (1–1000, default 100) and Marker, as a service's `limit` and `cursor`. */
export function pageOf(input: AwsInput): { limit: number; cursor?: string } {
  const limit = typeof input.MaxItems === 'number' ? input.MaxItems : 100;
  return typeof input.Marker === 'string' ? { limit, cursor: input.Marker } : { limit };
}

/** A service page as AWS's `IsTruncated` and `Marker`. */
export function truncation(page: { nextCursor?: string | undefined }): {
  IsTruncated: boolean;
  Marker?: string;
} {
  return page.nextCursor ? { IsTruncated: true, Marker: page.nextCursor } : { IsTruncated: false };
}

/** A page of AWS's list output: `{ [member]: items, IsTruncated, Marker }`. */
export function listOutput<T, U>(
  member: string,
  page: { items: T[]; nextCursor?: string | undefined },
  map: (item: T) => U,
): Record<string, unknown> {
  return { [member]: page.items.map(map), ...truncation(page) };
}
