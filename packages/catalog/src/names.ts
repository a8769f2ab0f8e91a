// Shapes of the names that become file names in the build output. Loaders check a caller's
// name against these before touching the file system. Browser-safe.

/** A service prefix as the catalog writes it, e.g. `s3`, `access-analyzer`. */
export const SERVICE_PREFIX = /^[a-z0-9][a-z0-9-]*$/;

/** An IAM policy name: 1 to 128 of letters, digits and `+=,.@_-`. */
export const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
