// The account menu's switch role entries, as AWS's console shows them: "Switch role" for IAM
// users and switched sessions (never the root user, whom AWS does not let assume roles); while
// switched, where the session came from and "Switch back"; and the role history, each a one-click
// switch (the role the console acts as now is left out).
import type { ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import { isSwitchedRole } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { defaultDisplayName, sameRole, type RoleHistoryEntry } from './role-history.js';
import { SWITCH_ROLE_PATH } from './switch-role-url.js';

export const SWITCH_BACK_ITEM = 'switch-back';
const HISTORY_ITEM_PREFIX = 'role-history-';

export interface RoleMenuItems {
  /** Under the identity: where a switched session came from. */
  identity: ButtonDropdownProps.Item[];
  /** Switch back, Switch role and the role history. */
  actions: ButtonDropdownProps.ItemOrGroup[];
}

/** The history entries the menu offers, in the order it shows them. */
export function offeredHistory(me: WhoAmI, history: readonly RoleHistoryEntry[]): RoleHistoryEntry[] {
  if (!isSwitchedRole(me)) return [...history];
  const current = { account: me.accountId, roleName: me.role.roleName };
  const currentByAlias = me.alias ? { account: me.alias, roleName: me.role.roleName } : current;
  return history.filter((entry) => !sameRole(entry, current) && !sameRole(entry, currentByAlias));
}

export function roleMenuItems(
  me: WhoAmI,
  history: readonly RoleHistoryEntry[],
  colorIcon: (entry: RoleHistoryEntry) => ButtonDropdownProps.Item['iconSvg'],
): RoleMenuItems {
  if (me.type === 'root') return { identity: [], actions: [] };
  const switched = isSwitchedRole(me);
  const identity: ButtonDropdownProps.Item[] = switched
    ? [{ id: 'switched-from', text: `Switched from: ${me.role.sourceArn}`, disabled: true }]
    : [];
  const actions: ButtonDropdownProps.ItemOrGroup[] = [];
  if (switched) actions.push({ id: SWITCH_BACK_ITEM, text: 'Switch back' });
  actions.push({ id: 'switch-role', text: 'Switch role', href: SWITCH_ROLE_PATH });
  const offered = offeredHistory(me, history);
  if (offered.length > 0) {
    actions.push({
      text: 'Role history',
      items: offered.map((entry, index) => ({
        id: `${HISTORY_ITEM_PREFIX}${index}`,
        text: entry.displayName,
        // The role and account, unless the display name already says them (AWS's default).
        secondaryText:
          entry.displayName === defaultDisplayName(entry.roleName, entry.account)
            ? undefined
            : `${entry.roleName} @ ${entry.account}`,
        iconSvg: colorIcon(entry),
      })),
    });
  }
  return { identity, actions };
}

/** The history entry a clicked menu item stands for, if it is one. */
export function historyEntryOfItem(
  itemId: string,
  me: WhoAmI,
  history: readonly RoleHistoryEntry[],
): RoleHistoryEntry | undefined {
  if (!itemId.startsWith(HISTORY_ITEM_PREFIX)) return undefined;
  return offeredHistory(me, history)[Number(itemId.slice(HISTORY_ITEM_PREFIX.length))];
}
