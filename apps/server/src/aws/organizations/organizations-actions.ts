// AWS Organizations 2016-11-28 over JSON 1.1: each action reads AWS's members, calls the service
// the console's route calls, and answers AWS's output shape. Lists answer every item at once
// unless MaxResults asks for pages (NextToken: the offset of the next item).
import type { CreateAccountStatus } from '../../db/generated/client.js';
import { acceptHandshake } from '../../services/organizations/accept-handshake.js';
import { declineHandshake } from '../../services/organizations/decline-handshake.js';
import { attachPolicy } from '../../services/organizations/attach-policy.js';
import type { HandshakeView } from '../../services/organizations/common/handshake-view.js';
import type { TargetView } from '../../services/organizations/common/org-targets.js';
import type {
  AccountView,
  OrganizationView,
  OuView,
  PolicyView,
  RootView,
} from '../../services/organizations/common/org-views.js';
import { createOrgAccount } from '../../services/organizations/create-account.js';
import { createOrganization } from '../../services/organizations/create-organization.js';
import { createOrganizationalUnit } from '../../services/organizations/create-organizational-unit.js';
import { createPolicy } from '../../services/organizations/create-policy.js';
import { deleteOrganization } from '../../services/organizations/delete-organization.js';
import { deleteOrganizationalUnit } from '../../services/organizations/delete-organizational-unit.js';
import { deletePolicy } from '../../services/organizations/delete-policy.js';
import { describeAccount } from '../../services/organizations/describe-account.js';
import { describeCreateAccountStatus } from '../../services/organizations/describe-create-account-status.js';
import { describeOrganization } from '../../services/organizations/describe-organization.js';
import { describePolicy } from '../../services/organizations/describe-policy.js';
import { detachPolicy } from '../../services/organizations/detach-policy.js';
import { disablePolicyType } from '../../services/organizations/disable-policy-type.js';
import { enablePolicyType } from '../../services/organizations/enable-policy-type.js';
import { inviteAccountToOrganization } from '../../services/organizations/invite-account-to-organization.js';
import { leaveOrganization } from '../../services/organizations/leave-organization.js';
import { listAccounts } from '../../services/organizations/list-accounts.js';
import { listAccountsForParent } from '../../services/organizations/list-accounts-for-parent.js';
import { listChildren } from '../../services/organizations/list-children.js';
import { listHandshakesForAccount } from '../../services/organizations/list-handshakes-for-account.js';
import { listHandshakesForOrganization } from '../../services/organizations/list-handshakes-for-organization.js';
import { listOrganizationalUnitsForParent } from '../../services/organizations/list-organizational-units-for-parent.js';
import { listParents } from '../../services/organizations/list-parents.js';
import { listPolicies } from '../../services/organizations/list-policies.js';
import { listPoliciesForTarget } from '../../services/organizations/list-policies-for-target.js';
import { listRoots } from '../../services/organizations/list-roots.js';
import { listTargetsForPolicy } from '../../services/organizations/list-targets-for-policy.js';
import { moveAccount } from '../../services/organizations/move-account.js';
import { removeAccountFromOrganization } from '../../services/organizations/remove-account-from-organization.js';
import { updateOrganizationalUnit } from '../../services/organizations/update-organizational-unit.js';
import { updatePolicy } from '../../services/organizations/update-policy.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';

/** One page of `items`: all of them without MaxResults, else MaxResults from NextToken's offset. */
function page<T>(items: T[], input: AwsInput): { items: T[]; NextToken?: string } {
  const max = input.MaxResults as number | undefined;
  let start = 0;
  if (input.NextToken !== undefined) {
    start = Number.parseInt(Buffer.from(String(input.NextToken), 'base64url').toString(), 10);
    if (!Number.isInteger(start) || start < 0) {
      throw new AwsError('InvalidInputException', 'The NextToken is not valid.', 400);
    }
  }
  if (max === undefined) return { items: items.slice(start) };
  const end = start + max;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { NextToken: Buffer.from(String(end)).toString('base64url') } : {}),
  };
}

function organization(view: OrganizationView) {
  return {
    Id: view.id,
    Arn: view.arn,
    FeatureSet: view.featureSet,
    MasterAccountArn: view.masterAccountArn,
    MasterAccountId: view.masterAccountId,
    MasterAccountEmail: view.masterAccountEmail,
    AvailablePolicyTypes: view.scpEnabled ? [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] : [],
  };
}

function account(view: AccountView) {
  return {
    Id: view.id,
    Arn: view.arn,
    Email: view.email,
    Name: view.name,
    Status: view.status,
    JoinedMethod: view.joinedMethod,
    JoinedTimestamp: view.joinedTimestamp,
  };
}

function createAccountStatus(row: CreateAccountStatus) {
  return {
    Id: row.id,
    AccountName: row.accountName,
    State: row.state,
    RequestedTimestamp: row.requestedAt,
    CompletedTimestamp: row.completedAt ?? undefined,
    AccountId: row.accountId ?? undefined,
    FailureReason: row.failureReason ?? undefined,
  };
}

const ou = (view: OuView) => ({ Id: view.id, Arn: view.arn, Name: view.name });

function root(view: RootView) {
  return {
    Id: view.id,
    Arn: view.arn,
    Name: view.name,
    PolicyTypes: view.policyTypes.map((t) => ({ Type: t.type, Status: t.status })),
  };
}

function policySummary(view: PolicyView) {
  return {
    Id: view.id,
    Arn: view.arn,
    Name: view.name,
    Description: view.description,
    Type: view.type,
    AwsManaged: view.awsManaged,
  };
}

const policy = (view: PolicyView) => ({ PolicySummary: policySummary(view), Content: view.content });

const target = (view: TargetView) => ({
  TargetId: view.targetId,
  Arn: view.arn,
  Name: view.name,
  Type: view.type,
});

function handshake(view: HandshakeView) {
  return {
    Id: view.id,
    Arn: view.arn,
    Parties: [
      { Id: view.organizationId.slice(2), Type: 'ORGANIZATION' },
      { Id: view.targetAccountId, Type: 'ACCOUNT' },
    ],
    State: view.state,
    RequestedTimestamp: view.requestedTimestamp,
    ExpirationTimestamp: view.expirationTimestamp,
    Action: view.action,
    Resources: [
      { Type: 'ORGANIZATION', Value: view.organizationId },
      { Type: 'ACCOUNT', Value: view.targetAccountId },
      ...(view.notes ? [{ Type: 'NOTES', Value: view.notes }] : []),
    ],
  };
}

/**
 * Organizations answers input that breaks its model with InvalidInputException (not the
 * ValidationException other JSON services use). For door.ts's per-service `inputError` hook
 * (SERVICES.organizations), as CloudTrail's cloudtrailInputError is wired.
 */
export function organizationsInputError(_action: string, error: AwsError): AwsError {
  return error.code === 'ValidationError' ? new AwsError('InvalidInputException', error.message, 400) : error;
}

/** Organizations 2016-11-28 (JSON 1.1): the actions Gatehouse serves. */
export const organizationsActions: AwsActionTable = {
  async CreateOrganization(ctx, input) {
    return { Organization: organization(await createOrganization({ ctx, featureSet: input.FeatureSet })) };
  },
  async DescribeOrganization(ctx) {
    return { Organization: organization(await describeOrganization({ ctx })) };
  },
  async DeleteOrganization(ctx) {
    await deleteOrganization({ ctx });
  },
  async CreateAccount(ctx, input) {
    const status = await createOrgAccount({
      ctx,
      email: input.Email,
      accountName: input.AccountName,
      roleName: input.RoleName,
    });
    return { CreateAccountStatus: createAccountStatus(status) };
  },
  async DescribeCreateAccountStatus(ctx, input) {
    const status = await describeCreateAccountStatus({
      ctx,
      createAccountRequestId: input.CreateAccountRequestId,
    });
    return { CreateAccountStatus: createAccountStatus(status) };
  },
  async ListAccounts(ctx, input) {
    const { items, NextToken } = page(await listAccounts({ ctx }), input);
    return { Accounts: items.map(account), NextToken };
  },
  async ListAccountsForParent(ctx, input) {
    const { items, NextToken } = page(await listAccountsForParent({ ctx, parentId: input.ParentId }), input);
    return { Accounts: items.map(account), NextToken };
  },
  async DescribeAccount(ctx, input) {
    return { Account: account(await describeAccount({ ctx, accountId: input.AccountId })) };
  },
  async RemoveAccountFromOrganization(ctx, input) {
    await removeAccountFromOrganization({ ctx, accountId: input.AccountId });
  },
  async LeaveOrganization(ctx) {
    await leaveOrganization({ ctx });
  },
  async MoveAccount(ctx, input) {
    await moveAccount({
      ctx,
      accountId: input.AccountId,
      sourceParentId: input.SourceParentId,
      destinationParentId: input.DestinationParentId,
    });
  },
  async CreateOrganizationalUnit(ctx, input) {
    const view = await createOrganizationalUnit({ ctx, parentId: input.ParentId, name: input.Name });
    return { OrganizationalUnit: ou(view) };
  },
  async UpdateOrganizationalUnit(ctx, input) {
    const view = await updateOrganizationalUnit({
      ctx,
      organizationalUnitId: input.OrganizationalUnitId,
      name: input.Name,
    });
    return { OrganizationalUnit: ou(view) };
  },
  async DeleteOrganizationalUnit(ctx, input) {
    await deleteOrganizationalUnit({ ctx, organizationalUnitId: input.OrganizationalUnitId });
  },
  async ListOrganizationalUnitsForParent(ctx, input) {
    const { items, NextToken } = page(
      await listOrganizationalUnitsForParent({ ctx, parentId: input.ParentId }),
      input,
    );
    return { OrganizationalUnits: items.map(ou), NextToken };
  },
  async ListRoots(ctx, input) {
    const { items, NextToken } = page(await listRoots({ ctx }), input);
    return { Roots: items.map(root), NextToken };
  },
  async ListParents(ctx, input) {
    const { items, NextToken } = page(await listParents({ ctx, childId: input.ChildId }), input);
    return { Parents: items.map((p) => ({ Id: p.id, Type: p.type })), NextToken };
  },
  async ListChildren(ctx, input) {
    const children = await listChildren({ ctx, parentId: input.ParentId, childType: input.ChildType });
    const { items, NextToken } = page(children, input);
    return { Children: items.map((c) => ({ Id: c.id, Type: c.type })), NextToken };
  },
  async CreatePolicy(ctx, input) {
    const view = await createPolicy({
      ctx,
      name: input.Name,
      description: input.Description,
      content: input.Content,
      type: input.Type,
    });
    return { Policy: policy(view) };
  },
  async DescribePolicy(ctx, input) {
    return { Policy: policy(await describePolicy({ ctx, policyId: input.PolicyId })) };
  },
  async UpdatePolicy(ctx, input) {
    const view = await updatePolicy({
      ctx,
      policyId: input.PolicyId,
      name: input.Name,
      description: input.Description,
      content: input.Content,
    });
    return { Policy: policy(view) };
  },
  async DeletePolicy(ctx, input) {
    await deletePolicy({ ctx, policyId: input.PolicyId });
  },
  async AttachPolicy(ctx, input) {
    await attachPolicy({ ctx, policyId: input.PolicyId, targetId: input.TargetId });
  },
  async DetachPolicy(ctx, input) {
    await detachPolicy({ ctx, policyId: input.PolicyId, targetId: input.TargetId });
  },
  async ListPolicies(ctx, input) {
    const { items, NextToken } = page(await listPolicies({ ctx, filter: input.Filter }), input);
    return { Policies: items.map(policySummary), NextToken };
  },
  async ListPoliciesForTarget(ctx, input) {
    const views = await listPoliciesForTarget({ ctx, targetId: input.TargetId, filter: input.Filter });
    const { items, NextToken } = page(views, input);
    return { Policies: items.map(policySummary), NextToken };
  },
  async ListTargetsForPolicy(ctx, input) {
    const { items, NextToken } = page(await listTargetsForPolicy({ ctx, policyId: input.PolicyId }), input);
    return { Targets: items.map(target), NextToken };
  },
  async EnablePolicyType(ctx, input) {
    return {
      Root: root(await enablePolicyType({ ctx, rootId: input.RootId, policyType: input.PolicyType })),
    };
  },
  async DisablePolicyType(ctx, input) {
    return {
      Root: root(await disablePolicyType({ ctx, rootId: input.RootId, policyType: input.PolicyType })),
    };
  },
  async InviteAccountToOrganization(ctx, input) {
    const view = await inviteAccountToOrganization({
      ctx,
      targetId: input.Target.Id,
      targetType: input.Target.Type,
      notes: input.Notes,
    });
    return { Handshake: handshake(view) };
  },
  async AcceptHandshake(ctx, input) {
    return { Handshake: handshake(await acceptHandshake({ ctx, handshakeId: input.HandshakeId })) };
  },
  async DeclineHandshake(ctx, input) {
    return { Handshake: handshake(await declineHandshake({ ctx, handshakeId: input.HandshakeId })) };
  },
  async ListHandshakesForAccount(ctx, input) {
    const { items, NextToken } = page(await listHandshakesForAccount({ ctx }), input);
    return { Handshakes: items.map(handshake), NextToken };
  },
  async ListHandshakesForOrganization(ctx, input) {
    const { items, NextToken } = page(await listHandshakesForOrganization({ ctx }), input);
    return { Handshakes: items.map(handshake), NextToken };
  },
};
