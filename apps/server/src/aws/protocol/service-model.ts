// The wire facts of one AWS API (see scripts/extract-aws-models.mjs): operations, shapes with
// their constraints, error codes with HTTP statuses. Parsing, validation and XML output are
// driven by these, so member names, list encodings and error codes are AWS's by construction.
import iamModel from '../model/iam.json' with { type: 'json' };
import stsModel from '../model/sts.json' with { type: 'json' };
import organizationsModel from '../model/organizations.json' with { type: 'json' };
import cloudtrailModel from '../model/cloudtrail.json' with { type: 'json' };

export interface MemberRef {
  shape: string;
  locationName?: string;
  flattened?: boolean;
  timestampFormat?: string;
}

export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob';
  required?: string[];
  members?: Record<string, MemberRef>;
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  flattened?: boolean;
  error?: { code: string; httpStatusCode: number; senderFault?: boolean };
  exception?: boolean;
  sensitive?: boolean;
}

export interface Operation {
  input?: string;
  output?: string;
  resultWrapper?: string;
  errors: string[];
}

export interface ServiceModel {
  metadata: {
    apiVersion: string;
    protocol: string;
    xmlNamespace?: string;
    endpointPrefix?: string;
    /** JSON protocols: the `X-Amz-Target` prefix. */
    targetPrefix?: string;
  };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

export const IAM_MODEL = iamModel as unknown as ServiceModel;
export const STS_MODEL = stsModel as unknown as ServiceModel;
export const ORGANIZATIONS_MODEL = organizationsModel as unknown as ServiceModel;
export const CLOUDTRAIL_MODEL = cloudtrailModel as unknown as ServiceModel;

export function shapeOf(model: ServiceModel, name: string): Shape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  return shape;
}

const patternCache = new Map<string, RegExp | null>();

/**
 * The model's patterns are Java regular expressions matched against the whole value; code
 * points past the BMP are written `\u10000`. Returns null for a pattern JavaScript can't run.
 */
export function patternRegExp(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re !== undefined) return re;
  try {
    const js = pattern.replace(/\\u([0-9A-Fa-f]{5,6})/g, '\\u{$1}');
    re = new RegExp(`^(?:${js})$`, 'su');
  } catch {
    re = null;
  }
  patternCache.set(pattern, re);
  return re;
}

/** Error code and HTTP status of a model error shape, by its code (`NoSuchEntity`). */
export function errorStatus(model: ServiceModel, code: string): number | undefined {
  for (const shape of Object.values(model.shapes)) {
    if (shape.error?.code === code) return shape.error.httpStatusCode;
  }
  return undefined;
}
