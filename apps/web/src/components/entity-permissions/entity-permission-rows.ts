// The rows of a user's, group's or role's Permissions tab: its managed policies and its inline
// ones, as the IAM console lists them (name, type), sorted by name. A user's tab also lists what
// it gets through its groups, after its own, each with where it comes from ("Attached via").
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
  /** `Directly`, or `Group <name>`: only on a user's tab, which lists group policies too. */
  attachedVia?: string;
  /** The group a row is inherited from; such a row cannot be removed from the user. */
  groupName?: string;
}

export interface GroupPolicies {
  groupName: string;
  attached: readonly AttachedPolicy[];
  inlineNames: readonly string[];
}

const managedType = (arn: string): EntityPolicyType =>
  isAwsManaged(arn) ? 'AWS managed' : 'Customer managed';

const byName = (a: EntityPermissionRow, b: EntityPermissionRow) =>
  a.policyName.localeCompare(b.policyName) || a.type.localeCompare(b.type);

function ownRows(
  attached: readonly AttachedPolicy[],
  inlineNames: readonly string[],
  prefix: string,
): EntityPermissionRow[] {
  return [
    ...attached.map((p) => ({
      id: `${prefix}managed:${p.policyArn}`,
      policyName: p.policyName,
      type: managedType(p.policyArn),
      policyArn: p.policyArn,
    })),
    ...inlineNames.map((name) => ({
      id: `${prefix}inline:${name}`,
      policyName: name,
      type: 'Customer inline' as const,
    })),
  ];
}

export function entityPermissionRows(
  attached: readonly AttachedPolicy[],
  inlineNames: readonly string[],
): EntityPermissionRow[] {
  return ownRows(attached, inlineNames, '').sort(byName);
}

/**
 * A user's rows: its own policies ("Directly") first, then each group's. The same managed policy
 * appears once per way it is attached.
 */
export function userPermissionRows(
  attached: readonly AttachedPolicy[],
  inlineNames: readonly string[],
  groups: readonly GroupPolicies[],
): EntityPermissionRow[] {
  const own = entityPermissionRows(attached, inlineNames).map((row) => ({ ...row, attachedVia: 'Directly' }));
  const inherited = groups
    .flatMap((group) =>
      ownRows(group.attached, group.inlineNames, `group:${group.groupName}:`).map((row) => ({
        ...row,
        attachedVia: `Group ${group.groupName}`,
        groupName: group.groupName,
      })),
    )
    .sort(byName);
  return [...own, ...inherited];
}
