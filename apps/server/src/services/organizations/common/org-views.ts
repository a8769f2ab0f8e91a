import type { DbOrTx } from '../../../db/client.js';
import type { Account, Organization, OrgPolicy } from '../../../db/generated/client.js';
import { nodeArn, orgAccountArn, organizationArn, scpArn, SCP_TYPE } from './org-arns.js';
import type { OrgNode } from './org-tree.js';

// What the services answer about an organization's entities: domain objects with their ARNs,
// which the console's mappers and the AWS door's handlers each write in their own shape.

export interface OrganizationView {
  id: string;
  arn: string;
  masterAccountId: string;
  masterAccountArn: string;
  masterAccountEmail: string;
  featureSet: string;
  rootId: string;
  scpEnabled: boolean;
}

export function organizationView(org: Organization, managementEmail: string): OrganizationView {
  return {
    id: org.id,
    arn: organizationArn(org),
    masterAccountId: org.managementAccountId,
    masterAccountArn: orgAccountArn(org, org.managementAccountId),
    masterAccountEmail: managementEmail,
    featureSet: org.featureSet,
    rootId: org.rootId,
    scpEnabled: org.scpEnabled,
  };
}

export interface AccountView {
  id: string;
  arn: string;
  name: string;
  email: string;
  alias: string | null;
  parentId: string;
  status: 'ACTIVE';
  joinedMethod: 'CREATED' | 'INVITED';
  joinedTimestamp: Date;
  management: boolean;
}

export type MemberAccountRow = Pick<
  Account,
  'id' | 'name' | 'alias' | 'rootEmail' | 'orgParentId' | 'orgJoinedMethod' | 'orgJoinedAt' | 'createdAt'
>;

export const MEMBER_ACCOUNT_SELECT = {
  id: true,
  name: true,
  alias: true,
  rootEmail: true,
  orgParentId: true,
  orgJoinedMethod: true,
  orgJoinedAt: true,
  createdAt: true,
} as const;

export function accountView(org: Organization, row: MemberAccountRow): AccountView {
  return {
    id: row.id,
    arn: orgAccountArn(org, row.id),
    name: row.name ?? row.alias ?? row.id,
    email: row.rootEmail,
    alias: row.alias,
    parentId: row.orgParentId ?? org.rootId,
    status: 'ACTIVE',
    joinedMethod: row.orgJoinedMethod === 'INVITED' ? 'INVITED' : 'CREATED',
    joinedTimestamp: row.orgJoinedAt ?? row.createdAt,
    management: row.id === org.managementAccountId,
  };
}

export interface OuView {
  id: string;
  arn: string;
  name: string;
  parentId: string;
}

export function ouView(org: Organization, node: OrgNode): OuView {
  return { id: node.id, arn: nodeArn(org, node.id), name: node.name, parentId: node.parentId ?? '' };
}

export interface RootView {
  id: string;
  arn: string;
  name: string;
  policyTypes: { type: string; status: 'ENABLED' }[];
}

export function rootView(org: Organization): RootView {
  return {
    id: org.rootId,
    arn: nodeArn(org, org.rootId),
    name: 'Root',
    policyTypes: org.scpEnabled ? [{ type: SCP_TYPE, status: 'ENABLED' }] : [],
  };
}

export interface PolicyView {
  id: string;
  arn: string;
  name: string;
  description: string;
  type: string;
  awsManaged: boolean;
  targetCount: number;
  content: string;
}

/** The policies as views, each with the number of targets it is attached to in the organization. */
export async function policyViews(db: DbOrTx, org: Organization, rows: OrgPolicy[]): Promise<PolicyView[]> {
  const counts = await db.orgPolicyAttachment.groupBy({
    by: ['policyId'],
    where: { organizationId: org.id, policyId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const byId = new Map(counts.map((c) => [c.policyId, c._count._all]));
  return rows.map((row) => ({
    id: row.id,
    arn: scpArn(org, row),
    name: row.name,
    description: row.description,
    type: row.type,
    awsManaged: row.awsManaged,
    targetCount: byId.get(row.id) ?? 0,
    content: row.content,
  }));
}

/** The policies the organization may use: its own and the AWS managed ones. */
export function visiblePolicies(organizationId: string) {
  return { OR: [{ organizationId }, { awsManaged: true }] };
}
