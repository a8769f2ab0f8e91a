// Responses to GET requests the page sent before the console's main script ran
// (early-requests.ts). The API client takes each one, once, for the first GET of the same path.
// Only a success is handed over (a 401 or a failure: the client asks again itself, so no error
// outlives the moment it was true), and one nobody took within a few seconds is dropped, so no
// later request can get an old answer.
const EARLY_RESPONSE_TTL_MS = 5_000;

const early = new Map<string, { response: Promise<Response>; sentAt: number }>();

export function putEarlyResponse(path: string, response: Promise<Response>): void {
  // A failed early request only means the client sends its own.
  response.catch(() => early.delete(path));
  early.set(path, { response, sentAt: performance.now() });
}

/** The early successful response to a GET of `path`, if there is a fresh one; it is then gone. */
export async function takeEarlyResponse(path: string): Promise<Response | undefined> {
  const entry = early.get(path);
  if (!entry) return undefined;
  early.delete(path);
  if (performance.now() - entry.sentAt > EARLY_RESPONSE_TTL_MS) return undefined;
  const response = await entry.response.catch(() => undefined);
  return response?.ok ? response : undefined;
}
