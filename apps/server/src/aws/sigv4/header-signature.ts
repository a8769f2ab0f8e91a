// The SigV4 signature of a request signed in its Authorization header, computed exactly as
// @smithy/signature-v4's `sign` computes it (the signer of the AWS SDKs; botocore's canonical
// form is the same), without its per-request copies, promises and byte conversions: the door
// runs this on every request. test/aws/header-signature.test.ts holds it to smithy's answers.
import { createHash, createHmac } from 'node:crypto';

export interface SignableRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names: the headers the client signed. */
  headers: Record<string, string>;
  body?: Buffer;
}

export interface HeaderSigningOptions {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  signingDate: Date;
  region: string;
  service: string;
  signableHeaders: ReadonlySet<string>;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Headers smithy drops before signing (it writes its own x-amz-date). */
const GENERATED_HEADERS = new Set(['authorization', 'x-amz-date', 'date']);

/** Headers smithy signs only when the caller names them as signable. */
const ALWAYS_UNSIGNABLE = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

/** RFC 3986 encoding: encodeURIComponent plus `!'()*`, as smithy's escapeUri. */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalPath(given: string): string {
  if (given === '/') return '/';
  // smithy's HttpRequest makes every path absolute ('' is '/').
  const path = given.startsWith('/') ? given : `/${given}`;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment.length === 0 || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${
    segments.length > 0 && path.endsWith('/') ? '/' : ''
  }`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(query: Record<string, string>): string {
  const serialized = new Map<string, string>();
  for (const key of Object.keys(query)) {
    if (key.toLowerCase() === 'x-amz-signature') continue;
    const encoded = escapeUri(key);
    serialized.set(encoded, `${encoded}=${escapeUri(query[key]!)}`);
  }
  return [...serialized.keys()]
    .sort()
    .map((k) => serialized.get(k)!)
    .join('&');
}

function canonicalValue(value: string): string {
  return value
    .replace(/[\r\n]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
}

function longDateOf(date: Date): string {
  // `2026-12-06T21:45:00.000Z` → `20261206T214500Z` (years 0–9999: toISOString's fixed layout)
  const iso = date.toISOString();
  if (iso.length !== 24) return iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** Derived signing keys by key id, day, region and service; bounded, oldest first out. */
const signingKeys = new Map<string, { secret: string; key: Buffer }>();
const MAX_SIGNING_KEYS = 10_000;

function signingKey(
  accessKeyId: string,
  secret: string,
  shortDate: string,
  region: string,
  service: string,
): Buffer {
  const memo = `${accessKeyId}\u0000${shortDate}\u0000${region}\u0000${service}`;
  const known = signingKeys.get(memo);
  if (known && known.secret === secret) return known.key;
  let key: Buffer | string = `AWS4${secret}`;
  for (const part of [shortDate, region, service, 'aws4_request']) {
    key = createHmac('sha256', key).update(part, 'utf8').digest();
  }
  const derived = key as Buffer;
  signingKeys.delete(memo);
  if (signingKeys.size >= MAX_SIGNING_KEYS) signingKeys.delete(signingKeys.keys().next().value!);
  signingKeys.set(memo, { secret, key: derived });
  return derived;
}

/** The hex signature smithy's `sign(request, {signingDate, signingRegion, signingService, signableHeaders})` writes. */
export function headerSignature(request: SignableRequest, options: HeaderSigningOptions): string {
  const longDate = longDateOf(options.signingDate);
  const shortDate = longDate.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const name of Object.keys(request.headers)) {
    if (!GENERATED_HEADERS.has(name.toLowerCase())) headers[name] = request.headers[name]!;
  }
  headers['x-amz-date'] = longDate;
  if (options.sessionToken) headers['x-amz-security-token'] = options.sessionToken;
  let payloadHash: string | undefined;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'x-amz-content-sha256') {
      payloadHash = headers[name];
      break;
    }
  }
  if (payloadHash === undefined) {
    payloadHash =
      request.body === undefined ? EMPTY_SHA256 : createHash('sha256').update(request.body).digest('hex');
  }
  const canonical = new Map<string, string>();
  for (const name of Object.keys(headers).sort()) {
    const lower = name.toLowerCase();
    if (
      (ALWAYS_UNSIGNABLE.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) &&
      !options.signableHeaders.has(lower)
    ) {
      continue;
    }
    canonical.set(lower, canonicalValue(headers[name]!));
  }
  const names = [...canonical.keys()].sort();
  let canonicalHeaders = '';
  for (const name of names) canonicalHeaders += `${name}:${canonical.get(name)!}\n`;
  const canonicalRequest =
    `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(request.query)}\n` +
    `${canonicalHeaders}\n${names.join(';')}\n${payloadHash}`;
  const scope = `${shortDate}/${options.region}/${options.service}/aws4_request`;
  const stringToSign =
    `AWS4-HMAC-SHA256\n${longDate}\n${scope}\n` +
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex');
  const key = signingKey(
    options.accessKeyId,
    options.secretAccessKey,
    shortDate,
    options.region,
    options.service,
  );
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}
