// Reads the SigV4 parts of a request: the `Authorization` header
// (`AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=…`)
// or a presigned query string (`X-Amz-Algorithm`, `X-Amz-Credential`, …). Missing or malformed
// parts are AWS's IncompleteSignature / MissingAuthenticationToken.
import { AwsError } from '../protocol/aws-error.js';

export const ALGORITHM = 'AWS4-HMAC-SHA256';

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

export interface SignedRequestParts {
  kind: 'header' | 'presigned';
  scope: CredentialScope;
  signedHeaders: string[];
  signature: string;
  /** X-Amz-Date, `20261206T214500Z`. */
  amzDate: string;
  /** Presigned URLs only: seconds the signature stays valid. */
  expiresIn?: number;
  sessionToken?: string;
}

function incomplete(message: string): AwsError {
  return new AwsError('IncompleteSignature', message, 403);
}

function parseScope(credential: string): CredentialScope {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || parts.some((p) => p === '')) {
    throw incomplete(
      `Credential should be scoped to a valid region, not '${parts[2] ?? ''}'. ` +
        `Credential should be scoped to correct service. Credential should be scoped with a valid terminator: 'aws4_request'.`,
    );
  }
  const [accessKeyId, date, region, service] = parts as [string, string, string, string];
  if (!/^\d{8}$/.test(date)) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${date}'.`);
  return { accessKeyId, date, region, service };
}

function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function readSignedParts(
  headers: Record<string, string | string[] | undefined>,
  query: ReadonlyMap<string, string>,
): SignedRequestParts {
  const authorization = headerValue(headers, 'authorization');
  if (authorization !== undefined) {
    const [algorithm, ...rest] = authorization.trim().split(/\s+/);
    if (algorithm !== ALGORITHM) {
      throw incomplete(
        `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Unsupported algorithm: ${algorithm ?? ''}`,
      );
    }
    const fields = new Map<string, string>();
    for (const part of rest.join(' ').split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((f) => !fields.get(f));
    if (missing.length > 0) {
      throw incomplete(
        missing.map((f) => `Authorization header requires '${f}' parameter.`).join(' ') +
          ` Authorization=${authorization.replace(/Signature=[0-9a-f]+/, 'Signature=…')}`,
      );
    }
    const amzDate = headerValue(headers, 'x-amz-date');
    if (!amzDate) {
      throw incomplete(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      );
    }
    return {
      kind: 'header',
      scope: parseScope(fields.get('Credential')!),
      signedHeaders: fields.get('SignedHeaders')!.toLowerCase().split(';'),
      signature: fields.get('Signature')!,
      amzDate,
      sessionToken: headerValue(headers, 'x-amz-security-token'),
    };
  }
  const algorithm = query.get('X-Amz-Algorithm');
  if (algorithm === undefined) {
    throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  }
  const required = ['X-Amz-Credential', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Signature'];
  const missing = required.filter((p) => !query.get(p));
  if (algorithm !== ALGORITHM || missing.length > 0) {
    throw incomplete(
      `AWS query-string parameters must include ${required.map((p) => `'${p}'`).join(', ')} and 'X-Amz-Algorithm' = '${ALGORITHM}'. Re-examine the query-string parameters.`,
    );
  }
  const expires = query.get('X-Amz-Expires');
  const expiresIn = expires === undefined ? 900 : Number(expires);
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > 604_800) {
    throw incomplete('X-Amz-Expires must be a whole number of seconds from 1 to 604800.');
  }
  return {
    kind: 'presigned',
    scope: parseScope(query.get('X-Amz-Credential')!),
    signedHeaders: query.get('X-Amz-SignedHeaders')!.toLowerCase().split(';'),
    signature: query.get('X-Amz-Signature')!,
    amzDate: query.get('X-Amz-Date')!,
    expiresIn,
    sessionToken: query.get('X-Amz-Security-Token'),
  };
}

/** `20261206T214500Z` → Date, or undefined when it is not that form. */
export function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
