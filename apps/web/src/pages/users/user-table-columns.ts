// The users table's columns as the preferences know them (AWS's console: which show by default),
// and which facts the list request must include for the visible ones.
import type { UserListInclude } from '../../api/types.js';
import {
  DEFAULT_PAGE_SIZES,
  type TablePreferencesConfig,
} from '../../components/table-preferences/table-preferences.js';

export const USERS_TABLE: TablePreferencesConfig = {
  tableId: 'users',
  columns: [
    { id: 'userName', label: 'User name', visibleByDefault: true, alwaysVisible: true },
    { id: 'path', label: 'Path', visibleByDefault: true },
    { id: 'groups', label: 'Groups', visibleByDefault: true },
    { id: 'lastActivity', label: 'Last activity', visibleByDefault: true },
    { id: 'mfa', label: 'MFA', visibleByDefault: true },
    { id: 'passwordAge', label: 'Password age', visibleByDefault: true },
    { id: 'passwordLastUsed', label: 'Console last sign-in', visibleByDefault: true },
    { id: 'accessKeyId', label: 'Access key ID', visibleByDefault: true },
    { id: 'activeKeyAge', label: 'Active key age', visibleByDefault: false },
    // Off by default (Last activity already counts key use) so the default columns fit a 1280 px window.
    { id: 'accessKeyLastUsed', label: 'Access key last used', visibleByDefault: false },
    { id: 'arn', label: 'ARN', visibleByDefault: false },
    { id: 'createDate', label: 'Creation time', visibleByDefault: true },
  ],
  pageSizes: DEFAULT_PAGE_SIZES,
  defaultPageSize: 50,
};

/** What each credential column needs; "None" versus "Never" needs to know of a password. */
const NEEDS: Partial<Record<string, UserListInclude[]>> = {
  groups: ['groups'],
  lastActivity: ['password', 'accessKeys'],
  mfa: ['mfa'],
  passwordAge: ['password'],
  passwordLastUsed: ['password'],
  accessKeyId: ['accessKeys'],
  activeKeyAge: ['accessKeys'],
  accessKeyLastUsed: ['accessKeys'],
};

const INCLUDE_ORDER: UserListInclude[] = ['groups', 'mfa', 'password', 'accessKeys'];

/** The `include` of the list request for these visible columns ('' when none needs any). */
export function userListInclude(visibleColumns: readonly string[]): string {
  const needed = new Set(visibleColumns.flatMap((id) => NEEDS[id] ?? []));
  return INCLUDE_ORDER.filter((i) => needed.has(i)).join(',');
}
