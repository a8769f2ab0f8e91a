// Shapes of the managed-policy routes of docs/API.md. Local until the server's zod contracts for
// IAM entities exist (apps/server/src/contracts/iam/), then `import type` from there.
import type { Tag } from './types.js';

export interface CreatePolicyRequest {
  policyName: string;
  path?: string;
  description?: string;
  /** The policy text as written. */
  document: string;
  tags?: Tag[];
}

export interface PolicyVersion {
  versionId: string;
  isDefaultVersion: boolean;
  createDate: string;
  /** Present on GET of one version (and when the list includes it). */
  document?: string;
}

export interface CreatePolicyVersionRequest {
  document: string;
  setAsDefault: boolean;
}

export type PolicyEntityType = 'user' | 'group' | 'role';

/** One identity a managed policy is attached to (ListEntitiesForPolicy). */
export interface PolicyEntity {
  type: PolicyEntityType;
  name: string;
  /** The entity's unique id, when the server sends it. */
  id?: string;
}
