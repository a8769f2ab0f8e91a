/** What ARNs of an organization's entities are built from. */
export interface OrgArnBase {
  id: string;
  managementAccountId: string;
}

const base = (org: OrgArnBase) => `arn:aws:organizations::${org.managementAccountId}`;

export const FULL_AWS_ACCESS_ID = 'p-FullAWSAccess';
export const FULL_AWS_ACCESS_ARN = 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess';
export const SCP_TYPE = 'SERVICE_CONTROL_POLICY';

export function organizationArn(org: OrgArnBase): string {
  return `${base(org)}:organization/${org.id}`;
}

/** The root's or an OU's ARN, by the id's prefix. */
export function nodeArn(org: OrgArnBase, nodeId: string): string {
  return nodeId.startsWith('r-')
    ? `${base(org)}:root/${org.id}/${nodeId}`
    : `${base(org)}:ou/${org.id}/${nodeId}`;
}

export function orgAccountArn(org: OrgArnBase, accountId: string): string {
  return `${base(org)}:account/${org.id}/${accountId}`;
}

/** A target's ARN: the root, an OU or an account. */
export function targetArn(org: OrgArnBase, targetId: string): string {
  return /^\d{12}$/.test(targetId) ? orgAccountArn(org, targetId) : nodeArn(org, targetId);
}

export function scpArn(org: OrgArnBase, policy: { id: string; awsManaged: boolean }): string {
  return policy.awsManaged
    ? `arn:aws:organizations::aws:policy/service_control_policy/${policy.id}`
    : `${base(org)}:policy/${org.id}/service_control_policy/${policy.id}`;
}

export function handshakeArn(org: OrgArnBase, handshakeId: string): string {
  return `${base(org)}:handshake/${org.id}/invite/${handshakeId}`;
}
