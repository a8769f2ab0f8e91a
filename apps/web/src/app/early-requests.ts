// The first data of a console page, asked for by a small script the HTML loads beside the
// console's main script (vite.config.ts): who is signed in and, on the dashboard, the account
// summary or, on /users, the list's first page. They go out while the browser still downloads
// and runs the main script (React, the router, the page's chunks) instead of after it; the API
// client takes each answer for its first GET of the same path (early-responses.ts). Sign-in and
// setup pages ask for nothing.
import { withQuery } from '../api/query-string.js';
import { userListParams } from '../pages/users/user-list-params.js';
import { putEarlyResponse } from './early-responses.js';

/** The GETs the page at `pathname` starts with, as the router's loaders would send them. */
export function earlyRequestPaths(pathname: string): string[] {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path.startsWith('/signin') || path.startsWith('/setup')) return [];
  const paths = ['/api/auth/whoami'];
  // The dashboard's account summary (route-prefetch.ts: accountQuery).
  if (path === '/') paths.push('/api/account');
  if (path === '/users') paths.push(withQuery('/api/users', { ...userListParams() }));
  return paths;
}

function sendEarlyRequests(): void {
  const paths = earlyRequestPaths(window.location.pathname);
  // A list's search or page in the URL asks for another page than the first: whoami only.
  for (const path of window.location.search ? paths.slice(0, 1) : paths) send(path);
}

function send(path: string): void {
  putEarlyResponse(
    path,
    fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }),
  );
}

if (typeof window !== 'undefined' && typeof fetch === 'function') sendEarlyRequests();
