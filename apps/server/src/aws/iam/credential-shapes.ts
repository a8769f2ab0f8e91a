// Access keys, MFA devices and login profiles → IAM's output structures (AWS's member names).
// A root user's credentials carry no UserName: the root user has no IAM user name.
import type { AccessKey, LoginProfile, MfaDevice, User } from '../../db/generated/client.js';
import { rootArn } from '../../model/arns.js';
import type { CredentialOwner } from '../../services/credentials/credential-owner.js';
import type { CreatedVirtualMfaDevice } from '../../services/credentials/mfa/create-virtual-mfa-device.js';
import type { VirtualMfaDeviceFacts } from '../../services/credentials/mfa/list-virtual-mfa-devices.js';
import { awsUserSummary } from './iam-shapes.js';
import { qrCodePng } from './qr-code-png.js';

/** ListAccessKeys: never the secret. */
export function awsAccessKeyMetadata(owner: CredentialOwner, key: AccessKey) {
  return { UserName: owner.userName, AccessKeyId: key.id, Status: key.status, CreateDate: key.createdAt };
}

/** CreateAccessKey: the only response that carries the secret. */
export function awsAccessKey(owner: CredentialOwner, key: AccessKey, secretAccessKey: string) {
  return { ...awsAccessKeyMetadata(owner, key), SecretAccessKey: secretAccessKey };
}

/** GetAccessKeyLastUsed: AWS's `N/A` for a key that never signed a request. */
export function awsAccessKeyLastUsed(key: AccessKey) {
  return key.lastUsedAt
    ? {
        LastUsedDate: key.lastUsedAt,
        ServiceName: key.lastUsedService ?? 'N/A',
        Region: key.lastUsedRegion ?? 'N/A',
      }
    : { ServiceName: 'N/A', Region: 'N/A' };
}

export function awsMfaDevice(owner: CredentialOwner, device: MfaDevice) {
  return { UserName: owner.userName, SerialNumber: device.serialNumber, EnableDate: device.enabledAt };
}

/** CreateVirtualMFADevice: the seed as AWS sends it (the base32 text as a blob) and its QR code. */
export function awsCreatedVirtualMfaDevice(created: CreatedVirtualMfaDevice) {
  return {
    SerialNumber: created.serialNumber,
    Base32StringSeed: Buffer.from(created.base32StringSeed, 'ascii'),
    QRCodePNG: qrCodePng(created.otpauthUri),
  };
}

/** ListVirtualMFADevices: the user it is enabled for (the root user by its ARN), no tags. */
export function awsVirtualMfaDevice(facts: VirtualMfaDeviceFacts, rootCreatedAt: Date | undefined) {
  const { device, user } = facts;
  return {
    SerialNumber: device.serialNumber,
    User: user ? awsUserSummary(user) : rootUser(device, rootCreatedAt),
    EnableDate: device.enabledAt ?? undefined,
  };
}

function rootUser(device: MfaDevice, createdAt: Date | undefined) {
  if (!device.forRoot || !device.enabledAt || !createdAt) return undefined;
  return { Path: '/', UserId: device.accountId, Arn: rootArn(device.accountId), CreateDate: createdAt };
}

export function awsLoginProfile(login: { user: User; profile: LoginProfile }) {
  return {
    UserName: login.user.name,
    CreateDate: login.profile.createdAt,
    PasswordResetRequired: login.profile.passwordResetRequired,
  };
}
