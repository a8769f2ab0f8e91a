import { describe, expect, it } from 'vitest';
import { policyAvailability } from './policy-availability.js';

const readOnly = { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', isAttachable: true, attachmentCount: 3 };
const linked = {
  arn: 'arn:aws:iam::aws:policy/aws-service-role/AccessAnalyzerServiceRolePolicy',
  isAttachable: false,
  attachmentCount: 0,
};

describe('policyAvailability', () => {
  it('offers an attachable policy with its attachment count', () => {
    expect(policyAvailability(readOnly, [])).toEqual({ pickable: true, usage: 3 });
  });

  it('does not offer one the entity already has', () => {
    expect(policyAvailability(readOnly, [readOnly.arn])).toEqual({
      pickable: false,
      usage: 'Already attached',
    });
  });

  it('does not offer a policy AWS reserves for service-linked roles, and says why', () => {
    expect(policyAvailability(linked, [])).toEqual({
      pickable: false,
      usage: 'Not attachable (service-linked roles only)',
    });
  });
});
