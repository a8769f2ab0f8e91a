// The rows of a group's or role's Permissions tab: its managed policies and its inline ones, as
// the IAM console lists them (name, type), sorted by name.
import type { AttachedPolicy } from '../../api/types.js';
import { isAwsManaged } from '../pickers/is-aws-managed.js';

export type EntityPolicyType = 'AWS managed' | 'Customer managed' | 'Customer inline';

export interface EntityPermissionRow {
  /** Unique within the table. */
  id: string;
  policyName: string;
  type: EntityPolicyType;
  /** Managed policies only. */
  policyArn?: string;
}

export function entityPermissionRows(
  attached: readonly AttachedPolicy[],
  inlineNames: readonly string[],
): EntityPermissionRow[] {
  const rows: EntityPermissionRow[] = [
    ...attached.map((p) => ({
      id: `managed:${p.policyArn}`,
      policyName: p.policyName,
      type: isAwsManaged(p.policyArn) ? ('AWS managed' as const) : ('Customer managed' as const),
      policyArn: p.policyArn,
    })),
    ...inlineNames.map((name) => ({
      id: `inline:${name}`,
      policyName: name,
      type: 'Customer inline' as const,
    })),
  ];
  return rows.sort((a, b) => a.policyName.localeCompare(b.policyName) || a.type.localeCompare(b.type));
}
