// The IAM name rule, as AWS states it for users, groups, roles and policies: letters, digits and
// `+=,.@_-`, 1 to 64 characters (users, roles) or 1 to 128 (groups, policies).
import { describe, expect, it } from 'vitest';
import { mfaDeviceNameSchema } from '../src/credentials/mfa-devices.js';
import {
  IAM_NAME_MAX_LENGTH,
  IAM_NAME_PATTERN,
  groupNameSchema,
  policyNameSchema,
  roleNameSchema,
  userNameSchema,
} from '../src/iam/fields.js';
import { createOrgAccountRequestSchema } from '../src/organizations.js';
import { switchRoleRequestSchema } from '../src/switch-role.js';

describe('IAM names', () => {
  it('accepts every character AWS allows', () => {
    expect(userNameSchema.safeParse('a-Z_0.9+=,@').success).toBe(true);
  });

  it('rejects spaces, slashes and non-ASCII letters', () => {
    for (const name of ['ann smith', 'ops/ann', 'anné', '']) {
      expect(userNameSchema.safeParse(name).success, name).toBe(false);
    }
  });

  it('limits users and roles to 64 characters, groups and policies to 128', () => {
    for (const [schema, max] of [
      [userNameSchema, 64],
      [roleNameSchema, 64],
      [groupNameSchema, 128],
      [policyNameSchema, 128],
    ] as const) {
      expect(schema.safeParse('a'.repeat(max)).success).toBe(true);
      const tooLong = schema.safeParse('a'.repeat(max + 1));
      expect(tooLong.success).toBe(false);
      expect(tooLong.error?.issues[0]?.message).toMatch(`at most ${max} characters`);
    }
  });

  it('allows, of printable ASCII, exactly letters, digits and `+=,.@_-`', () => {
    const allowed = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
      .filter((c) => IAM_NAME_PATTERN.test(c))
      .join('');
    expect(allowed).toBe('+,-.0123456789=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz');
  });

  it('is the one rule wherever a role or device is named', () => {
    expect(IAM_NAME_MAX_LENGTH).toEqual({ user: 64, group: 128, role: 64, policy: 128, device: 226 });
    const role = 'r'.repeat(65);
    const account = { accountName: 'dev', email: 'dev@example.com' };
    expect(createOrgAccountRequestSchema.safeParse({ ...account, roleName: role }).success).toBe(false);
    expect(createOrgAccountRequestSchema.safeParse({ ...account, roleName: 'ops admin' }).success).toBe(
      false,
    );
    expect(createOrgAccountRequestSchema.safeParse({ ...account, roleName: 'OrgAccess' }).success).toBe(true);
    expect(switchRoleRequestSchema.safeParse({ account: '123456789012', roleName: role }).success).toBe(
      false,
    );
    expect(mfaDeviceNameSchema.safeParse('d'.repeat(226)).success).toBe(true);
    expect(mfaDeviceNameSchema.safeParse('d'.repeat(227)).success).toBe(false);
    expect(mfaDeviceNameSchema.safeParse('my phone').success).toBe(false);
  });
});
