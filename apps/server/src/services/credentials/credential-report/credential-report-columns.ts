/** AWS's credential report columns, in AWS's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

export type CredentialReportRow = Record<(typeof CREDENTIAL_REPORT_COLUMNS)[number], string>;

/** AWS writes times as `2024-05-14T19:09:12+00:00`; `N/A` where there is nothing to date. */
export function reportTime(date: Date | null | undefined): string {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, '+00:00') : 'N/A';
}

export interface ReportKey {
  status: 'Active' | 'Inactive';
  createdAt: Date;
  lastUsedAt: Date | null;
  lastUsedRegion: string | null;
  lastUsedService: string | null;
}

/** The access_key_N_* columns for a principal's first and second key (oldest first). */
export function accessKeyColumns(keys: ReportKey[]): Partial<CredentialReportRow> {
  const out: Record<string, string> = {};
  for (const n of [1, 2] as const) {
    const key = keys[n - 1];
    out[`access_key_${n}_active`] = key?.status === 'Active' ? 'true' : 'false';
    out[`access_key_${n}_last_rotated`] = reportTime(key?.createdAt);
    out[`access_key_${n}_last_used_date`] = reportTime(key?.lastUsedAt);
    out[`access_key_${n}_last_used_region`] = key?.lastUsedAt ? (key.lastUsedRegion ?? 'N/A') : 'N/A';
    out[`access_key_${n}_last_used_service`] = key?.lastUsedAt ? (key.lastUsedService ?? 'N/A') : 'N/A';
  }
  return out;
}

/** Gatehouse has no signing certificates: AWS's values for a user without any. */
export const NO_CERTIFICATES = {
  cert_1_active: 'false',
  cert_1_last_rotated: 'N/A',
  cert_2_active: 'false',
  cert_2_last_rotated: 'N/A',
} as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: CredentialReportRow[]): string {
  const lines = [CREDENTIAL_REPORT_COLUMNS.join(',')];
  for (const row of rows) lines.push(CREDENTIAL_REPORT_COLUMNS.map((c) => csvField(row[c])).join(','));
  return lines.join('\n') + '\n';
}
