// Session, sign-in and first-run setup.
import { queryOptions } from '@tanstack/react-query';
import { api, segment } from '../client.js';
import type { SetupRequest, SetupStatus, SigninInfo, WhoAmI } from '../types.js';
import type { SwitchRoleRequest } from '@gatehouse/contracts/switch-role';

export type { SwitchRoleRequest };

/** A display colour of a switched role's header label (the five AWS's console offers). */
export type SwitchRoleColor = NonNullable<SwitchRoleRequest['color']>;

/** Who the console acts as after switch role: whoami's `role` while `type` is `assumed-role`. */
export type SwitchedRole = NonNullable<WhoAmI['role']>;

/** A whoami answer of a switched session, with its role present. */
export type AssumedRoleWhoAmI = WhoAmI & { type: 'assumed-role'; role: SwitchedRole };

export function isSwitchedRole(me: WhoAmI): me is AssumedRoleWhoAmI {
  return me.type === 'assumed-role' && me.role !== undefined;
}

export const authKeys = {
  whoami: ['auth', 'whoami'] as const,
  setup: ['auth', 'setup'] as const,
  signinInfo: (account: string) => ['auth', 'signin-info', account] as const,
};

export const whoamiQuery = () =>
  queryOptions({
    queryKey: authKeys.whoami,
    queryFn: ({ signal }) => api.get<WhoAmI>('/api/auth/whoami', { signal, expectUnauthenticated: true }),
    staleTime: 60_000,
    retry: false,
  });

export const setupStatusQuery = () =>
  queryOptions({
    queryKey: authKeys.setup,
    queryFn: ({ signal }) => api.get<SetupStatus>('/api/setup', { signal, expectUnauthenticated: true }),
    retry: false,
  });

export const signinInfoQuery = (account: string) =>
  queryOptions({
    queryKey: authKeys.signinInfo(account),
    queryFn: ({ signal }) =>
      api.get<SigninInfo>(`/api/signin-info/${segment(account)}`, { signal, expectUnauthenticated: true }),
    retry: false,
  });

const quiet = { expectUnauthenticated: true };

export const signInRoot = (body: { email: string; password: string }) =>
  api.post<unknown>('/api/auth/signin/root', body, quiet);

export const signInIam = (body: { account: string; userName: string; password: string }) =>
  api.post<unknown>('/api/auth/signin/iam', body, quiet);

export const signOut = () => api.post<unknown>('/api/auth/signout', {}, quiet);

export const changePassword = (body: { oldPassword: string; newPassword: string }) =>
  api.post<unknown>('/api/auth/change-password', body);

export const completeSetup = (body: SetupRequest) => api.post<unknown>('/api/setup', body, quiet);

/** Console switch role: the session acts as the role (in its account) until it ends or switches back. */
export const switchRole = (body: SwitchRoleRequest) => api.post<unknown>('/api/auth/switch-role', body);

/** Ends the switched role session: the console acts as the signed-in user again. */
export const switchBack = () => api.post<unknown>('/api/auth/switch-back', {});
