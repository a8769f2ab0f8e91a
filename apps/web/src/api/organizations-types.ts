// The console's AWS Organizations API (/api/organization…), typed by the server's contracts under
// the console's names. The names and values are AWS Organizations' own (ids `o-…`, `r-…`, `ou-…`,
// `p-…`, `h-…`).
import type { OrgHandshake } from '@gatehouse/contracts/organizations';

export type {
  CreateAccountStatusBody as CreateAccountStatus,
  CreateOrgAccountRequest,
  CreateOrganizationalUnitRequest,
  CreateOrgPolicyRequest,
  OrganizationResponse as OrganizationAnswer,
  OrganizationSummary as Organization,
  OrganizationTreeResponse as OrganizationTree,
  OrgAccount as OrganizationAccount,
  OrgAccountResponse as AccountDetail,
  OrgHandshake as Handshake,
  OrgPathEntry as PathEntry,
  OrgPolicyResponse as PolicyDetail,
  OrgPolicySummary as ServiceControlPolicy,
  OrgPolicyTarget as PolicyTarget,
  OrgRoot as OrganizationRoot,
  OrgTargetType as TargetType,
  OrgUnit as OrganizationalUnit,
  OrgUnitResponse as OrganizationalUnitDetail,
  UpdateOrgPolicyRequest,
} from '@gatehouse/contracts/organizations';

export type HandshakeState = OrgHandshake['state'];

export const SCP_TYPE = 'SERVICE_CONTROL_POLICY';
