// Access keys, MFA devices, the password policy, the credential report and the account's
// security facts (docs/API.md "Credentials"). A credential owner is either the caller (`self`,
// AWS's "UserName omitted") or a named IAM user.
import { queryOptions } from '@tanstack/react-query';
import type {
  AccessKey,
  AccessKeyList,
  CreatedAccessKey,
} from '@gatehouse/contracts/credentials/access-keys';
import type { AccountSecurity } from '@gatehouse/contracts/credentials/account-security';
import type {
  CredentialReport,
  GenerateCredentialReportResponse,
} from '@gatehouse/contracts/credentials/credential-report';
import type {
  CreatedVirtualMfaDevice,
  MfaDevice,
  MfaDeviceList,
} from '@gatehouse/contracts/credentials/mfa-devices';
import type { MfaChallenge } from '@gatehouse/contracts/credentials/mfa-sign-in';
import type {
  PasswordPolicy,
  PasswordPolicyResponse,
  UpdatePasswordPolicyRequest,
} from '@gatehouse/contracts/credentials/password-policy';
import type { WhoAmI } from '@gatehouse/contracts/auth';
import { ApiError } from './api-error.js';
import { api, segment } from './client.js';

export type {
  AccessKey,
  AccountSecurity,
  CreatedAccessKey,
  CreatedVirtualMfaDevice,
  CredentialReport,
  MfaChallenge,
  MfaDevice,
  PasswordPolicy,
  PasswordPolicyResponse,
  UpdatePasswordPolicyRequest,
};

/** Whose credentials: the signed-in principal's own, or an IAM user's (administration). */
export type CredentialOwner = { kind: 'self' } | { kind: 'user'; userName: string };

export const SELF: CredentialOwner = { kind: 'self' };

function ownerBase(owner: CredentialOwner): string {
  return owner.kind === 'self' ? '/api/self' : `/api/users/${segment(owner.userName)}`;
}

function ownerKey(owner: CredentialOwner): string {
  return owner.kind === 'self' ? 'self' : `user:${owner.userName}`;
}

export const credentialKeys = {
  all: ['credentials'] as const,
  accessKeys: (owner: CredentialOwner) => ['credentials', ownerKey(owner), 'access-keys'] as const,
  mfaDevices: (owner: CredentialOwner) => ['credentials', ownerKey(owner), 'mfa-devices'] as const,
  passwordPolicy: ['credentials', 'password-policy'] as const,
  accountSecurity: ['credentials', 'account-security'] as const,
  credentialReport: ['credentials', 'credential-report'] as const,
};

export const accessKeysQuery = (owner: CredentialOwner) =>
  queryOptions({
    queryKey: credentialKeys.accessKeys(owner),
    queryFn: async ({ signal }) =>
      (await api.get<AccessKeyList>(`${ownerBase(owner)}/access-keys`, { signal })).items,
  });

export const createAccessKey = (owner: CredentialOwner) =>
  api.post<CreatedAccessKey>(`${ownerBase(owner)}/access-keys`, {});

export const updateAccessKey = (owner: CredentialOwner, accessKeyId: string, status: AccessKey['status']) =>
  api.patch<unknown>(`${ownerBase(owner)}/access-keys/${segment(accessKeyId)}`, { status });

export const deleteAccessKey = (owner: CredentialOwner, accessKeyId: string) =>
  api.delete(`${ownerBase(owner)}/access-keys/${segment(accessKeyId)}`);

export const mfaDevicesQuery = (owner: CredentialOwner) =>
  queryOptions({
    queryKey: credentialKeys.mfaDevices(owner),
    queryFn: async ({ signal }) =>
      (await api.get<MfaDeviceList>(`${ownerBase(owner)}/mfa-devices`, { signal })).items,
  });

export const createVirtualMfaDevice = (owner: CredentialOwner, deviceName: string) =>
  api.post<CreatedVirtualMfaDevice>(`${ownerBase(owner)}/mfa-devices`, { deviceName });

export const enableMfaDevice = (
  owner: CredentialOwner,
  serialNumber: string,
  codes: { authenticationCode1: string; authenticationCode2: string },
) => api.post<unknown>(`${ownerBase(owner)}/mfa-devices/${segment(serialNumber)}/enable`, codes);

export const resyncMfaDevice = (
  owner: CredentialOwner,
  serialNumber: string,
  codes: { authenticationCode1: string; authenticationCode2: string },
) => api.post<unknown>(`${ownerBase(owner)}/mfa-devices/${segment(serialNumber)}/resync`, codes);

export const deleteMfaDevice = (owner: CredentialOwner, serialNumber: string) =>
  api.delete(`${ownerBase(owner)}/mfa-devices/${segment(serialNumber)}`);

export const passwordPolicyQuery = () =>
  queryOptions({
    queryKey: credentialKeys.passwordPolicy,
    queryFn: ({ signal }) => api.get<PasswordPolicyResponse>('/api/account/password-policy', { signal }),
  });

export const putPasswordPolicy = (body: UpdatePasswordPolicyRequest) =>
  api.put<unknown>('/api/account/password-policy', body);

export const deletePasswordPolicy = () => api.delete('/api/account/password-policy');

export const accountSecurityQuery = () =>
  queryOptions({
    queryKey: credentialKeys.accountSecurity,
    queryFn: ({ signal }) => api.get<AccountSecurity>('/api/account/security', { signal }),
  });

/** The last generated report, or `null` before the first one (the server answers NoSuchEntity). */
export const credentialReportQuery = () =>
  queryOptions({
    queryKey: credentialKeys.credentialReport,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<CredentialReport>('/api/credential-report', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NoSuchEntity') return null;
        throw error;
      }
    },
  });

export const generateCredentialReport = () =>
  api.post<GenerateCredentialReportResponse>('/api/credential-report', {});

/** The second sign-in step: the code from the MFA device with the first step's token. */
export const signInWithMfa = (body: { mfaToken: string; code: string }) =>
  api.post<WhoAmI>('/api/auth/signin/mfa', body, { expectUnauthenticated: true });

/** Whether a first sign-in step's answer asks for an MFA code (else the session has started). */
export function mfaChallengeOf(answer: unknown): MfaChallenge | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const { mfaRequired, mfaToken } = answer as Partial<MfaChallenge>;
  return mfaRequired === true && typeof mfaToken === 'string' ? { mfaRequired, mfaToken } : null;
}
