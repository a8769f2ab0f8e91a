// Request and response shapes of the console API (docs/API.md).
// The server's zod contracts (apps/server/src/contracts/) did not exist when this was written;
// these local types follow docs/API.md and should be replaced by `import type` from there.
import type { Diagnostic } from '@gatehouse/evaluator';

export interface FieldError {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  fieldErrors?: FieldError[];
  diagnostics?: Diagnostic[];
  /** Present on AccessDenied: the IAM action that was refused. */
  action?: string;
  /** Present on AccessDenied: the resource ARN the action was refused on. */
  resource?: string;
}

/** Every list endpoint: `?limit=&cursor=` in, `{ items, nextCursor? }` out. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export type PrincipalType = 'root' | 'user' | 'assumed-role';

export interface WhoAmI {
  arn: string;
  type: PrincipalType;
  accountId: string;
  alias: string | null;
  userName?: string;
  /** The root user's email, when the server sends it. */
  email?: string;
  signInUrl: string;
  passwordResetRequired: boolean;
}

export interface SigninInfo {
  accountId: string;
  alias: string | null;
}

export interface SetupStatus {
  pending: boolean;
}

export interface SetupRequest {
  token: string;
  email: string;
  password: string;
  alias?: string;
}

export interface AccountSummary {
  accountId: string;
  alias: string | null;
  signInUrl: string;
  counts: Record<string, number>;
  quotas: Record<string, number>;
}

export interface Tag {
  key: string;
  value: string;
}

export interface User {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: string;
  passwordLastUsed?: string | null;
  permissionsBoundary?: { policyArn: string; policyName?: string } | null;
  tags?: Tag[];
}

export interface CreateUserRequest {
  userName: string;
  path?: string;
  tags?: Tag[];
}

export interface LoginProfile {
  userName: string;
  createDate: string;
  passwordResetRequired: boolean;
}

export interface Group {
  groupName: string;
  groupId: string;
  arn: string;
  path: string;
  createDate: string;
}

export interface ManagedPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  attachmentCount?: number;
  isAttachable?: boolean;
  description?: string;
  createDate?: string;
  updateDate?: string;
}

export interface AttachedPolicy {
  policyName: string;
  policyArn: string;
}

export interface InlinePolicy {
  policyName: string;
  /** The policy text as its author wrote it. */
  document: string;
}

/** One entry of an inline-policy list: the name, and the text when the server includes it. */
export interface InlinePolicySummary {
  policyName: string;
  document?: string;
}

export type SortOrder = 'asc' | 'desc';

export interface UserListParams {
  pathPrefix?: string;
  search?: string;
  sort?: 'userName' | 'createDate' | 'passwordLastUsed';
  order?: SortOrder;
  limit?: number;
  cursor?: string;
}

export type PolicyScope = 'Local' | 'AWS' | 'All';

export interface PolicyListParams {
  scope?: PolicyScope;
  search?: string;
  limit?: number;
  cursor?: string;
}
