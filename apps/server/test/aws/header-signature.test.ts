// The door signs header-signed requests itself (src/aws/sigv4/header-signature.ts) instead of
// through @smithy/signature-v4: every signature here must be the one smithy writes for the same
// request, over the odd corners clients and attackers reach (unsignable headers, folded values,
// reserved query characters, dot segments, session tokens, a client's own Date header).
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { headerSignature, type SignableRequest } from '../../src/aws/sigv4/header-signature.js';

const credentials = {
  accessKeyId: 'AKIAABCDEFGHIJKLMNOP',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY+é',
};

async function smithySignature(
  request: SignableRequest,
  signingDate: Date,
  region: string,
  service: string,
  sessionToken?: string,
): Promise<string> {
  const signer = new SignatureV4({
    credentials: { ...credentials, ...(sessionToken ? { sessionToken } : {}) },
    region: 'us-east-1',
    service: 'iam',
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: true,
    applyChecksum: false,
  });
  const signableHeaders = new Set(Object.keys(request.headers));
  const signed = await signer.sign(
    { ...request, protocol: 'http:', hostname: request.headers.host ?? '' },
    {
      signingDate,
      signingRegion: region,
      signingService: service,
      signableHeaders,
      unsignableHeaders: new Set(),
    },
  );
  return /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization))![1]!;
}

const date = new Date('2026-12-06T21:45:07.000Z');
const base: SignableRequest = {
  method: 'POST',
  path: '/',
  query: {},
  headers: {
    host: '127.0.0.1:8080',
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    'x-amz-date': '20261206T214507Z',
  },
  body: Buffer.from('Action=GetUser&Version=2010-05-08&UserName=alice'),
};

const cases: [string, SignableRequest, string?][] = [
  ['an SDK POST', base],
  [
    'a signed body hash',
    { ...base, headers: { ...base.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
  ],
  ['no body', { ...base, method: 'GET', body: undefined }],
  [
    'a query string with reserved and non-ASCII characters, and a signature parameter',
    {
      ...base,
      method: 'GET',
      body: undefined,
      query: {
        Action: 'ListUsers',
        'Path Prefix': "/a b/(c)!*'~é/",
        empty: '',
        'X-Amz-Signature': 'ignored',
        a: 'z',
        B: 'y',
      },
    },
  ],
  [
    'folded, padded and tabbed header values',
    {
      ...base,
      headers: { ...base.headers, 'x-custom': '  a\t\tb \r\n  c  ', 'x-other': 'x  y' },
    },
  ],
  [
    'headers smithy signs only when named: user-agent, connection, proxy-*, sec-*, x-amzn-trace-id',
    {
      ...base,
      headers: {
        ...base.headers,
        'user-agent': 'aws-cli/2.9.19',
        connection: 'keep-alive',
        'proxy-authorization': 'x',
        'sec-fetch-mode': 'cors',
        'x-amzn-trace-id': 'Root=1',
      },
    },
  ],
  [
    'a client-signed Date and Authorization header (smithy drops both)',
    { ...base, headers: { ...base.headers, date: 'Sun, 06 Dec 2026 21:45:07 GMT', authorization: 'x' } },
  ],
  [
    'an x-amz-date that is not the signing date (smithy writes its own)',
    { ...base, headers: { ...base.headers, 'x-amz-date': '20250101T000000Z' } },
  ],
  [
    'a session token',
    { ...base, headers: { ...base.headers, 'x-amz-security-token': 'tok/en+=' } },
    'tok/en+=',
  ],
  ['paths with dot segments and reserved characters', { ...base, path: '/a/./b/../c d/(e)!/' }],
  ['a path without a leading slash', { ...base, path: 'a//b' }],
  ['an empty path', { ...base, path: '' }],
];

describe('the door signs a header-signed request as @smithy/signature-v4 does', () => {
  for (const [name, request, token] of cases) {
    it(name, async () => {
      for (const [region, service] of [
        ['us-east-1', 'iam'],
        ['eu-west-3', 'sts'],
      ] as const) {
        const ours = headerSignature(request, {
          ...credentials,
          sessionToken: token,
          signingDate: date,
          region,
          service,
          signableHeaders: new Set(Object.keys(request.headers)),
        });
        expect(ours).toBe(await smithySignature(request, date, region, service, token));
      }
    });
  }

  it('derives a new signing key when the secret behind a key id changes, and on another day', async () => {
    const options = {
      ...credentials,
      signingDate: date,
      region: 'us-east-1',
      service: 'iam',
      signableHeaders: new Set(Object.keys(base.headers)),
    };
    const first = headerSignature(base, options);
    const rotated = headerSignature(base, { ...options, secretAccessKey: 'another-secret' });
    expect(rotated).not.toBe(first);
    expect(headerSignature(base, options)).toBe(first);
    const nextDay = new Date(date.getTime() + 86_400_000);
    expect(headerSignature(base, { ...options, signingDate: nextDay })).toBe(
      await smithySignature(base, nextDay, 'us-east-1', 'iam'),
    );
  });
});
