// The Node-only API of @gatehouse/catalog: loaders for the build output and for the raw
// managed-policy data. Browser code imports `@gatehouse/catalog` instead.
export {
  loadCatalogIndex,
  loadCatalogManifest,
  loadGlobalConditionKeys,
  loadService,
} from './load-catalog.js';
export {
  loadManagedPolicy,
  loadManagedPolicyByArn,
  loadManagedPolicyIndex,
  loadManagedPolicyManifest,
} from './load-managed-policy.js';
export {
  loadManagedPolicies,
  managedPoliciesDataFile,
  managedPoliciesDataVersion,
  MANAGED_POLICIES_PACKAGE,
} from './load-managed-policies.js';
export { defaultCatalogDir, defaultManagedPoliciesDir } from './package-dir.js';
export { CatalogNotBuiltError } from './read-chunk.js';
