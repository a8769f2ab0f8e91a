// The console's name checks are the server's: each form validator accepts exactly what the
// contract's schema (the one the server parses requests with) accepts, on every printable ASCII
// character, on letters and digits of other scripts, and at each length limit.
import { describe, expect, it } from 'vitest';
import { mfaDeviceNameSchema } from '@gatehouse/contracts/credentials/mfa-devices';
import {
  IAM_NAME_MAX_LENGTH,
  groupNameSchema,
  policyNameSchema,
  roleNameSchema,
  userNameSchema,
} from '@gatehouse/contracts/iam/fields';
import { createVirtualMfaDeviceRequestSchema } from '@gatehouse/contracts/credentials/mfa-devices';
import { createUserRequestSchema } from '@gatehouse/contracts/iam/users';
import {
  iamNameConstraint,
  validateGroupName,
  validateMfaDeviceName,
  validatePolicyName,
  validateRoleName,
  validateUserName,
} from './iam-names.js';

const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const candidates = (max: number) => [
  ...printableAscii.map((c) => `a${c}b`),
  ...['é', 'ß', 'Ω', 'ж', '名', '٣', '²', '\t', '\n', '\u00a0', '\u200b', '😀'].map((c) => `a${c}`),
  '',
  'a',
  'x'.repeat(max - 1),
  'x'.repeat(max),
  'x'.repeat(max + 1),
  'x'.repeat(max + 1) + ' ',
];

const forms = [
  { kind: 'user', validate: validateUserName, schema: userNameSchema },
  { kind: 'group', validate: validateGroupName, schema: groupNameSchema },
  { kind: 'role', validate: validateRoleName, schema: roleNameSchema },
  { kind: 'policy', validate: validatePolicyName, schema: policyNameSchema },
  { kind: 'device', validate: validateMfaDeviceName, schema: mfaDeviceNameSchema },
] as const;

describe.each(forms)('the $kind name field', ({ kind, validate, schema }) => {
  const max = IAM_NAME_MAX_LENGTH[kind];

  it("refuses exactly what the server's schema refuses", () => {
    const disagreements = candidates(max).filter(
      (name) => (validate(name) === undefined) !== schema.safeParse(name).success,
    );
    expect(disagreements).toEqual([]);
  });

  it('says why, with the limit the server applies', () => {
    expect(validate('')).toMatch(/^Enter a /);
    expect(validate('x'.repeat(max + 1))).toBe(`The ${kind} name can have up to ${max} characters.`);
    expect(validate('a b')).toMatch(
      /can contain only alphanumeric characters and the following: \+ = , \. @ _ -$/,
    );
  });
});

describe('the rule the server applies to requests', () => {
  it('is the same schema: a request the user form refuses is refused by the create-user contract', () => {
    for (const name of ['a b', 'anné', 'x'.repeat(65), 'ops/ann']) {
      expect(validateUserName(name)).toBeDefined();
      expect(createUserRequestSchema.safeParse({ userName: name }).success).toBe(false);
    }
    expect(validateMfaDeviceName('phone:1')).toBeDefined();
    expect(createVirtualMfaDeviceRequestSchema.safeParse({ deviceName: 'phone:1' }).success).toBe(false);
  });

  it('gives the constraint text under each name field from the same limits', () => {
    expect(iamNameConstraint('user')).toBe('Up to 64 characters: letters, digits and + = , . @ _ -.');
    expect(iamNameConstraint('group')).toBe('Up to 128 characters: letters, digits and + = , . @ _ -.');
    expect(iamNameConstraint('role')).toContain('64');
    expect(iamNameConstraint('policy')).toContain('128');
  });
});
