import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../api/queries/auth.js';
import type { WhoAmI } from '../api/types.js';
import { identityLabel } from './identity-label.js';
import { signInPath, type RememberedSignIn } from './sign-in-target.js';
import { useFollow } from './use-follow.js';

export function ConsoleTopNavigation({ me }: { me: WhoAmI }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const follow = useFollow();
  const label = identityLabel(me);

  async function handleSignOut() {
    try {
      await signOut();
    } finally {
      // Whatever the server answered, this tab forgets the session's data.
      queryClient.clear();
      const back: RememberedSignIn =
        me.type === 'root' ? { kind: 'root' } : { kind: 'iam', account: me.alias ?? me.accountId };
      navigate(signInPath(back), { replace: true });
    }
  }

  return (
    <TopNavigation
      identity={{ href: '/', title: 'Gatehouse', onFollow: follow }}
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
            { id: 'security-credentials', text: 'Security credentials', href: '/security-credentials' },
            { id: 'signout', text: 'Sign out' },
          ],
          onItemClick: ({ detail }) => {
            if (detail.id === 'signout') void handleSignOut();
          },
          onItemFollow: follow,
        },
      ]}
      i18nStrings={{ overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All' }}
    />
  );
}
