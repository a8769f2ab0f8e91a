import type {
  CreateAccountStatusBody,
  OrgAccount,
  OrgHandshake,
  OrgPolicySummary,
  OrgRoot,
  OrgUnit,
  OrganizationSummary,
} from '@gatehouse/contracts/organizations';
import type { CreateAccountStatus } from '../db/generated/client.js';
import type { HandshakeView } from '../services/organizations/common/handshake-view.js';
import type {
  AccountView,
  OrganizationView,
  OuView,
  PolicyView,
  RootView,
} from '../services/organizations/common/org-views.js';

export function toOrganizationSummary(view: OrganizationView, callerAccountId: string): OrganizationSummary {
  return {
    id: view.id,
    arn: view.arn,
    masterAccountId: view.masterAccountId,
    masterAccountArn: view.masterAccountArn,
    featureSet: 'ALL',
    role: view.masterAccountId === callerAccountId ? 'management' : 'member',
  };
}

export function toOrgRoot(view: RootView): OrgRoot {
  return {
    id: view.id,
    arn: view.arn,
    name: view.name,
    policyTypes: view.policyTypes.map((t) => ({ type: 'SERVICE_CONTROL_POLICY', status: t.status })),
  };
}

export function toOrgUnit(view: OuView): OrgUnit {
  return { id: view.id, arn: view.arn, name: view.name, parentId: view.parentId };
}

export function toOrgAccount(view: AccountView): OrgAccount {
  return { ...view, joinedTimestamp: view.joinedTimestamp.toISOString() };
}

export function toOrgPolicySummary(view: PolicyView): OrgPolicySummary {
  return {
    id: view.id,
    arn: view.arn,
    name: view.name,
    description: view.description,
    type: 'SERVICE_CONTROL_POLICY',
    awsManaged: view.awsManaged,
    targetCount: view.targetCount,
  };
}

export function toCreateAccountStatus(row: CreateAccountStatus): CreateAccountStatusBody {
  return {
    id: row.id,
    accountName: row.accountName,
    state: row.state as CreateAccountStatusBody['state'],
    ...(row.accountId ? { accountId: row.accountId } : {}),
    ...(row.failureReason ? { failureReason: row.failureReason } : {}),
    requestedTimestamp: row.requestedAt.toISOString(),
    ...(row.completedAt ? { completedTimestamp: row.completedAt.toISOString() } : {}),
  };
}

export function toOrgHandshake(view: HandshakeView, callerAccountId: string): OrgHandshake {
  return {
    id: view.id,
    arn: view.arn,
    state: view.state,
    requestedTimestamp: view.requestedTimestamp.toISOString(),
    expirationTimestamp: view.expirationTimestamp.toISOString(),
    organizationId: view.organizationId,
    masterAccountId: view.masterAccountId,
    targetAccountId: view.targetAccountId,
    direction: view.targetAccountId === callerAccountId ? 'received' : 'sent',
  };
}
