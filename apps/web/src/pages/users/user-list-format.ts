// The users table's credential columns in the IAM console's words. A fact the server did not
// send (the column was not asked for, or the caller may not read it of this user) shows as "-";
// "None" means the user has no such credential, "Never" that it has one never used.
import type { ListedAccessKey, User } from '../../api/types.js';
import { formatAge } from '../../components/format-date.js';

const UNKNOWN = '-';
const DAY_MS = 24 * 3600 * 1000;

/** An age in whole days, as the console shows password and key ages: "Today", "1 day", "45 days". */
export function formatDays(iso: string, now: Date = new Date()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const days = Math.floor((now.getTime() - then) / DAY_MS);
  if (days < 1) return 'Today';
  return days === 1 ? '1 day' : `${days} days`;
}

export function formatGroupCount(user: User): string {
  if (user.groupCount === undefined) return UNKNOWN;
  return user.groupCount === 0 ? 'None' : String(user.groupCount);
}

/** Gatehouse's MFA devices are all virtual (TOTP) ones. */
export function formatMfa(user: User): string {
  if (user.mfaDeviceCount === undefined) return UNKNOWN;
  if (user.mfaDeviceCount === 0) return 'None';
  return user.mfaDeviceCount === 1 ? 'Virtual' : `Virtual (${user.mfaDeviceCount})`;
}

export function formatPasswordAge(user: User, now: Date = new Date()): string {
  if (user.passwordChangeDate === undefined) return UNKNOWN;
  return user.passwordChangeDate === null ? 'None' : formatDays(user.passwordChangeDate, now);
}

export function formatConsoleLastSignIn(user: User, now: Date = new Date()): string {
  if (user.passwordLastUsed) return formatAge(user.passwordLastUsed, now);
  return user.passwordChangeDate === null ? 'None' : 'Never';
}

export function formatLastActivity(user: User, now: Date = new Date()): string {
  if (user.lastActivity === undefined) return UNKNOWN;
  if (user.lastActivity) return formatAge(user.lastActivity, now);
  const hasCredential = !!user.passwordChangeDate || (user.accessKeys?.length ?? 0) > 0;
  return hasCredential || user.passwordChangeDate === undefined ? 'Never' : 'None';
}

/** Active keys first, then inactive ones, each oldest first. */
function keysByStatus(keys: ListedAccessKey[]): ListedAccessKey[] {
  return [...keys.filter((k) => k.status === 'Active'), ...keys.filter((k) => k.status !== 'Active')];
}

/** One line per key: "Active - AKIA… (12 days)", "Inactive - AKIA…"; "None" without keys. */
export function formatAccessKeyIds(user: User, now: Date = new Date()): string[] {
  if (user.accessKeys === undefined) return [UNKNOWN];
  if (user.accessKeys.length === 0) return ['None'];
  return keysByStatus(user.accessKeys).map((k) =>
    k.status === 'Active'
      ? `Active - ${k.accessKeyId} (${formatDays(k.createDate, now)})`
      : `Inactive - ${k.accessKeyId}`,
  );
}

/** The age of the oldest active key. */
export function formatActiveKeyAge(user: User, now: Date = new Date()): string {
  if (user.accessKeys === undefined) return UNKNOWN;
  const oldest = user.accessKeys.find((k) => k.status === 'Active');
  return oldest ? formatDays(oldest.createDate, now) : 'None';
}

/** When any of the user's keys was last used. */
export function formatAccessKeyLastUsed(user: User, now: Date = new Date()): string {
  const keys = user.accessKeys;
  if (keys === undefined) return UNKNOWN;
  if (keys.length === 0) return 'None';
  if (keys.some((k) => k.lastUsed === undefined)) return UNKNOWN;
  const dates = keys.flatMap((k) => (k.lastUsed ? [k.lastUsed.date] : []));
  if (dates.length === 0) return 'Never';
  return formatAge(
    dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)),
    now,
  );
}
