// Raw AWS Query requests signed with @smithy/signature-v4, for the cases an SDK will not send:
// missing or broken signatures, presigned URLs, odd bodies.
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-clients.js';

export interface RawResponse {
  status: number;
  text: string;
  /** `<Code>` of an error document. */
  code?: string;
  message?: string;
}

/** `applyChecksum: false` signs as the aws CLI and boto3 do for IAM and STS: no x-amz-content-sha256. */
export function signer(credentials: AwsCredentials, service = 'iam', applyChecksum = true): SignatureV4 {
  return new SignatureV4({
    credentials,
    region: 'us-east-1',
    service,
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum,
  });
}

export async function send(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  return {
    status: res.status,
    text,
    code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1],
    message: /<Message>([^<]*)<\/Message>/
      .exec(text)?.[1]
      ?.replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  };
}

/** A POST of `body` (form-encoded) signed in the Authorization header. */
export async function signedPost(
  baseUrl: string,
  credentials: AwsCredentials,
  body: string,
  options: {
    service?: string;
    signingDate?: Date;
    headers?: Record<string, string>;
    applyChecksum?: boolean;
  } = {},
): Promise<{ url: string; headers: Record<string, string>; body: string }> {
  const url = new URL(baseUrl);
  const request = {
    method: 'POST',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: {
      host: url.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      ...options.headers,
    },
    body,
  };
  const signed = await signer(credentials, options.service, options.applyChecksum ?? true).sign(request, {
    ...(options.signingDate ? { signingDate: options.signingDate } : {}),
  });
  return { url: `${baseUrl}/`, headers: signed.headers as Record<string, string>, body };
}

export function form(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
