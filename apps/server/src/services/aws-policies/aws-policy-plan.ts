// What loading a release of the AWS managed policies changes in the database, worked out in
// memory from what is stored (ids, defaults, hashes of documents) and what the data says.
import { createHash } from 'node:crypto';
import type { ManagedPolicy as AwsPolicyData } from '@gatehouse/catalog';
import { awsManagedPolicyId } from '../../model/unique-ids.js';

/** A stored AWS managed policy, as the plan compares it. */
export interface StoredAwsPolicy {
  id: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  isAttachable: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Hash of each version's document, by version id. */
  versions: Map<string, string>;
}

export interface PolicyRow {
  id: string;
  arn: string;
  name: string;
  nameLower: string;
  path: string;
  defaultVersionId: string;
  nextVersionNumber: number;
  isAttachable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRow {
  policyId: string;
  versionId: string;
  document: string;
  createdAt: string;
}

export interface AwsPolicyPlan {
  /** New policies and policies whose row changed (upserted). */
  policies: PolicyRow[];
  policiesAdded: number;
  /** New versions and versions whose text changed (upserted). */
  versions: VersionRow[];
  /** Versions AWS no longer has: `[policyId, versionId]`. */
  versionsRemoved: [string, string][];
  /** Policies the data no longer has (deleted unless some account uses them). */
  policiesGone: string[];
  /** Policies whose default version or its text changed: their users' compiled policies are stale. */
  effectiveChanged: string[];
}

export function documentHash(document: string): string {
  return createHash('md5').update(document, 'utf8').digest('hex');
}

function versionNumber(versionId: string): number {
  return Number(versionId.slice(1));
}

function toRow(policy: AwsPolicyData): PolicyRow {
  const highest = Math.max(...policy.versions.map((v) => versionNumber(v.versionId)));
  return {
    id: awsManagedPolicyId(policy.arn),
    arn: policy.arn,
    name: policy.name,
    nameLower: policy.name.toLowerCase(),
    path: policy.path,
    defaultVersionId: policy.defaultVersionId,
    nextVersionNumber: highest + 1,
    isAttachable: policy.attachable,
    createdAt: policy.createDate,
    updatedAt: policy.updateDate,
  };
}

function rowChanged(row: PolicyRow, stored: StoredAwsPolicy): boolean {
  return (
    row.path !== stored.path ||
    row.defaultVersionId !== stored.defaultVersionId ||
    row.isAttachable !== stored.isAttachable ||
    new Date(row.createdAt).getTime() !== stored.createdAt.getTime() ||
    new Date(row.updatedAt).getTime() !== stored.updatedAt.getTime()
  );
}

export function planAwsPolicies(data: AwsPolicyData[], stored: StoredAwsPolicy[]): AwsPolicyPlan {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const plan: AwsPolicyPlan = {
    policies: [],
    policiesAdded: 0,
    versions: [],
    versionsRemoved: [],
    policiesGone: [],
    effectiveChanged: [],
  };
  const seen = new Set<string>();
  for (const policy of data) {
    const row = toRow(policy);
    seen.add(row.id);
    const before = byId.get(row.id);
    if (!before) plan.policiesAdded++;
    if (!before || rowChanged(row, before)) plan.policies.push(row);
    const kept = new Set<string>();
    let defaultTextChanged = false;
    for (const version of policy.versions) {
      kept.add(version.versionId);
      const hash = before?.versions.get(version.versionId);
      if (hash === documentHash(version.document)) continue;
      plan.versions.push({
        policyId: row.id,
        versionId: version.versionId,
        document: version.document,
        createdAt: version.createDate,
      });
      if (hash !== undefined && version.versionId === row.defaultVersionId) defaultTextChanged = true;
    }
    if (!before) continue;
    for (const versionId of before.versions.keys()) {
      if (!kept.has(versionId)) plan.versionsRemoved.push([row.id, versionId]);
    }
    if (defaultTextChanged || before.defaultVersionId !== row.defaultVersionId) {
      plan.effectiveChanged.push(row.id);
    }
  }
  for (const s of stored) if (!seen.has(s.id)) plan.policiesGone.push(s.id);
  return plan;
}
