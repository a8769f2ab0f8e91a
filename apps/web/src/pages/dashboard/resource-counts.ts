// The dashboard's "IAM resources" figures from GET /api/account: each entity's count beside its
// quota. Keys are matched case-insensitively (`users` or AWS's `Users`/`UsersQuota` spelling).
import type { AccountSummary } from '../../api/types.js';

export interface ResourceCount {
  key: string;
  label: string;
  href: string;
  count: number;
  quota?: number;
}

const RESOURCES: Omit<ResourceCount, 'count' | 'quota'>[] = [
  { key: 'groups', label: 'User groups', href: '/groups' },
  { key: 'users', label: 'Users', href: '/users' },
  { key: 'roles', label: 'Roles', href: '/roles' },
  { key: 'policies', label: 'Customer managed policies', href: '/policies' },
];

function lookup(record: Record<string, number> | undefined, ...names: string[]): number | undefined {
  if (!record) return undefined;
  const wanted = names.map((n) => n.toLowerCase());
  for (const [key, value] of Object.entries(record)) {
    if (wanted.includes(key.toLowerCase()) && typeof value === 'number') return value;
  }
  return undefined;
}

export function resourceCounts(summary: Pick<AccountSummary, 'counts' | 'quotas'>): ResourceCount[] {
  const rows: ResourceCount[] = [];
  for (const resource of RESOURCES) {
    const count = lookup(summary.counts, resource.key);
    if (count === undefined) continue;
    const quota = lookup(summary.quotas, resource.key, `${resource.key}Quota`);
    rows.push({ ...resource, count, ...(quota === undefined ? {} : { quota }) });
  }
  return rows;
}

/** `<origin>/signin/<alias or account ID>`, the URL IAM users of this account sign in at. */
export function iamSignInUrl(origin: string, accountId: string, alias: string | null): string {
  return `${origin.replace(/\/+$/, '')}/signin/${encodeURIComponent(alias ?? accountId)}`;
}
