// Shapes of the role routes of docs/API.md. Local until the server's zod contracts for IAM
// entities exist (apps/server/src/contracts/iam/), then `import type` from there.
import type { Tag } from './types.js';

export interface Role {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: string;
  description?: string | null;
  /** Seconds, 3600 to 43200. */
  maxSessionDuration: number;
  /** The trust (assume-role) policy as its author wrote it. */
  trustPolicy: string;
  permissionsBoundary?: { policyArn: string; policyName?: string } | null;
  lastUsedAt?: string | null;
  tags?: Tag[];
}

export interface CreateRoleRequest {
  roleName: string;
  path?: string;
  trustPolicy: string;
  description?: string;
  maxSessionDuration?: number;
  tags?: Tag[];
}

export interface UpdateRoleRequest {
  description?: string;
  maxSessionDuration?: number;
}

export interface RoleListParams {
  search?: string;
  pathPrefix?: string;
  limit?: number;
  cursor?: string;
}
