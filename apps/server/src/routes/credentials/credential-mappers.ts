import type {
  AccessKey as AccessKeyBody,
  CreatedAccessKey as CreatedAccessKeyBody,
} from '@gatehouse/contracts/credentials/access-keys';
import type { MfaDevice as MfaDeviceBody } from '@gatehouse/contracts/credentials/mfa-devices';
import type { PasswordPolicy as PasswordPolicyBody } from '@gatehouse/contracts/credentials/password-policy';
import type { AccessKey, MfaDevice, PasswordPolicy } from '../../db/generated/client.js';
import type { CredentialOwner } from '../../services/credentials/credential-owner.js';

const ownerName = (owner: CredentialOwner) => (owner.userName ? { userName: owner.userName } : {});

export function toAccessKey(owner: CredentialOwner, key: AccessKey): AccessKeyBody {
  return {
    accessKeyId: key.id,
    ...ownerName(owner),
    status: key.status,
    createDate: key.createdAt.toISOString(),
    lastUsed: key.lastUsedAt
      ? {
          date: key.lastUsedAt.toISOString(),
          serviceName: key.lastUsedService ?? 'N/A',
          region: key.lastUsedRegion ?? 'N/A',
        }
      : null,
  };
}

export function toCreatedAccessKey(
  owner: CredentialOwner,
  key: AccessKey,
  secret: string,
): CreatedAccessKeyBody {
  return {
    accessKeyId: key.id,
    ...ownerName(owner),
    status: key.status,
    createDate: key.createdAt.toISOString(),
    secretAccessKey: secret,
    root: owner.kind === 'root',
  };
}

export function toMfaDevice(owner: CredentialOwner, device: MfaDevice): MfaDeviceBody {
  return {
    serialNumber: device.serialNumber,
    ...ownerName(owner),
    enableDate: device.enabledAt?.toISOString() ?? null,
    createDate: device.createdAt.toISOString(),
  };
}

export function toPasswordPolicy(policy: PasswordPolicy): PasswordPolicyBody {
  return {
    minimumPasswordLength: policy.minimumPasswordLength,
    requireSymbols: policy.requireSymbols,
    requireNumbers: policy.requireNumbers,
    requireUppercaseCharacters: policy.requireUppercaseCharacters,
    requireLowercaseCharacters: policy.requireLowercaseCharacters,
    allowUsersToChangePassword: policy.allowUsersToChangePassword,
    expirePasswords: policy.maxPasswordAge !== null,
    maxPasswordAge: policy.maxPasswordAge,
    passwordReusePrevention: policy.passwordReusePrevention,
    hardExpiry: policy.hardExpiry,
  };
}
