import { changeOwnPassword } from '../../services/auth/change-own-password.js';
import { createAccessKey } from '../../services/credentials/access-keys/create-access-key.js';
import { deleteAccessKey } from '../../services/credentials/access-keys/delete-access-key.js';
import { getAccessKeyLastUsed } from '../../services/credentials/access-keys/get-access-key-last-used.js';
import { listAccessKeys } from '../../services/credentials/access-keys/list-access-keys.js';
import { updateAccessKey } from '../../services/credentials/access-keys/update-access-key.js';
import { createLoginProfile } from '../../services/credentials/login-profile/create-login-profile.js';
import { updateLoginProfile } from '../../services/credentials/login-profile/update-login-profile.js';
import { createVirtualMfaDevice } from '../../services/credentials/mfa/create-virtual-mfa-device.js';
import { deactivateMfaDevice } from '../../services/credentials/mfa/deactivate-mfa-device.js';
import { deleteVirtualMfaDevice } from '../../services/credentials/mfa/delete-virtual-mfa-device.js';
import { enableMfaDevice } from '../../services/credentials/mfa/enable-mfa-device.js';
import { listMfaDevices } from '../../services/credentials/mfa/list-mfa-devices.js';
import { listVirtualMfaDevices } from '../../services/credentials/mfa/list-virtual-mfa-devices.js';
import { resyncMfaDevice } from '../../services/credentials/mfa/resync-mfa-device.js';
import { deleteLoginProfile } from '../../services/login-profiles/delete-login-profile.js';
import { getLoginProfile } from '../../services/login-profiles/get-login-profile.js';
import type { ServiceContext } from '../../services/service-context.js';
import { checkedTags } from './tag-input.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';
import { withAwsErrorCodes } from './aws-error-codes.js';
import {
  awsAccessKey,
  awsAccessKeyLastUsed,
  awsAccessKeyMetadata,
  awsCreatedVirtualMfaDevice,
  awsLoginProfile,
  awsMfaDevice,
  awsVirtualMfaDevice,
} from './credential-shapes.js';
import { pageOf, truncation } from './paging.js';

const mfaCodes = (input: AwsInput) => ({
  userName: input.UserName as string,
  serialNumber: input.SerialNumber as string,
  authenticationCode1: input.AuthenticationCode1 as string,
  authenticationCode2: input.AuthenticationCode2 as string,
});

/**
 * The user an action on a login profile or an MFA device works on: `UserName`, or, omitted, the
 * calling IAM user (AWS's default, authorised on the caller's own ARN). The root user may omit it
 * only in an AssumeRoot session, which Gatehouse does not issue, and a role session is no user:
 * both must name the user, as AWS tells non-user callers of ListAccessKeys and the like.
 */
function userNameOrCaller(ctx: ServiceContext, input: AwsInput): string {
  if (input.UserName !== undefined) return input.UserName as string;
  if (ctx.principal.type === 'user') return ctx.principal.userName;
  throw new AwsError('ValidationError', 'Must specify userName when calling with non-User credentials');
}

const loginProfileActions: AwsActionTable = {
  CreateLoginProfile: async (ctx, input) => {
    const userName = userNameOrCaller(ctx, input);
    // The model leaves Password optional for AssumeRoot sessions (which must omit it); every
    // other caller must give it, so its absence answers the model's own null-member error.
    if (input.Password === undefined) {
      throw new AwsError(
        'ValidationError',
        "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null",
      );
    }
    return {
      LoginProfile: awsLoginProfile(
        await createLoginProfile({
          ctx,
          userName,
          password: input.Password,
          passwordResetRequired: input.PasswordResetRequired,
        }),
      ),
    };
  },
  GetLoginProfile: async (ctx, input) => ({
    LoginProfile: awsLoginProfile(await getLoginProfile({ ctx, userName: userNameOrCaller(ctx, input) })),
  }),
  UpdateLoginProfile: async (ctx, input) => {
    await updateLoginProfile({
      ctx,
      userName: input.UserName,
      password: input.Password,
      passwordResetRequired: input.PasswordResetRequired,
    });
  },
  DeleteLoginProfile: async (ctx, input) => {
    await deleteLoginProfile({ ctx, userName: userNameOrCaller(ctx, input) });
  },
  ChangePassword: async (ctx, input) => {
    // AWS's rule: the API changes an IAM user's own password; the root user's is the console's.
    if (ctx.principal.type !== 'user') {
      throw new AwsError(
        'InvalidUserType',
        'Only IAM users can change their own password with this operation',
      );
    }
    await changeOwnPassword({ ctx, oldPassword: input.OldPassword, newPassword: input.NewPassword });
  },
};

const accessKeyActions: AwsActionTable = {
  CreateAccessKey: async (ctx, input) => {
    const { owner, key, secretAccessKey } = await createAccessKey({ ctx, userName: input.UserName });
    return { AccessKey: awsAccessKey(owner, key, secretAccessKey) };
  },
  ListAccessKeys: async (ctx, input) => {
    const page = await listAccessKeys({ ctx, userName: input.UserName, ...pageOf(input) });
    return {
      AccessKeyMetadata: page.keys.map((key) => awsAccessKeyMetadata(page.owner, key)),
      ...truncation(page),
    };
  },
  UpdateAccessKey: async (ctx, input) => {
    // statusType also lists `Expired` (a service-specific credential's state): no caller sets it.
    if (input.Status === 'Expired') {
      throw new AwsError(
        'InvalidInput',
        'The status of an access key can only be set to Active or Inactive.',
      );
    }
    await updateAccessKey({
      ctx,
      userName: input.UserName,
      accessKeyId: input.AccessKeyId,
      status: input.Status,
    });
  },
  DeleteAccessKey: async (ctx, input) => {
    await deleteAccessKey({ ctx, userName: input.UserName, accessKeyId: input.AccessKeyId });
  },
  GetAccessKeyLastUsed: async (ctx, input) => {
    const { userName, key } = await getAccessKeyLastUsed({ ctx, accessKeyId: input.AccessKeyId });
    return { UserName: userName, AccessKeyLastUsed: awsAccessKeyLastUsed(key) };
  },
};

const mfaActions: AwsActionTable = {
  CreateVirtualMFADevice: async (ctx, input) => {
    const created = await createVirtualMfaDevice({
      ctx,
      deviceName: input.VirtualMFADeviceName,
      path: input.Path,
      unassigned: true,
      tags: checkedTags(input.Tags),
    });
    return { VirtualMFADevice: awsCreatedVirtualMfaDevice(created) };
  },
  EnableMFADevice: async (ctx, input) => {
    await withAwsErrorCodes(() => enableMfaDevice({ ctx, ...mfaCodes(input) }));
  },
  ResyncMFADevice: async (ctx, input) => {
    await withAwsErrorCodes(() => resyncMfaDevice({ ctx, ...mfaCodes(input) }));
  },
  DeactivateMFADevice: async (ctx, input) => {
    await deactivateMfaDevice({
      ctx,
      userName: userNameOrCaller(ctx, input),
      serialNumber: input.SerialNumber,
    });
  },
  DeleteVirtualMFADevice: async (ctx, input) => {
    await deleteVirtualMfaDevice({ ctx, serialNumber: input.SerialNumber });
  },
  ListMFADevices: async (ctx, input) => {
    const page = await listMfaDevices({ ctx, userName: input.UserName, enabledOnly: true, ...pageOf(input) });
    return { MFADevices: page.devices.map((d) => awsMfaDevice(page.owner, d)), ...truncation(page) };
  },
  ListVirtualMFADevices: async (ctx, input) => {
    const page = await listVirtualMfaDevices({
      ctx,
      assignmentStatus: input.AssignmentStatus,
      ...pageOf(input),
    });
    return {
      VirtualMFADevices: page.items.map((f) => awsVirtualMfaDevice(f, page.rootCreatedAt)),
      ...truncation(page),
    };
  },
};

export const credentialActions: AwsActionTable = {
  ...loginProfileActions,
  ...accessKeyActions,
  ...mfaActions,
};
