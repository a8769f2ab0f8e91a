// The switch role link a role's page shows (AWS's "Link to switch roles in console") and its
// inverse: the `/switchrole?account=…&roleName=…&displayName=…` query read back into the form.
// Both here so the link written and the link read cannot drift apart.
import type { SwitchRoleColor } from '../../api/queries/auth.js';
import { isRoleColor } from './role-colors.js';

export const SWITCH_ROLE_PATH = '/switchrole';

export interface SwitchRoleFields {
  account: string;
  roleName: string;
  displayName: string;
  color: SwitchRoleColor | null;
}

/** `<origin>/switchrole?account=<id or alias>&roleName=<name>&displayName=<name>`, as AWS writes it. */
export function switchRoleUrl(
  origin: string,
  link: { account: string; roleName: string; displayName?: string },
): string {
  const params: [string, string][] = [
    ['account', link.account],
    ['roleName', link.roleName],
  ];
  if (link.displayName) params.push(['displayName', link.displayName]);
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${origin}${SWITCH_ROLE_PATH}?${query}`;
}

/** The form's first values from the page's query; anything missing or unknown stays empty. */
export function switchRoleFieldsFromSearch(search: URLSearchParams): SwitchRoleFields {
  const color = search.get('color');
  return {
    account: search.get('account')?.trim() ?? '',
    roleName: search.get('roleName')?.trim() ?? '',
    displayName: search.get('displayName') ?? '',
    color: isRoleColor(color) ? color : null,
  };
}
