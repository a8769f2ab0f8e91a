// Request and response shapes of the console API (docs/API.md). The zod contracts
// (packages/contracts, `@gatehouse/contracts/*`, shared with the server) are the truth: their
// types are imported here, type-only; forms run the same schemas (components/validation).
// Only what the contracts do not name (query parameters as the client builds them, the error
// body with typed diagnostics) is declared locally.
import type { Diagnostic } from '@gatehouse/evaluator';
import type { WhoAmI } from '@gatehouse/contracts/auth';
import type { FieldErrorBody } from '@gatehouse/contracts/errors';
import type { PolicyScopeFilter } from '@gatehouse/contracts/iam/policies';
import type { UserSortField } from '@gatehouse/contracts/iam/users';

export type { AccountSummary } from '@gatehouse/contracts/account';
export type { SigninInfo, WhoAmI } from '@gatehouse/contracts/auth';
export type { LoginProfile } from '@gatehouse/contracts/login-profile';
export type { SetupRequest, SetupStatus } from '@gatehouse/contracts/setup';
export type { Page, Tag } from '@gatehouse/contracts/iam/fields';
export type {
  CreateUserRequest,
  ListedAccessKey,
  User,
  UserListInclude,
  UserSortField,
} from '@gatehouse/contracts/iam/users';
export type { Group } from '@gatehouse/contracts/iam/groups';
export type { ManagedPolicy, PolicyPage } from '@gatehouse/contracts/iam/policies';
export type { AttachedPolicy, InlinePolicy } from '@gatehouse/contracts/iam/permissions';

export type FieldError = FieldErrorBody;

/** The `error` object of every non-2xx answer, with the evaluator's diagnostics typed. */
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

export type PrincipalType = WhoAmI['type'];
export type PolicyScope = PolicyScopeFilter;

/** One entry of an inline-policy list: the name, and the text when the server includes it. */
export interface InlinePolicySummary {
  policyName: string;
  document?: string;
}

export type SortOrder = 'asc' | 'desc';

export interface UserListParams {
  pathPrefix?: string;
  search?: string;
  sort?: UserSortField;
  order?: SortOrder;
  limit?: number;
  cursor?: string;
  /** Comma-separated `UserListInclude`s: the credential columns to fill. */
  include?: string;
}

export interface PolicyListParams {
  scope?: PolicyScopeFilter;
  search?: string;
  limit?: number;
  cursor?: string;
}
