// Shapes of the role routes, from the server's zod contracts (type-only, through the
// `@gatehouse/server/contracts/*` path of tsconfig.json). Only the list parameters as the client
// builds them are declared here.
export type { CreateRoleRequest, Role, UpdateRoleRequest } from '@gatehouse/contracts/iam/roles';

export interface RoleListParams {
  search?: string;
  pathPrefix?: string;
  limit?: number;
  cursor?: string;
}
