// The simulator's data: a principal's effective policies (the browser simulates on them) and
// the server's simulation API (the same evaluation, for scripts and a cross-check).
import type { EffectivePolicies } from '@gatehouse/contracts/iam/permissions';
import type {
  SimulateCustomPolicyRequest,
  SimulatePrincipalPolicyRequest,
  SimulationResponse,
} from '@gatehouse/contracts/simulator/simulator';
import { queryOptions } from '@tanstack/react-query';
import { api, segment } from './client.js';

export type { EffectivePolicies, SimulationResponse };
export type PrincipalKind = 'user' | 'group' | 'role';

const plural = { user: 'users', group: 'groups', role: 'roles' } as const;

/** Users and roles: GET .../effective-policies. Groups have no such route: their own policies come from the API below. */
export const effectivePoliciesQuery = (kind: 'user' | 'role', name: string) =>
  queryOptions({
    queryKey: [plural[kind], 'detail', name, 'effective-policies'],
    queryFn: ({ signal }) =>
      api.get<EffectivePolicies>(`/api/${plural[kind]}/${segment(name)}/effective-policies`, { signal }),
  });

export const simulatePrincipalPolicy = (body: SimulatePrincipalPolicyRequest) =>
  api.post<SimulationResponse>('/api/simulator/principal-policy', body);

export const simulateCustomPolicy = (body: SimulateCustomPolicyRequest) =>
  api.post<SimulationResponse>('/api/simulator/custom-policy', body);
