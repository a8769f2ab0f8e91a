// What the Last Accessed tab shows, as plain functions (tested without a browser): the words
// for a last use, the policies column, and the filter by name and by whether a service was used.
import type { GrantingPolicy, ServiceAccess, TrackedActionAccess } from '@gatehouse/contracts/last-accessed';

export const NOT_ACCESSED = 'Not accessed in the tracking period';

export type AccessFilter = 'all' | 'accessed' | 'not-accessed';

const DAY_MS = 86_400_000;

/** "Today", "Yesterday", "12 days ago", or AWS's words for never. */
export function lastAccessedLabel(iso: string | null, now: Date = new Date()): string {
  if (!iso) return NOT_ACCESSED;
  const then = new Date(iso);
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (then.getTime() >= startOfToday) return 'Today';
  const days = Math.ceil((startOfToday - then.getTime()) / DAY_MS);
  return days === 1 ? 'Yesterday' : `${days} days ago`;
}

/** `ReadOnly`, `admins-inline (via group ops)`… */
export function policyLabel(p: GrantingPolicy): string {
  const kind = p.type === 'inline' ? ' (inline)' : '';
  return p.via ? `${p.name}${kind} (via group ${p.via})` : `${p.name}${kind}`;
}

/** Services passing the filters; used ones first, newest first, then by name (as AWS's console). */
export function filterServices(
  services: ServiceAccess[],
  text: string,
  access: AccessFilter,
): ServiceAccess[] {
  const needle = text.trim().toLowerCase();
  return services
    .filter((s) =>
      access === 'all'
        ? true
        : access === 'accessed'
          ? s.lastAuthenticated !== null
          : s.lastAuthenticated === null,
    )
    .filter(
      (s) =>
        !needle ||
        s.serviceName.toLowerCase().includes(needle) ||
        s.serviceNamespace.includes(needle) ||
        s.policies.some((p) => p.name.toLowerCase().includes(needle)),
    )
    .sort(
      (a, b) =>
        (b.lastAuthenticated ?? '').localeCompare(a.lastAuthenticated ?? '') ||
        a.serviceName.localeCompare(b.serviceName),
    );
}

export function filterActions(
  actions: TrackedActionAccess[],
  text: string,
  access: AccessFilter,
): TrackedActionAccess[] {
  const needle = text.trim().toLowerCase();
  return actions
    .filter((a) =>
      access === 'all'
        ? true
        : access === 'accessed'
          ? a.lastAccessedTime !== null
          : a.lastAccessedTime === null,
    )
    .filter((a) => !needle || a.actionName.toLowerCase().includes(needle))
    .sort(
      (a, b) =>
        (b.lastAccessedTime ?? '').localeCompare(a.lastAccessedTime ?? '') ||
        a.actionName.localeCompare(b.actionName),
    );
}

/** The last part of an ARN: `alice` for `arn:aws:iam::…:user/dev/alice`. */
export function arnName(arn: string | null): string {
  if (!arn) return '-';
  return arn.slice(arn.lastIndexOf('/') + 1);
}
