import type { DbOrTx } from '../../../db/client.js';
import { count } from '../common/errors.js';
import { arnOfGroup } from '../common/targets.js';

/** What keeps AWS from deleting a user: each must be removed first (or by a forced delete). */
export interface UserDependencies {
  loginProfile: boolean;
  groups: { id: string; name: string; arn: string }[];
  attachedPolicies: { policyId: string; arn: string }[];
  inlinePolicies: string[];
  accessKeys: string[];
  mfaDevices: string[];
}

export async function loadUserDependencies(db: DbOrTx, userId: string): Promise<UserDependencies> {
  const [loginProfile, memberships, attachments, inline, keys, mfa] = await Promise.all([
    db.loginProfile.count({ where: { userId } }),
    db.groupMembership.findMany({ where: { userId }, include: { group: true } }),
    db.policyAttachment.findMany({ where: { userId }, include: { policy: { select: { arn: true } } } }),
    db.inlinePolicy.findMany({ where: { userId }, select: { name: true } }),
    db.accessKey.findMany({ where: { userId }, select: { id: true } }),
    db.mfaDevice.findMany({ where: { userId }, select: { serialNumber: true } }),
  ]);
  return {
    loginProfile: loginProfile > 0,
    groups: memberships
      .map((m) => ({ id: m.group.id, name: m.group.name, arn: arnOfGroup(m.group) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    attachedPolicies: attachments
      .map((a) => ({ policyId: a.policyId, arn: a.policy.arn }))
      .sort((a, b) => (a.policyId < b.policyId ? -1 : 1)),
    inlinePolicies: inline.map((p) => p.name).sort(),
    accessKeys: keys.map((k) => k.id).sort(),
    mfaDevices: mfa.map((d) => d.serialNumber).sort(),
  };
}

/** "a login profile", "2 group memberships", ... — empty when nothing blocks the delete. */
export function describeUserDependencies(d: UserDependencies): string[] {
  const out: string[] = [];
  if (d.loginProfile) out.push('a login profile (console password)');
  if (d.groups.length) out.push(count(d.groups.length, 'group membership'));
  if (d.attachedPolicies.length)
    out.push(count(d.attachedPolicies.length, 'attached policy', 'attached policies'));
  if (d.inlinePolicies.length) out.push(count(d.inlinePolicies.length, 'inline policy', 'inline policies'));
  if (d.accessKeys.length) out.push(count(d.accessKeys.length, 'access key'));
  if (d.mfaDevices.length) out.push(count(d.mfaDevices.length, 'MFA device'));
  return out;
}

export function sameDependencies(a: UserDependencies, b: UserDependencies): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
