// A seeded generator of hostile inputs for the reliability tests: wrong types, unicode and
// control characters, NUL, lone surrogates, deep nesting, `__proto__`/`constructor` keys, huge
// and tiny numbers, very long strings, empty values, invalid and huge policy documents. Every
// case draws from its own generator, seeded by the run's seed and the case's label, so one case
// can be replayed alone (RELIABILITY_SEED=<seed> RELIABILITY_CASE=<label>), or with the cases
// that ran beside it (RELIABILITY_CASE=root#656,root#657,...: a failure may need its neighbours).

export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** The generator of one case: the run's seed mixed with the case's label (FNV-1a). */
export function caseRng(seed: number, label: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return makeRng(h >>> 0);
}

/** The run's seed: RELIABILITY_SEED to replay one, else a fresh one (printed on failure). */
export function runSeed(): number {
  const fixed = process.env.RELIABILITY_SEED;
  if (fixed !== undefined && fixed !== '') return Number(fixed) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

/** Total cases of a fuzz run: RELIABILITY_CASES, else the default of the normal test run. */
export function caseCount(normal: number): number {
  const n = Number(process.env.RELIABILITY_CASES);
  return Number.isInteger(n) && n > 0 ? n : normal;
}

/** The cases to run (RELIABILITY_CASE=aws#17 or a comma-separated list), if replaying. */
export function onlyCases(): Set<string> | undefined {
  const only = process.env.RELIABILITY_CASE;
  return only ? new Set(only.split(',').map((l) => l.trim())) : undefined;
}

export function replayHint(seed: number, label?: string): string {
  return `replay with RELIABILITY_SEED=${seed}${label ? ` RELIABILITY_CASE='${label}'` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Strings

const LENGTHS = [63, 64, 65, 128, 129, 256, 257, 512, 513, 1024, 2048, 2049, 6145, 65_536, 131_073];

/** The nastiest single strings, each for a reason. */
const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'nul\u0000byte',
  'target\u0000',
  '\u0001\u0007\u0008\u001b[31m\u007f',
  '\u0085\u2028\u2029',
  '\ud800',
  'a\udfffb',
  '\udbff\udfff',
  '\ud83d\ude00\ud83d',
  '👩‍👩‍👧‍👦',
  '\u202eevil',
  '\u200b\ufeff\u2060',
  'e\u0301\u0301\u0301',
  'аdmin',
  'Ǆǅǆ',
  'ＡＢＣ',
  '\uffff\ufffe',
  '%00',
  '%',
  '%zz',
  '+',
  '&=&',
  '../../etc/passwd',
  '/',
  '//',
  '/a//b/',
  '<script>alert(1)</script>',
  '\'; DROP TABLE "User"; --',
  '${aws:username}',
  '${',
  '*',
  '?',
  '\\',
  '"',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '1e999',
  'arn:aws:iam::123456789012:user/x',
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'arn:aws:iam::000000000000:root',
  'arn:',
  'arn:aws:iam:::policy/',
  'AKIA',
  'AKIAIOSFODNN7EXAMPLE',
  'v0',
  'v99999999999999999999',
  'a@b.c',
];

const CHAR_POOL = ['a', 'Z', '9', '-', '_', '.', '@', '=', ',', '+', '/', ' ', 'é', '字', '\u0000', '\ud800'];

export function hostileString(r: Rng): string {
  const kind = r.int(10);
  if (kind < 5) return r.pick(ODD_STRINGS);
  if (kind < 7) return r.pick(['a', 'x', 'é', '字', '😀', '\u0000', ' ', '*']).repeat(r.pick(LENGTHS));
  if (kind < 9) {
    let s = '';
    const n = 1 + r.int(40);
    for (let i = 0; i < n; i++) s += r.pick(CHAR_POOL);
    return s;
  }
  return hostileString(r) + hostileString(r);
}

// ---------------------------------------------------------------------------------------------
// JSON values (console bodies)

/** JSON text written into a body verbatim: what JSON.stringify cannot produce. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** An object whose members may repeat a key or be named `__proto__` (JSON text keeps both). */
export class JsonEntries {
  constructor(readonly entries: [string, unknown][]) {}
}

const nest = (open: string, close: string, depth: number, inner = '1') =>
  new RawJson(open.repeat(depth) + inner + close.repeat(depth));

function rawJsonValue(r: Rng): RawJson {
  return r.pick([
    () => new RawJson('1e999'),
    () => new RawJson('-1e999'),
    () => new RawJson('1e-400'),
    () => new RawJson('-0'),
    () => new RawJson('123456789012345678901234567890'),
    () => new RawJson('0.1e1'),
    () => new RawJson('"\\ud800"'),
    () => new RawJson('"\\udc00x\\ud800"'),
    () => new RawJson('"\\u0000"'),
    () => new RawJson('{"__proto__":{"admin":true}}'),
    () => new RawJson('{"constructor":{"prototype":{"admin":true}}}'),
    () => new RawJson('{"a":1,"a":2}'),
    () => nest('[', ']', 1 + r.pick([10, 100, 1000, 10_000, 100_000])),
    () => nest('{"a":', '}', 1 + r.pick([10, 100, 1000, 10_000, 50_000])),
  ])();
}

export function hostileNumber(r: Rng): number {
  return r.pick([
    0,
    -1,
    1,
    1.5,
    -0.0001,
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    3600,
    43_200,
    43_201,
    899,
  ]);
}

/** Any JSON value but the expected one: wrong types, odd strings and numbers, nesting, keys. */
export function hostileJson(r: Rng, depth = 0): unknown {
  const kind = r.int(12);
  if (kind < 4) return hostileString(r);
  if (kind < 6) return hostileNumber(r);
  if (kind === 6) return r.pick([true, false, null]);
  if (kind === 7) return rawJsonValue(r);
  if (kind === 8 && depth < 3) return [hostileJson(r, depth + 1), hostileJson(r, depth + 1)];
  if (kind === 9 && depth < 3) {
    return new JsonEntries([
      [r.pick(['__proto__', 'constructor', 'toString', 'key', hostileString(r)]), hostileJson(r, depth + 1)],
      ['key', hostileJson(r, depth + 1)],
    ]);
  }
  if (kind === 10) return r.pick([[], {}, [[]], [{}], Array(r.pick([100, 1001, 10_000])).fill('x')]);
  return Object.fromEntries(Array.from({ length: r.pick([10, 1000, 20_000]) }, (_, i) => [`k${i}`, i]));
}

/** JSON text of a value that may hold RawJson and JsonEntries. */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonEntries) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return jsonText(new JsonEntries(Object.entries(value)));
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whole request bodies that are not what a route expects, as raw text. */
export function hostileBodyText(r: Rng): string {
  return r.pick([
    () => '',
    () => ' ',
    () => '{',
    () => '{"a":}',
    () => '{"a":1,}',
    () => '// comment\n{}',
    () => '\ufeff{}',
    () => 'null',
    () => 'true',
    () => '"text"',
    () => '42',
    () => '[]',
    () => '{}',
    () => '{"__proto__":{"admin":true}}',
    () => '{"__proto__":null}',
    () => '{"constructor":{"prototype":{"admin":true}}}',
    () => '{"\\u0000":1}',
    () => `{${'"a":1,'.repeat(30_000)}"b":2}`,
    () => `{"x":"${'a'.repeat(1024 * 1024 + 16)}"}`,
    () => '['.repeat(200_000) + ']'.repeat(200_000),
    () => '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    () => 'NaN',
    () => '{"a":Infinity}',
    () => "{'a':1}",
  ])();
}

// ---------------------------------------------------------------------------------------------
// Policy documents

const ALLOW = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };

const policy = (statement: unknown, version: unknown = '2012-10-17') =>
  jsonText(
    new JsonEntries([
      ['Version', version],
      ['Statement', statement],
    ]),
  );

/** Policy texts that are invalid, huge, deep, or valid but strange. */
export function hostilePolicy(r: Rng): string {
  return r.pick([
    () => '',
    () => ' ',
    () => '{',
    () => 'null',
    () => '[]',
    () => '"policy"',
    () => '{}',
    () => '{"Version":"2012-10-17"}',
    () => policy([]),
    () => policy('Allow'),
    () => policy([null, 1, 'x', []]),
    () => policy(ALLOW, '2008-10-17'),
    () => policy(ALLOW, 20121017),
    () => policy(ALLOW, hostileString(r)),
    () => policy({ ...ALLOW, Effect: 'allow' }),
    () => policy({ ...ALLOW, Action: hostileJson(r) }),
    () => policy({ ...ALLOW, Resource: hostileJson(r) }),
    () => policy({ ...ALLOW, Sid: hostileString(r) }),
    () => policy({ ...ALLOW, Principal: { AWS: '*' } }),
    () => policy({ ...ALLOW, NotPrincipal: { AWS: hostileString(r) } }),
    () => policy({ ...ALLOW, Action: Array(r.pick([1000, 10_000])).fill('s3:GetObject') }),
    () => policy({ ...ALLOW, Resource: `arn:aws:s3:::${'*a'.repeat(r.pick([50, 2000]))}b` }),
    () => policy({ ...ALLOW, Action: `s3:${'*?'.repeat(r.pick([50, 2000]))}x` }),
    () => policy({ ...ALLOW, Resource: 'arn:aws:s3:::${aws:username' }),
    () => policy({ ...ALLOW, Resource: 'arn:aws:s3:::${${aws:username}}' }),
    () => policy({ ...ALLOW, Condition: hostileJson(r) }),
    () => policy({ ...ALLOW, Condition: { [hostileString(r)]: { 'aws:username': 'x' } } }),
    () => policy({ ...ALLOW, Condition: { StringLike: { [hostileString(r)]: hostileJson(r) } } }),
    () =>
      policy({
        ...ALLOW,
        Condition: { IpAddress: { 'aws:SourceIp': r.pick(['300.1.1.1/40', 'x', '::/0', '']) } },
      }),
    () =>
      policy({
        ...ALLOW,
        Condition: { DateLessThan: { 'aws:CurrentTime': r.pick(['99999-01-01', 'x', '-1']) } },
      }),
    () => policy({ ...ALLOW, Condition: { NumericLessThan: { 'aws:EpochTime': new RawJson('1e999') } } }),
    () =>
      policy({
        ...ALLOW,
        Condition: { 'ForAllValues:StringLikeIfExists': { 'aws:TagKeys': ['*'.repeat(10_000)] } },
      }),
    () => policy({ ...ALLOW, Condition: new JsonEntries([['__proto__', { StringEquals: { a: 'b' } }]]) }),
    () =>
      policy(
        new JsonEntries([
          ['Effect', 'Allow'],
          ['Effect', 'Deny'],
          ['Action', '*'],
          ['Resource', '*'],
        ]),
      ),
    () => policy(Array(r.pick([100, 2000])).fill(ALLOW)),
    () => policy({ ...ALLOW, Action: 's3:GetObject'.padEnd(r.pick([6145, 131_073, 300_000]), ' ') }),
    () => `{"Version":"2012-10-17","Statement":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    () => `{"Version":"2012-10-17","Statement":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
    () => `\ufeff${policy(ALLOW)}`,
    () => `${policy(ALLOW)}garbage`,
    () => policy(ALLOW).replace('s3', 's3\u0000'),
    () => policy(ALLOW).replace('s3', '\ud800'),
    () => hostileString(r),
  ])();
}

// ---------------------------------------------------------------------------------------------
// Text in URLs and form bodies (percent-encoded)

/**
 * Percent-encodes every code unit as UTF-8 would, lone surrogates included (WTF-8, `%ED%A0%80`),
 * which encodeURIComponent refuses: invalid UTF-8 on the wire is one of the inputs we want.
 */
export function percentEncode(text: string): string {
  let out = '';
  const byte = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (/[A-Za-z0-9\-_.~]/.test(text[i]!)) out += text[i];
    else if (c < 0x80) out += byte(c);
    else if (c < 0x800) out += byte(0xc0 | (c >> 6)) + byte(0x80 | (c & 63));
    else if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      out += byte(0xf0 | (cp >> 18)) + byte(0x80 | ((cp >> 12) & 63));
      out += byte(0x80 | ((cp >> 6) & 63)) + byte(0x80 | (cp & 63));
      i++;
    } else out += byte(0xe0 | (c >> 12)) + byte(0x80 | ((c >> 6) & 63)) + byte(0x80 | (c & 63));
  }
  return out;
}

/** Broken percent-encodings, sent as they are. */
const RAW_ENCODINGS = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%FF%FE',
  '%C0%80',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%%%',
  '%2',
  '%u0041',
];

/** A value for a query string, path segment or form field, already encoded for the wire. */
export function hostileWireText(r: Rng): string {
  if (r.chance(0.2)) return r.pick(RAW_ENCODINGS) + (r.chance(0.5) ? percentEncode(hostileString(r)) : '');
  return percentEncode(hostileString(r));
}

/**
 * A header value fetch will send (no NUL, CR or LF), hostile otherwise, and short enough that
 * with the URL it stays inside Node's 16 KB header limit (see MAX_URL_CHARS).
 */
export function hostileHeaderValue(r: Rng): string {
  // What fetch sends in a header: visible ASCII, space, and bytes 0x80-0xFF (no controls, no DEL).
  const headerSafe = (s: string) => s.replace(/[^\u0020-\u007e\u0080-\u00ff]/g, '?');
  return r.pick([
    () => '203.0.113.7',
    () => '::1',
    () => '2001:db8::1',
    () => 'unknown',
    () => '',
    () => '203.0.113.7, 198.51.100.2',
    () => '999.999.999.999',
    () => 'x'.repeat(r.pick([64, 1000, 4000])),
    () => headerSafe(hostileString(r)).slice(0, 4000),
  ])();
}

/**
 * Past 16 KB of request line and headers, Node's HTTP parser answers 431 with no body before the
 * app sees the request; fuzzed URLs stay under this so that every answer is the app's own.
 */
export const MAX_URL_CHARS = 11_000;

/** A short, printable description of a value for failure messages. */
export function preview(value: unknown, max = 160): string {
  const text = typeof value === 'string' ? value : jsonText(value);
  const shown = JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
  return shown;
}
