// The server sets `gatehouse_csrf` (readable by script); every state-changing request echoes it
// in `X-CSRF-Token` (double-submit cookie, docs/API.md).
export const CSRF_COOKIE = 'gatehouse_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Reads one cookie's value from a `document.cookie` string. */
export function readCookie(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
