// The IAM name rule, as AWS states it for users, groups, roles and policies: letters, digits and
// `+=,.@_-`, 1 to 64 characters (users, roles) or 1 to 128 (groups, policies).
import { describe, expect, it } from 'vitest';
import { groupNameSchema, policyNameSchema, roleNameSchema, userNameSchema } from '../src/iam/fields.js';

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
});
