// AWS managed policies: the shapes the loader returns and the build writes to
// dist/managed-policies. Browser-safe (types only).
import type { CatalogSource } from './types.js';

export interface ManagedPolicyVersion {
  /** `v1`, `v2`... */
  versionId: string;
  /** The policy document as JSON text. */
  document: string;
  /** ISO 8601. */
  createDate: string;
}

/** One AWS managed policy with its whole version history, as read from the data package. */
export interface ManagedPolicy {
  /** `arn:aws:iam::aws:policy/<path><name>`. */
  arn: string;
  name: string;
  /** `/`, `/service-role/`, `/aws-service-role/`, `/job-function/`... */
  path: string;
  description?: string;
  defaultVersionId: string;
  /** False for policies AWS reserves for service-linked roles and root-user tasks. */
  attachable: boolean;
  /** Oldest first. */
  versions: ManagedPolicyVersion[];
  /** ISO 8601. */
  createDate: string;
  /** ISO 8601: when the default version last changed. */
  updateDate: string;
}

/** One row of `managed-policies/index.json`. */
export interface ManagedPolicySummary {
  name: string;
  arn: string;
  path: string;
  description?: string;
  defaultVersionId: string;
  attachable: boolean;
  versionCount: number;
  createDate: string;
  updateDate: string;
}

/** `managed-policies/index.json`: every AWS managed policy, sorted by name. */
export interface ManagedPolicyIndex {
  source: CatalogSource;
  policies: ManagedPolicySummary[];
}

/** A version in `managed-policies/policies/<name>.json`, without its document. */
export interface ManagedPolicyVersionSummary {
  versionId: string;
  createDate: string;
  isDefaultVersion: boolean;
}

/** `managed-policies/policies/<name>.json`: one policy with the text of its default version. */
export interface ManagedPolicyDetail extends ManagedPolicySummary {
  /** The default version's document as JSON text. */
  document: string;
  /** Oldest first. */
  versions: ManagedPolicyVersionSummary[];
}
