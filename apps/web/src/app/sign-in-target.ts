// Where to send someone whose session is missing or expired: the root sign-in page, or the
// IAM user sign-in page of the account they last signed in to, with `?redirect=` back to where
// they were. Pure functions over a Storage so they can be unit-tested.

export type RememberedSignIn = { kind: 'root' } | { kind: 'iam'; account: string };

const STORAGE_KEY = 'gatehouse.lastSignIn';

export function rememberSignIn(storage: Pick<Storage, 'setItem'>, signIn: RememberedSignIn): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(signIn));
  } catch {
    // Storage can be full or disabled; the root sign-in page is the fallback.
  }
}

export function recallSignIn(storage: Pick<Storage, 'getItem'>): RememberedSignIn {
  try {
    const value = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<{
      kind: string;
      account: string;
    }>;
    if (value?.kind === 'iam' && typeof value.account === 'string' && value.account !== '') {
      return { kind: 'iam', account: value.account };
    }
  } catch {
    // A corrupt entry falls through to root.
  }
  return { kind: 'root' };
}

/** The sign-in page for a remembered sign-in, returning to `returnTo` afterwards. */
export function signInPath(signIn: RememberedSignIn, returnTo?: string): string {
  const page = signIn.kind === 'iam' ? `/signin/${encodeURIComponent(signIn.account)}` : '/signin';
  const target = returnTo === undefined ? '/' : safeRedirect(returnTo);
  return target === '/' ? page : `${page}?redirect=${encodeURIComponent(target)}`;
}

/**
 * A `?redirect=` value made safe to navigate to: only a path on this origin, never a URL to
 * elsewhere (`//evil.example`, `https:...`, `/\evil`), and never back to a sign-in page.
 */
export function safeRedirect(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  if (
    raw === '/signin' ||
    raw.startsWith('/signin/') ||
    raw.startsWith('/signin?') ||
    raw.startsWith('/setup')
  ) {
    return '/';
  }
  return raw;
}
