// "Role history", as AWS's console keeps it: the last roles switched to (up to five, newest
// first), offered in the account menu to switch again in one click. Kept in this browser's
// localStorage, one list per signed-in user (a shared browser does not show one person's roles
// to another). Pure functions over a Storage so they can be unit-tested.
import type { SwitchRoleColor } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { isRoleColor } from './role-colors.js';

export interface RoleHistoryEntry {
  /** As the user typed it: the 12-digit account id or the account's alias. */
  account: string;
  roleName: string;
  displayName: string;
  color: SwitchRoleColor | null;
}

export const ROLE_HISTORY_LIMIT = 5;

const KEY_PREFIX = 'gatehouse.roleHistory:';

/** Whose history a session shows: the user's, also while it acts as a role. */
export function roleHistoryOwner(me: WhoAmI): string {
  return me.role?.sourceArn ?? me.arn;
}

export function sameRole(a: Pick<RoleHistoryEntry, 'account' | 'roleName'>, b: typeof a): boolean {
  // Role names are unique per account ignoring case; aliases are lowercase.
  return (
    a.account.toLowerCase() === b.account.toLowerCase() &&
    a.roleName.toLowerCase() === b.roleName.toLowerCase()
  );
}

export function recallRoleHistory(storage: Pick<Storage, 'getItem'>, owner: string): RoleHistoryEntry[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(KEY_PREFIX + owner) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((value) => {
      const entry = asEntry(value);
      return entry ? [entry] : [];
    });
  } catch {
    // A corrupt entry is an empty history, never a broken menu.
    return [];
  }
}

/** Puts `entry` first (replacing an earlier switch to the same role) and keeps the newest five. */
export function rememberRole(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  owner: string,
  entry: RoleHistoryEntry,
): RoleHistoryEntry[] {
  const history = [entry, ...recallRoleHistory(storage, owner).filter((e) => !sameRole(e, entry))].slice(
    0,
    ROLE_HISTORY_LIMIT,
  );
  try {
    storage.setItem(KEY_PREFIX + owner, JSON.stringify(history));
  } catch {
    // Storage can be full or disabled: the switch itself worked, only the shortcut is lost.
  }
  return history;
}

function asEntry(value: unknown): RoleHistoryEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { account, roleName, displayName, color } = value as Record<string, unknown>;
  if (typeof account !== 'string' || typeof roleName !== 'string' || !account || !roleName) return undefined;
  return {
    account,
    roleName,
    displayName:
      typeof displayName === 'string' && displayName ? displayName : defaultDisplayName(roleName, account),
    color: typeof color === 'string' && isRoleColor(color) ? color : null,
  };
}

/** AWS's default display name for a switched role: `role @ account`. */
export function defaultDisplayName(roleName: string, account: string): string {
  return `${roleName} @ ${account}`;
}
