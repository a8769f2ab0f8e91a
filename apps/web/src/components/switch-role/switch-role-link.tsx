// A role summary's "Link to switch roles in console", as AWS's shows it: the /switchrole link
// (account alias or id, role name, display name) that fills in the Switch Role form for whoever
// it is given to, with a copy button. The account is the one the console shows now: the role's.
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { useQuery } from '@tanstack/react-query';
import { whoamiQuery } from '../../api/queries/auth.js';
import { switchRoleUrl } from './switch-role-url.js';

export const SWITCH_ROLE_LINK_LABEL = 'Link to switch roles in console';

export function SwitchRoleLink({ roleName }: { roleName: string }) {
  const whoami = useQuery(whoamiQuery());
  if (!whoami.data) return <>-</>;
  const account = whoami.data.alias ?? whoami.data.accountId;
  const url = switchRoleUrl(window.location.origin, { account, roleName, displayName: roleName });
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={url}
      copyButtonAriaLabel="Copy link to switch roles in console"
      copySuccessText="Link copied"
      copyErrorText="Link failed to copy"
    />
  );
}
