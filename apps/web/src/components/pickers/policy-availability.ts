// Whether the policy picker offers a policy, and what its last column says about it: already
// attached, reserved by AWS for service-linked roles (attaching it would be refused with
// PolicyNotAttachable), or how many of this account's entities use it.
import type { ManagedPolicy } from '../../api/types.js';

export interface PolicyAvailability {
  pickable: boolean;
  usage: string | number;
}

export function policyAvailability(
  policy: Pick<ManagedPolicy, 'arn' | 'isAttachable' | 'attachmentCount'>,
  attached: readonly string[],
): PolicyAvailability {
  if (attached.includes(policy.arn)) return { pickable: false, usage: 'Already attached' };
  if (!policy.isAttachable) return { pickable: false, usage: 'Not attachable (service-linked roles only)' };
  return { pickable: true, usage: policy.attachmentCount };
}
