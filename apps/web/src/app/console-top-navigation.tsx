import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isSwitchedRole, signOut } from '../api/queries/auth.js';
import type { WhoAmI } from '../api/types.js';
import { errorSummary } from '../components/format-api-error.js';
import { LazyConsoleSearch } from '../components/console-search/lazy-console-search.js';
import { recallRoleHistory, roleHistoryOwner } from '../components/switch-role/role-history.js';
import {
  historyEntryOfItem,
  roleMenuItems,
  SWITCH_BACK_ITEM,
} from '../components/switch-role/role-menu-items.js';
import { RoleColorSwatch, SwitchedRoleHeader } from '../components/switch-role/switched-role-header.js';
import { useRoleSessionExpiry } from '../components/switch-role/use-role-session-expiry.js';
import { useSwitchBack, useSwitchRole } from '../components/switch-role/use-switch-role.js';
import { accountOfArn, identityLabel } from './identity-label.js';
import { useNotifications } from './notifications.js';
import { recallSignIn, signInPath, type RememberedSignIn } from './sign-in-target.js';
import { useFollow } from './use-follow.js';

/** The sign-in page to return to: a switched session signs out of the user's own account. */
function signInAfterSignOut(me: WhoAmI): RememberedSignIn {
  if (me.type === 'root') return { kind: 'root' };
  if (isSwitchedRole(me)) {
    const remembered = recallSignIn(localStorage);
    if (remembered.kind === 'iam') return remembered;
    return { kind: 'iam', account: accountOfArn(me.role.sourceArn) ?? me.accountId };
  }
  return { kind: 'iam', account: me.alias ?? me.accountId };
}

export function ConsoleTopNavigation({ me }: { me: WhoAmI }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const follow = useFollow();
  const { notify } = useNotifications();
  const switchRole = useSwitchRole(me);
  const switchBack = useSwitchBack();
  useRoleSessionExpiry(me);
  const label = identityLabel(me);
  const history = me.type === 'root' ? [] : recallRoleHistory(localStorage, roleHistoryOwner(me));
  const roleItems = roleMenuItems(me, history, (entry) => <RoleColorSwatch color={entry.color} />);

  const signingOut = useMutation({
    mutationFn: signOut,
    // Whatever the server answered, this tab forgets the session's data.
    onSettled: () => {
      queryClient.clear();
      void navigate(signInPath(signInAfterSignOut(me)), { replace: true });
    },
  });

  function handleItem(id: string) {
    if (id === 'signout') return signingOut.mutate();
    const failed = (header: string) => (error: unknown) =>
      notify({ type: 'error', header, content: errorSummary(error) });
    if (id === SWITCH_BACK_ITEM) {
      return switchBack.mutate(undefined, { onError: failed('Could not switch back') });
    }
    const entry = historyEntryOfItem(id, me, history);
    if (entry) switchRole.mutate(entry, { onError: failed(`Could not switch to ${entry.displayName}`) });
  }

  const navigation = (
    <TopNavigation
      identity={{ href: '/', title: 'Gatehouse', onFollow: follow }}
      search={<LazyConsoleSearch />}
      utilities={[
        {
          type: 'menu-dropdown',
          text: label.text,
          description: label.description,
          iconName: 'user-profile',
          ariaLabel: `Account menu for ${label.text}`,
          items: [
            { id: 'account-id', text: `Account ID: ${me.accountId}`, disabled: true },
            { id: 'arn', text: me.arn, disabled: true },
            ...roleItems.identity,
            ...(me.type === 'assumed-role'
              ? []
              : [
                  { id: 'security-credentials', text: 'Security credentials', href: '/security-credentials' },
                ]),
            ...roleItems.actions,
            { id: 'signout', text: 'Sign out' },
          ],
          onItemClick: ({ detail }) => handleItem(detail.id),
          onItemFollow: follow,
        },
      ]}
      i18nStrings={{ overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All' }}
    />
  );
  return isSwitchedRole(me) ? (
    <SwitchedRoleHeader color={me.role.color}>{navigation}</SwitchedRoleHeader>
  ) : (
    navigation
  );
}
