// How findings read in the console: their kind, principal, condition and where the resource
// (and the statement behind an external-access finding) lives.
import type { FindingSummary } from '@gatehouse/contracts/access-analyzer';

export const FINDING_TYPE_LABELS: Record<FindingSummary['findingType'], string> = {
  ExternalAccess: 'External access',
  UnusedIAMRole: 'Unused role',
  UnusedIAMUserAccessKey: 'Unused access key',
  UnusedIAMUserPassword: 'Unused password',
  UnusedPermission: 'Unused permissions',
};

export const STATUS_LABELS: Record<FindingSummary['status'], string> = {
  ACTIVE: 'Active',
  ARCHIVED: 'Archived',
  RESOLVED: 'Resolved',
};

/** `AWS: 444455556666`; `-` for unused-access findings. */
export function principalText(f: Pick<FindingSummary, 'principal'>): string {
  const entries = Object.entries(f.principal ?? {});
  return entries.length ? entries.map(([type, value]) => `${type}: ${value}`).join(', ') : '-';
}

/** `sts:ExternalId = partner-7731`, one key after another; `None` when nothing limits it. */
export function conditionText(f: Pick<FindingSummary, 'condition'>): string {
  const entries = Object.entries(f.condition ?? {});
  return entries.length ? entries.map(([key, value]) => `${key} = ${value}`).join('; ') : 'None';
}

/** The user or role a finding is about, and its console page. */
export function resourceLink(arn: string): { name: string; href: string } | undefined {
  const m = /^arn:aws:iam::\d{12}:(user|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!m) return undefined;
  const [, kind, name] = m as unknown as [string, string, string];
  return { name, href: `/${kind}s/${encodeURIComponent(name)}` };
}

/** The role's Trust relationships tab with the finding's statement highlighted. */
export function trustStatementHref(arn: string, statementIndex: number): string | undefined {
  const link = resourceLink(arn);
  if (!link || !link.href.startsWith('/roles/')) return undefined;
  return `${link.href}?tab=trust&statement=${statementIndex}`;
}

/** Unused access: what is unused and since when, in one line. */
export function unusedText(f: FindingSummary, formatDate: (iso: string) => string): string {
  if (f.findingType === 'UnusedPermission') {
    const services = f.unusedServices ?? [];
    return services
      .map((s) => (s.actions ? `${s.serviceNamespace} (${s.actions.length} actions)` : s.serviceNamespace))
      .join(', ');
  }
  const what = f.accessKeyId ? `Access key ${f.accessKeyId}` : FINDING_TYPE_LABELS[f.findingType];
  if (f.lastAccessed) return `${what}: last used ${formatDate(f.lastAccessed)}`;
  return f.unusedSince ? `${what}: never used (created ${formatDate(f.unusedSince)})` : what;
}
