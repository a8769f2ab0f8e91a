// Shapes of the role routes, from the zod contracts (type-only, `@gatehouse/contracts/*`).
// Only the list parameters as the client builds them are declared here.
export type { CreateRoleRequest, Role, UpdateRoleRequest } from '@gatehouse/contracts/iam/roles';

export interface RoleListParams {
  search?: string;
  pathPrefix?: string;
  limit?: number;
  cursor?: string;
}
