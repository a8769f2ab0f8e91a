// Reads the AWS managed policies' build output (dist/managed-policies by default): the index
// for lists, one policy's file on demand.
import type { ManagedPolicyDetail, ManagedPolicyIndex } from '../managed-policy-types.js';
import { POLICY_NAME } from '../names.js';
import type { ChunkManifest } from '../types.js';
import { defaultManagedPoliciesDir } from './package-dir.js';
import { readChunk, readOptionalChunk } from './read-chunk.js';

const AWS_POLICY_ARN_PREFIX = 'arn:aws:iam::aws:policy/';

export function loadManagedPolicyIndex(
  dir: string = defaultManagedPoliciesDir(),
): Promise<ManagedPolicyIndex> {
  return readChunk(dir, 'index.json');
}

/** One AWS managed policy by name (exact case), with its default document; undefined when there is none. */
export async function loadManagedPolicy(dir: string, name: string): Promise<ManagedPolicyDetail | undefined> {
  if (!POLICY_NAME.test(name)) return undefined;
  const policy = await readOptionalChunk<ManagedPolicyDetail>(dir, `policies/${name}.json`);
  if (policy === undefined) await readChunk(dir, 'manifest.json'); // unknown policy, or no build at all?
  // File systems that ignore case would find `readonlyaccess`; AWS names are exact.
  return policy?.name === name ? policy : undefined;
}

/** One AWS managed policy by ARN (`arn:aws:iam::aws:policy/<path><name>`); undefined when there is none. */
export async function loadManagedPolicyByArn(
  dir: string,
  arn: string,
): Promise<ManagedPolicyDetail | undefined> {
  if (!arn.startsWith(AWS_POLICY_ARN_PREFIX)) return undefined;
  const policy = await loadManagedPolicy(dir, arn.slice(arn.lastIndexOf('/') + 1));
  return policy?.arn === arn ? policy : undefined;
}

export function loadManagedPolicyManifest(dir: string = defaultManagedPoliciesDir()): Promise<ChunkManifest> {
  return readChunk(dir, 'manifest.json');
}
