// The Permissions tab's table: every policy that applies to the user, with where it comes from
// ("Attached via": directly, or a group), as the IAM console lists them.
import type { AttachedPolicy } from '../../../api/types.js';
import { isAwsManaged } from '../../../components/pickers/is-aws-managed.js';

export type PolicyType = 'AWS managed' | 'Customer managed' | 'Customer inline';

export interface PermissionRow {
  /** Unique within the table. */
  id: string;
  policyName: string;
  type: PolicyType;
  /** `Directly`, or `Group <name>`. */
  attachedVia: string;
  /** The group it is inherited from; absent for the user's own policies (which can be removed here). */
  groupName?: string;
  policyArn?: string;
}

export interface GroupPolicies {
  groupName: string;
  attached: AttachedPolicy[];
  inlineNames: string[];
}

const managedType = (arn: string): PolicyType => (isAwsManaged(arn) ? 'AWS managed' : 'Customer managed');

export function permissionRows(
  attached: readonly AttachedPolicy[],
  inlineNames: readonly string[],
  groups: readonly GroupPolicies[],
): PermissionRow[] {
  const rows: PermissionRow[] = [
    ...attached.map((p) => ({
      id: `user:managed:${p.policyArn}`,
      policyName: p.policyName,
      type: managedType(p.policyArn),
      attachedVia: 'Directly',
      policyArn: p.policyArn,
    })),
    ...inlineNames.map((name) => ({
      id: `user:inline:${name}`,
      policyName: name,
      type: 'Customer inline' as const,
      attachedVia: 'Directly',
    })),
  ];
  for (const group of groups) {
    for (const p of group.attached) {
      rows.push({
        id: `group:${group.groupName}:managed:${p.policyArn}`,
        policyName: p.policyName,
        type: managedType(p.policyArn),
        attachedVia: `Group ${group.groupName}`,
        groupName: group.groupName,
        policyArn: p.policyArn,
      });
    }
    for (const name of group.inlineNames) {
      rows.push({
        id: `group:${group.groupName}:inline:${name}`,
        policyName: name,
        type: 'Customer inline',
        attachedVia: `Group ${group.groupName}`,
        groupName: group.groupName,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      Number(a.groupName !== undefined) - Number(b.groupName !== undefined) ||
      a.policyName.localeCompare(b.policyName),
  );
}
