// Condition values for each key type, derived from the request's value so that about half of
// them match (exactly, by wildcard, by CIDR, by variable) and the rest narrowly miss.
import { isoOf, randomEpoch, IPV4, IPV6, type KeyType } from './context-keys.js';
import type { Random } from './random.js';

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

const STRING_VARIABLES = [
  '${aws:username}',
  '${aws:PrincipalTag/team}',
  "${aws:PrincipalTag/missing, 'platform'}",
  '${aws:PrincipalAccount}',
  "${aws:username, 'alice'}",
];

function stringValue(r: Random, v: string | undefined, like: boolean): string {
  const base = v ?? r.pick(['alice', 'platform', 'prod', 'us-east-1']);
  return r.weighted<() => string>([
    [30, () => base],
    [8, () => swapCase(base)],
    [like ? 10 : 3, () => base.slice(0, r.int(0, base.length)) + '*'],
    [like ? 6 : 2, () => '*' + base.slice(r.int(0, base.length))],
    [like ? 6 : 2, () => base.replace(/[a-z]/, '?')],
    [8, () => base + '-x'],
    [12, () => r.pick(STRING_VARIABLES)],
    [3, () => '${aws:username}-*'],
    [8, () => r.pick(['platform', 'data', 'prod', 'dev', 'eu-west-1', 'User', 'AssumedRole'])],
  ])();
}

function arnValue(r: Random, v: string | undefined): string {
  const base = v ?? 'arn:aws:iam::111122223333:user/alice';
  const parts = base.split(':');
  const cut = base.lastIndexOf('/');
  return r.weighted<() => string>([
    [30, () => base],
    [10, () => (cut === -1 ? base + '*' : base.slice(0, cut + 1) + '*')],
    [6, () => [...parts.slice(0, 4), '*', ...parts.slice(5)].join(':')],
    [5, () => [...parts.slice(0, 3), '*', ...parts.slice(4)].join(':')],
    [5, () => base.replace(/[a-z](?=[^:]*$)/, '?')],
    [8, () => 'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}'],
    [6, () => base.slice(0, -1)],
    [6, () => swapCase(base)],
    [6, () => 'arn:aws:iam::444455556666:*'],
    [4, () => 'arn:aws:*:*:111122223333:*'],
  ])();
}

function numericValue(r: Random, v: string | undefined): string {
  const n = v === undefined ? r.int(0, 7200) : Number(v);
  return r.weighted<() => string>([
    [30, () => String(n)],
    [15, () => String(n + 1)],
    [15, () => String(n - 1)],
    [15, () => String(n + r.int(100, 3000))],
    [15, () => String(Math.max(0, n - r.int(100, 3000)))],
    [4, () => `${n}.0`],
    [4, () => `${n}.5`],
  ])();
}

/** Date values: ISO 8601 in several forms, and epoch seconds, around the request's instant. */
function dateValue(r: Random, v: string | undefined, keyIsEpoch: boolean): string {
  const epoch = v === undefined ? randomEpoch(r) : keyIsEpoch ? Number(v) : Date.parse(v) / 1000;
  const shifted = epoch + r.pick([0, 0, 1, -1, 86400, -86400, 3600 * 24 * 30]);
  const sameForm = keyIsEpoch ? String(shifted) : isoOf(shifted);
  return r.weighted<() => string>([
    [50, () => sameForm],
    [10, () => isoOf(shifted).slice(0, 10)],
    [8, () => isoOf(shifted).replace('Z', '.000Z')],
    [6, () => new Date((shifted + 7200) * 1000).toISOString().replace('.000Z', '+02:00')],
    [12, () => (keyIsEpoch ? isoOf(shifted) : String(shifted))],
  ])();
}

function ipv6Groups(address: string): string[] {
  const [left, right] = address.includes('::') ? address.split('::') : [address, undefined];
  const head = left ? left.split(':') : [];
  const tail = right === undefined ? [] : right ? right.split(':') : [];
  const zeros = right === undefined ? [] : Array(8 - head.length - tail.length).fill('0');
  return [...head, ...zeros, ...tail].map((g) => g.padStart(4, '0'));
}

function ipValue(r: Random, v: string | undefined): string {
  const address = v ?? r.pick([...IPV4, ...IPV6]);
  if (address.includes(':')) {
    const g = ipv6Groups(address);
    return r.weighted<() => string>([
      [15, () => `${address}/128`],
      [10, () => address],
      [15, () => `${g[0]}:${g[1]}::/32`],
      [10, () => `${g.slice(0, 4).join(':')}::/64`],
      [8, () => `${g.slice(0, 3).join(':')}:0000::/48`],
      [10, () => `${g[0]}:${(parseInt(g[1]!, 16) + 1).toString(16)}::/32`],
      [5, () => '::/0'],
      [8, () => r.pick(IPV4) + '/24'],
    ])();
  }
  const o = address.split('.');
  return r.weighted<() => string>([
    [15, () => `${address}/32`],
    [10, () => address],
    [15, () => `${o[0]}.${o[1]}.${o[2]}.0/24`],
    [10, () => `${o[0]}.${o[1]}.0.0/16`],
    [8, () => `${o[0]}.0.0.0/8`],
    [12, () => `${o[0]}.${o[1]}.${(Number(o[2]) + 1) % 256}.0/24`],
    [4, () => '0.0.0.0/0'],
    [8, () => r.pick(IPV6.map((a) => `${ipv6Groups(a).slice(0, 2).join(':')}::/32`))],
  ])();
}

export interface ValueOptions {
  /** The request's value for the key (first element for multivalued keys), if present. */
  requestValue?: string;
  like: boolean;
  keyName: string;
}

export function conditionValue(r: Random, type: KeyType, options: ValueOptions): string {
  const v = options.requestValue;
  switch (type) {
    case 'String':
      return stringValue(r, v, options.like);
    case 'Arn':
      return arnValue(r, v);
    case 'Numeric':
      return numericValue(r, v);
    case 'Date':
      return dateValue(r, v, options.keyName.toLowerCase() === 'aws:epochtime');
    case 'Bool':
      return r.weighted([
        [45, v ?? 'true'],
        [45, v === 'true' ? 'false' : 'true'],
        [10, 'True'],
      ]);
    case 'IpAddress':
      return ipValue(r, v);
    case 'Binary':
      return r.chance(0.5) && v ? v : r.pick(['QUJD', 'aGVsbG8=', 'QUJE']);
  }
}
