// The catalog's shapes: what the build writes to dist/catalog and what the loaders return.
// Browser-safe: the console imports these types to read the chunks it fetches.

/** The access levels AWS's service authorization reference gives every action. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** Condition key types as AWS documents them. */
export type ConditionKeyType =
  | 'String'
  | 'ARN'
  | 'Bool'
  | 'Numeric'
  | 'Date'
  | 'IPAddress'
  | 'Binary'
  | 'ArrayOfString'
  | 'ArrayOfARN'
  | 'ArrayOfBool'
  | 'ArrayOfNumeric'
  | 'ArrayOfDate'
  | 'ArrayOfIPAddress'
  | 'ArrayOfBinary';

/** Where the catalog's facts come from, so a chunk can say which data it was built from. */
export interface CatalogSource {
  package: string;
  version: string;
}

/** One row of the service picker. */
export interface CatalogServiceSummary {
  /** The action prefix, e.g. `s3`. */
  prefix: string;
  /** AWS's name for the service, e.g. `Amazon S3`. */
  name: string;
  actionCount: number;
}

/** `index.json`: every service, sorted by prefix. */
export interface CatalogIndex {
  source: CatalogSource;
  services: CatalogServiceSummary[];
}

/** A resource type an action takes. */
export interface ActionResourceType {
  /** Name of a resource type of the same service, e.g. `object`. */
  name: string;
  /** True when the request must name a resource of this type. */
  required: boolean;
  /** Condition keys that apply when the action is used on this resource type; absent when none. */
  conditionKeys?: string[];
  /** Actions AWS also checks when this one is used on this resource type; absent when none. */
  dependentActions?: string[];
}

export interface CatalogAction {
  /** As AWS spells it, e.g. `GetObject`. */
  name: string;
  description: string;
  accessLevel: AccessLevel;
  /** Empty when the action supports only `"Resource": "*"`. */
  resourceTypes: ActionResourceType[];
  /** Condition keys that apply to the action whatever the resource. */
  conditionKeys: string[];
  /** Absent when none. */
  dependentActions?: string[];
}

export interface CatalogResourceType {
  /** E.g. `object`. */
  name: string;
  /** E.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arnFormat: string;
  conditionKeys: string[];
}

export interface CatalogConditionKey {
  /** As AWS spells it; placeholders like `${TagKey}` or `<key>` stand for a name the policy supplies. */
  key: string;
  type: ConditionKeyType;
  description?: string;
}

/** `services/<prefix>.json`: everything about one service, each list sorted by name. */
export interface ServiceCatalog {
  prefix: string;
  name: string;
  actions: CatalogAction[];
  resourceTypes: CatalogResourceType[];
  conditionKeys: CatalogConditionKey[];
}

/** A condition key that applies to every service. */
export interface GlobalConditionKey extends CatalogConditionKey {
  /** What the key describes: `principal`, `session`, `network`, `resource` or `request`. */
  category: string;
}

/** `global-condition-keys.json`. */
export interface GlobalConditionKeys {
  source: CatalogSource;
  keys: GlobalConditionKey[];
}

/** A file's content hash and size, so a server can serve it with immutable cache headers. */
export interface ChunkEntry {
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

/** `manifest.json` of a build output directory: every file except the manifest itself. */
export interface ChunkManifest {
  /** Hex SHA-256 over every file's path and hash: changes whenever any file changes. */
  sha256: string;
  /** Paths relative to the output directory, with `/` separators, sorted. */
  files: Record<string, ChunkEntry>;
}
