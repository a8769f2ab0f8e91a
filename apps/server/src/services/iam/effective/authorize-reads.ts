import { authorize } from '../../../authz/authorize.js';
import type { EffectivePolicy } from '../../../authz/effective-policies.js';
import type { ServiceContext } from '../../service-context.js';

export interface Read {
  action: string;
  resource: string;
}

/** The reads that reveal each policy's text: Get*Policy on its owner, GetPolicyVersion on a managed policy. */
export function documentReads(policies: EffectivePolicy[], ownerArn: string, word: 'User' | 'Role'): Read[] {
  return policies.map((p): Read => {
    if (p.policyArn) return { action: 'iam:GetPolicyVersion', resource: p.policyArn };
    if (p.source.kind === 'group-inline')
      return { action: 'iam:GetGroupPolicy', resource: p.source.groupArn };
    return { action: `iam:Get${word}Policy`, resource: ownerArn };
  });
}

/** Authorises each distinct read in turn: the first one refused is the AccessDenied the caller sees. */
export async function authorizeReads(ctx: ServiceContext, reads: Read[]): Promise<void> {
  const seen = new Set<string>();
  for (const read of reads) {
    const key = `${read.action} ${read.resource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await authorize(ctx, read.action, read.resource);
  }
}
