// A request path with its query string: its own module, without the rest of the API client, so
// the page's early requests (app/early-requests.ts) load it in their one small chunk.

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(
  path: string,
  params: Record<string, string | number | boolean | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
