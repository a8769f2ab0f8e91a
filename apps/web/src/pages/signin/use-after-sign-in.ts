// What every sign-in form does on success: remember which page to come back to, learn who we
// are now, and go where the user was headed (or to the password change the server demands).
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { whoamiQuery } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { rememberSignIn, safeRedirect, type RememberedSignIn } from '../../app/sign-in-target.js';

export function useRedirectTarget(): string {
  const [params] = useSearchParams();
  return safeRedirect(params.get('redirect'));
}

export function useAfterSignIn(): (signIn: RememberedSignIn) => Promise<WhoAmI> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const target = useRedirectTarget();
  return async (signIn) => {
    rememberSignIn(localStorage, signIn);
    // The previous identity's cached data must not leak into this session. whoami itself is
    // refetched in place rather than removed: this page observes it, and an observer of a
    // removed query would never see the new identity (e.g. "must change password").
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    const me = await queryClient.fetchQuery({ ...whoamiQuery(), staleTime: 0 });
    if (!me.passwordResetRequired) navigate(target, { replace: true });
    return me;
  };
}
