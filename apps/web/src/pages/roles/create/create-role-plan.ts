// What "Create role" does, in order: CreateRole (with its trust policy, description, session
// duration and tags), then one AttachRolePolicy per chosen policy, whose failures are reported
// one by one rather than undoing a role that was created.
import type { CreateRoleRequest } from '../../../api/roles-types.js';
import type { Tag } from '../../../api/types.js';
import type { PickedPolicy } from '../../../components/pickers/policy-picker.js';
import type { TrustedEntityChoice } from '../../../components/trust-policy-builder/build-trust-policy.js';
import { buildTrustPolicy } from '../../../components/trust-policy-builder/build-trust-policy.js';

export interface CreateRoleForm {
  trust: TrustedEntityChoice;
  policies: PickedPolicy[];
  roleName: string;
  path: string;
  description: string;
  maxSessionDuration: number;
  tags: Tag[];
}

export type RoleCreationStep =
  | { kind: 'createRole'; label: string; request: CreateRoleRequest }
  | { kind: 'attachPolicy'; label: string; policyArn: string };

export function planRoleCreation(form: CreateRoleForm, accountId: string): RoleCreationStep[] {
  const roleName = form.roleName.trim();
  const path = form.path.trim();
  const description = form.description.trim();
  const request: CreateRoleRequest = {
    roleName,
    trustPolicy: buildTrustPolicy(form.trust, accountId),
    maxSessionDuration: form.maxSessionDuration,
    ...(path ? { path } : {}),
    ...(description ? { description } : {}),
    ...(form.tags.length ? { tags: form.tags } : {}),
  };
  return [
    { kind: 'createRole', label: `Create role ${roleName}`, request },
    ...form.policies.map((p) => ({
      kind: 'attachPolicy' as const,
      label: `Attach policy ${p.policyName}`,
      policyArn: p.arn,
    })),
  ];
}
