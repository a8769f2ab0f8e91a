// A switched role session lasts the role's MaxSessionDuration; after it the server answers as the
// user again. When that time comes the console asks whoami again, so the header and every page
// stop claiming the role, and says so. A browser clock ahead of the server's would ask too
// early: then it asks again a little later until the server agrees.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { authKeys, isSwitchedRole } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { useNotifications } from '../../app/notifications.js';
import { actAsNewIdentity } from './act-as-new-identity.js';

const RECHECK_MS = 30_000;
/** setTimeout's longest delay (about 24.8 days); longer waits are taken in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function useRoleSessionExpiry(me: WhoAmI): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const expiresAt = isSwitchedRole(me) ? me.role.expiresAt : undefined;
  const displayName = me.role?.displayName;

  useEffect(() => {
    if (!expiresAt) return;
    const endsAt = Date.parse(expiresAt);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const schedule = (delay: number) => {
      timer = setTimeout(() => void check(), Math.min(Math.max(delay, 0), MAX_DELAY_MS));
    };
    const check = async () => {
      if (Date.now() < endsAt) return schedule(endsAt - Date.now());
      await queryClient.refetchQueries({ queryKey: authKeys.whoami, exact: true });
      if (cancelled) return;
      const now = queryClient.getQueryData<WhoAmI>(authKeys.whoami);
      if (now?.role?.expiresAt === expiresAt) return schedule(RECHECK_MS);
      await actAsNewIdentity(queryClient);
      notify({
        type: 'info',
        content: `The role session ${displayName ?? ''} ended. The console acts as ${now?.arn ?? 'you'} again.`,
      });
      navigate('/');
    };
    schedule(endsAt - Date.now() + 1000);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [expiresAt, displayName, queryClient, navigate, notify]);
}
