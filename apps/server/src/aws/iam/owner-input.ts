// Which request member names the user, group or role an action works on: AWS's actions on
// the three kinds differ only by it (AttachUserPolicy's UserName, AttachGroupPolicy's GroupName…).
import type { PolicyOwnerKind } from '../../services/iam/common/entity-target.js';
import type { AwsInput } from '../action-table.js';

const NAME_MEMBER = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;

export type OwnerNameMember = (typeof NAME_MEMBER)[PolicyOwnerKind];

export function ownerNameMember(kind: PolicyOwnerKind): OwnerNameMember {
  return NAME_MEMBER[kind];
}

/** The owner's name from the validated input (the model marks the member required). */
export function ownerNameOf(kind: PolicyOwnerKind, input: AwsInput): string {
  return input[NAME_MEMBER[kind]] as string;
}
