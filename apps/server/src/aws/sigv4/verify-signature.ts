// Checks a request's SigV4 signature by signing the same request with the secret we hold and
// comparing in constant time. A request signed in its Authorization header (every SDK call) is
// signed here directly, as @smithy/signature-v4 (the signer the AWS SDKs use) would sign it, with
// the derived signing key cached per key, day, region and service; presigned URLs go through
// smithy's signer itself, kept per access key so its own signing-key cache is hit.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { AwsError } from '../protocol/aws-error.js';
import { parseAmzDate, type SignedRequestParts } from './authorization-header.js';
import { headerSignature } from './header-signature.js';

/** AWS refuses a request signed more than 15 minutes before or after its own clock. */
export const CLOCK_SKEW_MS = 15 * 60 * 1000;

const Sha256 = Hash.bind(null, 'sha256');

export interface RequestToVerify {
  method: string;
  /** The path as sent, e.g. `/`. */
  path: string;
  /** Query parameters, decoded; the presigning ones are dropped before verifying. */
  query: ReadonlyMap<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const signers = new Map<string, SignatureV4>();
const MAX_SIGNERS = 10_000;

function signerFor(
  accessKeyId: string,
  secretAccessKey: string,
  sessionToken: string | undefined,
): SignatureV4 {
  const key = `${accessKeyId}\u0000${createHash('sha256').update(secretAccessKey).digest('hex')}\u0000${sessionToken ?? ''}`;
  let signer = signers.get(key);
  if (!signer) {
    signer = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
      region: 'us-east-1',
      service: 'iam',
      sha256: Sha256,
      uriEscapePath: true,
      // Sign only the headers the client signed: by default smithy adds x-amz-content-sha256 and
      // signs it, which the JS SDK also does but botocore (the aws CLI, boto3) does not for IAM/STS.
      applyChecksum: false,
    });
    if (signers.size >= MAX_SIGNERS) signers.delete(signers.keys().next().value as string);
    signers.set(key, signer);
  }
  return signer;
}

function amzDateString(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** SignatureDoesNotMatch "Signature expired: …" and "Signature not yet current: …", AWS's words. */
export function checkSigningTime(parts: SignedRequestParts, now: Date): Date {
  const signedAt = parseAmzDate(parts.amzDate);
  if (!signedAt) {
    throw new AwsError(
      'IncompleteSignature',
      `Date must be in ISO-8601 'basic format'. Got '${parts.amzDate}'.`,
      403,
    );
  }
  if (parts.scope.date !== parts.amzDate.slice(0, 8)) {
    throw new AwsError(
      'SignatureDoesNotMatch',
      `Credential should be scoped to a valid date: '${parts.amzDate.slice(0, 8)}'.`,
      403,
    );
  }
  if (parts.kind === 'presigned') {
    const expiresAt = signedAt.getTime() + (parts.expiresIn ?? 900) * 1000;
    if (now.getTime() > expiresAt) throw new AwsError('AccessDenied', 'Request has expired', 403);
    if (signedAt.getTime() - now.getTime() > CLOCK_SKEW_MS) {
      throw new AwsError(
        'SignatureDoesNotMatch',
        `Signature not yet current: ${parts.amzDate} is still later than ${amzDateString(new Date(now.getTime() + CLOCK_SKEW_MS))} (${amzDateString(now)} + 15 min.)`,
        403,
      );
    }
    return signedAt;
  }
  if (now.getTime() - signedAt.getTime() > CLOCK_SKEW_MS) {
    throw new AwsError(
      'SignatureDoesNotMatch',
      `Signature expired: ${parts.amzDate} is now earlier than ${amzDateString(new Date(now.getTime() - CLOCK_SKEW_MS))} (${amzDateString(now)} - 15 min.)`,
      403,
    );
  }
  if (signedAt.getTime() - now.getTime() > CLOCK_SKEW_MS) {
    throw new AwsError(
      'SignatureDoesNotMatch',
      `Signature not yet current: ${parts.amzDate} is still later than ${amzDateString(new Date(now.getTime() + CLOCK_SKEW_MS))} (${amzDateString(now)} + 15 min.)`,
      403,
    );
  }
  return signedAt;
}

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function verifySignature(
  request: RequestToVerify,
  parts: SignedRequestParts,
  signedAt: Date,
  secretAccessKey: string,
): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of parts.signedHeaders) {
    const v = request.headers[name];
    if (v === undefined) throw new AwsError('SignatureDoesNotMatch', MISMATCH, 403);
    headers[name] = Array.isArray(v) ? v.join(',') : v;
  }
  // A signed body hash must be the body's: otherwise the signature would cover another body.
  const claimed = headers['x-amz-content-sha256'];
  if (claimed !== undefined && claimed !== 'UNSIGNED-PAYLOAD') {
    const actual = createHash('sha256').update(request.body).digest('hex');
    if (claimed !== actual) {
      throw new AwsError(
        'SignatureDoesNotMatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        403,
      );
    }
  }
  const query: Record<string, string> = {};
  for (const [k, v] of request.query) {
    if (parts.kind === 'presigned' && k.startsWith('X-Amz-')) continue;
    query[k] = v;
  }
  const signable = {
    method: request.method,
    protocol: 'http:',
    hostname: headers.host ?? '',
    path: request.path,
    query,
    headers,
    body: request.body.length > 0 ? request.body : undefined,
  };
  const sessionToken =
    parts.signedHeaders.includes('x-amz-security-token') || parts.kind === 'presigned'
      ? parts.sessionToken
      : undefined;
  const signableHeaders = new Set(parts.signedHeaders);
  const options = {
    signingDate: signedAt,
    signingRegion: parts.scope.region,
    signingService: parts.scope.service,
    signableHeaders,
    unsignableHeaders: new Set(Object.keys(headers).filter((h) => !signableHeaders.has(h))),
  };
  let expected: string | undefined;
  if (parts.kind === 'presigned') {
    const signer = signerFor(parts.scope.accessKeyId, secretAccessKey, sessionToken);
    const signed = await signer.presign(signable, { ...options, expiresIn: parts.expiresIn });
    expected = signed.query?.['X-Amz-Signature'] as string | undefined;
  } else {
    expected = headerSignature(signable, {
      accessKeyId: parts.scope.accessKeyId,
      secretAccessKey,
      sessionToken,
      signingDate: signedAt,
      region: parts.scope.region,
      service: parts.scope.service,
      signableHeaders,
    });
  }
  if (expected === undefined || !sameHex(expected, parts.signature)) {
    throw new AwsError('SignatureDoesNotMatch', MISMATCH, 403);
  }
}
