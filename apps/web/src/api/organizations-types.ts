// The console's AWS Organizations API (/api/organization…), as the server answers it. The names
// and values are AWS Organizations' own (ids `o-…`, `r-…`, `ou-…`, `p-…`, `h-…`).

export type OrganizationRole = 'management' | 'member';

export interface Organization {
  id: string;
  arn: string;
  masterAccountId: string;
  masterAccountArn: string;
  featureSet: 'ALL' | 'CONSOLIDATED_BILLING';
  /** What the caller's account is in it. */
  role: OrganizationRole;
}

export interface OrganizationAnswer {
  organization: Organization | null;
  rootId?: string;
}

export type PolicyTypeStatus = 'ENABLED' | 'PENDING_ENABLE' | 'PENDING_DISABLE';

export interface OrganizationRoot {
  id: string;
  arn: string;
  name: string;
  policyTypes: { type: string; status: PolicyTypeStatus }[];
}

export interface OrganizationalUnit {
  id: string;
  arn: string;
  name: string;
  parentId: string;
}

export interface OrganizationAccount {
  id: string;
  arn: string;
  name: string;
  email: string;
  alias: string | null;
  parentId: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  joinedMethod: 'CREATED' | 'INVITED';
  joinedTimestamp: string;
  management: boolean;
}

export interface OrganizationTree {
  root: OrganizationRoot;
  organizationalUnits: OrganizationalUnit[];
  accounts: OrganizationAccount[];
}

export type TargetType = 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';

export interface ServiceControlPolicy {
  id: string;
  arn: string;
  name: string;
  description: string;
  type: 'SERVICE_CONTROL_POLICY';
  awsManaged: boolean;
  targetCount: number;
}

export interface PolicyTarget {
  targetId: string;
  arn: string;
  name: string;
  type: TargetType;
}

export interface PolicyDetail {
  policy: ServiceControlPolicy;
  content: string;
  targets: PolicyTarget[];
}

export interface PathEntry {
  id: string;
  name: string;
  type: 'ROOT' | 'ORGANIZATIONAL_UNIT';
}

export interface InheritedPolicy {
  from: PathEntry;
  policy: ServiceControlPolicy;
}

export interface AccountDetail {
  account: OrganizationAccount;
  path: PathEntry[];
  policies: { attached: ServiceControlPolicy[]; inherited: InheritedPolicy[] };
}

export interface CreateAccountStatus {
  id: string;
  accountName: string;
  state: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  accountId?: string;
  failureReason?: string;
  requestedTimestamp: string;
  completedTimestamp?: string;
}

export type HandshakeState = 'REQUESTED' | 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'CANCELED' | 'EXPIRED';

export interface Handshake {
  id: string;
  arn: string;
  state: HandshakeState;
  requestedTimestamp: string;
  expirationTimestamp: string;
  organizationId: string;
  masterAccountId: string;
  targetAccountId: string;
  direction: 'sent' | 'received';
}

export const SCP_TYPE = 'SERVICE_CONTROL_POLICY';
