// AWS Organizations from the console: the caller's organization, its tree of OUs and accounts,
// service control policies and their targets, invitations (handshakes). Every key starts with
// `organization`, so a change can refresh all of it at once where it touches several views.
import { queryOptions } from '@tanstack/react-query';
import { api, segment } from './client.js';
import type {
  AccountDetail,
  CreateAccountStatus,
  CreateOrgAccountRequest,
  CreateOrganizationalUnitRequest,
  CreateOrgPolicyRequest,
  Handshake,
  OrganizationalUnit,
  OrganizationalUnitDetail,
  OrganizationAnswer,
  OrganizationTree,
  PolicyDetail,
  ServiceControlPolicy,
  UpdateOrgPolicyRequest,
} from './organizations-types.js';

const BASE = '/api/organization';

export const organizationKeys = {
  all: ['organization'] as const,
  summary: ['organization', 'summary'] as const,
  tree: ['organization', 'tree'] as const,
  account: (id: string) => ['organization', 'account', id] as const,
  organizationalUnit: (id: string) => ['organization', 'organizational-unit', id] as const,
  policies: ['organization', 'policies'] as const,
  policy: (id: string) => ['organization', 'policies', id] as const,
  handshakes: ['organization', 'handshakes'] as const,
};

export const organizationQuery = () =>
  queryOptions({
    queryKey: organizationKeys.summary,
    queryFn: ({ signal }) => api.get<OrganizationAnswer>(BASE, { signal }),
    staleTime: 60_000,
  });

export const organizationTreeQuery = () =>
  queryOptions({
    queryKey: organizationKeys.tree,
    queryFn: ({ signal }) => api.get<OrganizationTree>(`${BASE}/tree`, { signal }),
  });

export const organizationAccountQuery = (accountId: string) =>
  queryOptions({
    queryKey: organizationKeys.account(accountId),
    queryFn: ({ signal }) => api.get<AccountDetail>(`${BASE}/accounts/${segment(accountId)}`, { signal }),
  });

export const organizationalUnitQuery = (ouId: string) =>
  queryOptions({
    queryKey: organizationKeys.organizationalUnit(ouId),
    queryFn: ({ signal }) =>
      api.get<OrganizationalUnitDetail>(`${BASE}/organizational-units/${segment(ouId)}`, { signal }),
  });

export const organizationPoliciesQuery = () =>
  queryOptions({
    queryKey: organizationKeys.policies,
    queryFn: ({ signal }) => api.get<{ policies: ServiceControlPolicy[] }>(`${BASE}/policies`, { signal }),
  });

export const organizationPolicyQuery = (policyId: string) =>
  queryOptions({
    queryKey: organizationKeys.policy(policyId),
    queryFn: ({ signal }) => api.get<PolicyDetail>(`${BASE}/policies/${segment(policyId)}`, { signal }),
  });

export const handshakesQuery = () =>
  queryOptions({
    queryKey: organizationKeys.handshakes,
    queryFn: ({ signal }) => api.get<{ handshakes: Handshake[] }>(`${BASE}/handshakes`, { signal }),
  });

export const createOrganization = () => api.post<OrganizationAnswer>(BASE, {});

export const deleteOrganization = () => api.delete(BASE);

export const createOrganizationalUnit = (body: CreateOrganizationalUnitRequest) =>
  api.post<OrganizationalUnit>(`${BASE}/organizational-units`, body);

export const renameOrganizationalUnit = (id: string, name: string) =>
  api.put<OrganizationalUnit>(`${BASE}/organizational-units/${segment(id)}`, { name });

export const deleteOrganizationalUnit = (id: string) =>
  api.delete(`${BASE}/organizational-units/${segment(id)}`);

export const createAccount = (body: CreateOrgAccountRequest) =>
  api.post<{ createAccountStatus: CreateAccountStatus }>(`${BASE}/accounts`, body);

export const moveAccount = (accountId: string, destinationParentId: string) =>
  api.post<unknown>(`${BASE}/accounts/${segment(accountId)}/move`, { destinationParentId });

export const removeAccount = (accountId: string) => api.delete(`${BASE}/accounts/${segment(accountId)}`);

export const inviteAccount = (targetAccountId: string) =>
  api.post<Handshake>(`${BASE}/handshakes`, { targetAccountId });

export const acceptHandshake = (id: string) =>
  api.post<unknown>(`${BASE}/handshakes/${segment(id)}/accept`, {});

export const declineHandshake = (id: string) =>
  api.post<unknown>(`${BASE}/handshakes/${segment(id)}/decline`, {});

export const createScp = (body: CreateOrgPolicyRequest) =>
  api.post<ServiceControlPolicy>(`${BASE}/policies`, body);

export const updateScp = (id: string, body: UpdateOrgPolicyRequest) =>
  api.put<ServiceControlPolicy>(`${BASE}/policies/${segment(id)}`, body);

export const deleteScp = (id: string) => api.delete(`${BASE}/policies/${segment(id)}`);

export const attachScp = (policyId: string, targetId: string) =>
  api.post<unknown>(`${BASE}/policies/${segment(policyId)}/attach`, { targetId });

export const detachScp = (policyId: string, targetId: string) =>
  api.post<unknown>(`${BASE}/policies/${segment(policyId)}/detach`, { targetId });

export const enablePolicyType = (rootId: string, policyType: string) =>
  api.post<unknown>(`${BASE}/roots/${segment(rootId)}/policy-types`, { policyType });

export const disablePolicyType = (rootId: string, policyType: string) =>
  api.delete<unknown>(
    `${BASE}/roots/${segment(rootId)}/policy-types?policyType=${encodeURIComponent(policyType)}`,
  );
