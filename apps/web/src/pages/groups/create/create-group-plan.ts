// What "Create group" does, in order: CreateGroup first (everything else names the group), then
// each membership and attachment as its own call, whose failures are reported one by one rather
// than undoing a group that was created.
import type { PickedPolicy } from '../../../components/pickers/policy-picker.js';

export interface CreateGroupForm {
  groupName: string;
  path: string;
  users: string[];
  policies: PickedPolicy[];
}

export type GroupCreationStep =
  | { kind: 'createGroup'; label: string; groupName: string; path?: string }
  | { kind: 'addUser'; label: string; userName: string }
  | { kind: 'attachPolicy'; label: string; policyArn: string };

export function planGroupCreation(form: CreateGroupForm): GroupCreationStep[] {
  const groupName = form.groupName.trim();
  const path = form.path.trim();
  return [
    { kind: 'createGroup', label: `Create group ${groupName}`, groupName, ...(path ? { path } : {}) },
    ...form.users.map((userName) => ({ kind: 'addUser' as const, label: `Add user ${userName}`, userName })),
    ...form.policies.map((p) => ({
      kind: 'attachPolicy' as const,
      label: `Attach policy ${p.policyName}`,
      policyArn: p.arn,
    })),
  ];
}
