// Route fuzzing: seeded hostile requests (hostile-values.ts) at every route the route walker finds
// under /api, as the root user and as an IAM user allowed everything, and at every action in the
// AWS door's registry, signed with a valid root access key, the parameters built from AWS's model
// and then broken (missing, wrong type, over-long, bad list indexes, repeated keys, unknown keys).
// Every answer must be below 500, every 4xx must carry an error code (`{ error: { code } }` on
// /api, `<Code>` at /), and the server must still answer its health check after.
//
// The normal run sends a few hundred cases; `RELIABILITY_CASES=5000` sends 5,000 (the
// `reliability` script). Each failure names the run's seed and the case's label: rerun with
// RELIABILITY_SEED=<seed> RELIABILITY_CASE=<label> to send that one request again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamActions } from '../../src/aws/iam/iam-actions.js';
import {
  IAM_MODEL,
  patternRegExp,
  shapeOf,
  STS_MODEL,
  type MemberRef,
  type ServiceModel,
  type Shape,
} from '../../src/aws/protocol/service-model.js';
import { stsActions } from '../../src/aws/sts/sts-actions.js';
import { ApiClient, type ApiResponse } from '../harness/api-client.js';
import {
  ALLOW_ALL,
  allow,
  createManagedPolicy,
  createTestAccount,
  createTestUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { createTestAccessKey, type AwsCredentials } from '../aws/aws-clients.js';
import { signer } from '../aws/signed-fetch.js';
import {
  fillPath,
  hasBody,
  IDENTITY,
  pathParams,
  QUERIES,
  registeredRoutes,
  sampleBody,
  TARGET,
  TRUST,
  type RouteEntry,
  type SampleContext,
} from '../iam/route-table.js';
import {
  caseCount,
  caseRng,
  hostileBodyText,
  hostileHeaderValue,
  hostileJson,
  hostilePolicy,
  hostileString,
  hostileWireText,
  JsonEntries,
  jsonText,
  MAX_URL_CHARS,
  onlyCases,
  percentEncode,
  preview,
  replayHint,
  runSeed,
  type Rng,
} from './hostile-values.js';

const SEED = runSeed();
const TOTAL = caseCount(600);
const ONLY = onlyCases();
const VERBOSE = process.env.RELIABILITY_VERBOSE === '1';
/** Requests in flight at once: within the test database's pool, kind to a shared 2-core machine. */
const PARALLEL = 4;
/** A case slower than this is reported in the summary (not a failure: a denial-of-service hint). */
const SLOW_MS = 3000;
/** Address of the harness's own sign-ins, which fuzz cases never use (they could lock it). */
const HARNESS_IP = '192.0.2.1';

const share = { root: Math.round(TOTAL * 0.3), iam: Math.round(TOTAL * 0.3) };
const COUNTS = { root: share.root, iam: share.iam, aws: TOTAL - share.root - share.iam };
/** Each `it` waits for its share of cases, at a generous 300 ms a case. */
const timeoutFor = (cases: number) => 60_000 + cases * 300;

let server: TestServer;
let account: TestAccount;
let sample: SampleContext;
let rootKey: AwsCredentials;
let iamCaller: TestUser;

// ---------------------------------------------------------------------------------------------
// Harness

interface Outcome {
  label: string;
  request: string;
  status: number;
  code?: string;
  text: string;
  ms: number;
}

interface Run {
  failures: string[];
  slow: Outcome[];
  statuses: Map<number, number>;
  sent: number;
}

const newRun = (): Run => ({ failures: [], slow: [], statuses: new Map(), sent: 0 });

function record(run: Run, outcome: Outcome, fine: boolean): void {
  run.sent++;
  run.statuses.set(outcome.status, (run.statuses.get(outcome.status) ?? 0) + 1);
  if (outcome.ms > SLOW_MS) run.slow.push(outcome);
  // Replaying: show every request and its answer, not only the failures.
  if (ONLY)
    console.log(`[${outcome.label}] ${outcome.request} → ${outcome.status} ${preview(outcome.text, 300)}`);
  if (!fine) {
    run.failures.push(
      `[${outcome.label}] ${outcome.request} → ${outcome.status} ${preview(outcome.text, 300)}`,
    );
  }
}

function summary(name: string, run: Run): void {
  if (!VERBOSE) return;
  const statuses = [...run.statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`);
  const slow = run.slow.sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `${name}: ${run.sent} cases (seed ${SEED}), statuses ${statuses.join(' ')}` +
      (slow.length
        ? `; slowest: ${slow.map((o) => `[${o.label}] ${o.ms} ms ${o.request}`).join(' | ')}`
        : ''),
  );
}

function labels(prefix: keyof typeof COUNTS): string[] {
  const all = Array.from({ length: COUNTS[prefix] }, (_, i) => `${prefix}#${i}`);
  return ONLY ? all.filter((l) => ONLY.has(l)) : all;
}

async function inBatches<T>(items: T[], each: (item: T) => Promise<void>, between?: () => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(each));
    await between?.();
  }
}

function expectNoFailures(run: Run): void {
  expect(run.failures, `${run.failures.length} failing cases; ${replayHint(SEED)}`).toEqual([]);
}

async function expectHealthy(): Promise<void> {
  const res = await fetch(`${server.baseUrl}/api/health`);
  expect(res.status, `health after the fuzz cases; ${replayHint(SEED)}`).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
}

/** Targets every route acts on, created again now and then (fuzz cases may delete them). */
async function seedTargets(root: ApiClient): Promise<void> {
  const arn = encodeURIComponent(sample.policyArn);
  await root.post('/api/users', { userName: TARGET, tags: [{ key: 'team', value: 'web' }] });
  await root.put(`/api/users/${TARGET}/login-profile`, { password: 'Target-Password-1' });
  await root.put(`/api/users/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  await root.post('/api/groups', { groupName: TARGET });
  await root.post(`/api/groups/${TARGET}/members`, { userName: TARGET });
  await root.put(`/api/groups/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  await root.post('/api/roles', { roleName: TARGET, trustPolicy: TRUST });
  await root.put(`/api/roles/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  for (const kind of ['users', 'groups', 'roles']) {
    await root.post(`/api/${kind}/${TARGET}/attached-policies`, { policyArn: sample.policyArn });
  }
  await root.post(`/api/policies/${arn}/versions`, { document: IDENTITY });
}

async function signIn(kind: 'root' | 'iam'): Promise<ApiClient> {
  const client = new ApiClient(server.baseUrl);
  const headers = { 'X-Forwarded-For': HARNESS_IP };
  const res =
    kind === 'root'
      ? await client.post(
          '/api/auth/signin/root',
          { email: account.email, password: account.password },
          { headers },
        )
      : await client.post(
          '/api/auth/signin/iam',
          { account: account.accountId, userName: iamCaller.name, password: iamCaller.password },
          { headers },
        );
  expect(res.status, `harness sign-in as ${kind}: ${JSON.stringify(res.body)}`).toBe(200);
  return client;
}

beforeAll(async () => {
  // Trusting X-Forwarded-For lets every case come from its own (or a hostile) address, so the
  // sign-in throttle that fuzzed sign-ins trip never refuses the harness's own sign-ins.
  server = await startTestServer({ config: { trustProxy: true } });
  account = await createTestAccount(server);
  sample = {
    accountId: account.accountId,
    policyArn: (await createManagedPolicy(server, account.accountId, 'target-policy', allow('s3:*'))).arn,
  };
  iamCaller = await createTestUser(server, account.accountId, {
    name: 'fuzz-caller',
    inlinePolicies: { everything: ALLOW_ALL },
  });
  rootKey = await createTestAccessKey(server, account.accountId, null);
  await seedTargets(await signIn('root'));
}, 120_000);
afterAll(() => server?.close());

// ---------------------------------------------------------------------------------------------
// The console's JSON API

/** Bodies the route table's samples would let succeed in a way that ends the fuzz's sessions. */
const SAFE_BODIES: Record<string, Record<string, unknown>> = {
  // A wrong old password: the caller's own password never changes under the fuzz.
  'POST /auth/change-password': { oldPassword: 'Not-The-Password-1', newPassword: 'Another-Password-2' },
};

/** Body members the routes know, added where they do not belong and given hostile values. */
const KNOWN_FIELDS = [
  'userName',
  'groupName',
  'roleName',
  'policyName',
  'policyArn',
  'document',
  'trustPolicy',
  'path',
  'newPath',
  'newUserName',
  'newGroupName',
  'description',
  'maxSessionDuration',
  'tags',
  'permissionsBoundary',
  'setAsDefault',
  'versionId',
  'status',
  'deviceName',
  'password',
  'oldPassword',
  'newPassword',
  'passwordResetRequired',
  'email',
  'account',
  'alias',
  'token',
  'mfaToken',
  'code',
  'authenticationCode1',
  'authenticationCode2',
  'policies',
  'actions',
  'resources',
  'context',
  'principalArn',
  'minimumPasswordLength',
  'maxPasswordAge',
  'passwordReusePrevention',
  'hardExpiry',
  'requireSymbols',
  '__proto__',
  'constructor',
];
const DOCUMENT_FIELDS = new Set(['document', 'trustPolicy', 'permissionsBoundaryDocument']);
const QUERY_KEYS = [
  'limit',
  'cursor',
  'search',
  'pathPrefix',
  'sort',
  'order',
  'scope',
  'onlyAttached',
  'policyUsageFilter',
  'usage',
  'force',
  'keys',
  '__proto__',
  'constructor',
  'limit[]',
  'a[b]',
];

interface ConsoleCase {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  omitCsrf: boolean;
}

function hostileFieldValue(r: Rng, field: string): unknown {
  if (DOCUMENT_FIELDS.has(field) && r.chance(0.7)) return hostilePolicy(r);
  if (field === 'policies' && r.chance(0.7)) {
    return Array.from({ length: r.pick([1, 2, 21]) }, () => hostilePolicy(r));
  }
  if (field === 'tags' && r.chance(0.5)) {
    return Array.from({ length: r.pick([1, 2, 51]) }, () => ({ key: hostileJson(r), value: hostileJson(r) }));
  }
  if ((field === 'actions' || field === 'resources') && r.chance(0.5)) {
    return Array.from({ length: r.pick([1, 51, 1001]) }, () => hostileString(r));
  }
  if (field === 'context' && r.chance(0.5)) {
    return new JsonEntries([
      [r.pick(['__proto__', 'constructor', 'aws:SourceIp', hostileString(r)]), hostileJson(r)],
    ]);
  }
  return hostileJson(r);
}

function consoleCase(label: string, route: RouteEntry): ConsoleCase {
  const r = caseRng(SEED, label);
  const params = pathParams(route.path);
  const withBody = hasBody(route.method) || (route.method === 'DELETE' && r.chance(0.1));
  const entries: [string, unknown][] = Object.entries(
    SAFE_BODIES[route.key] ?? sampleBody(route.key, sample),
  );
  let path = fillPath(route.path, sample);
  let query = (QUERIES[route.key] ?? '').replace(/^\?/, '');
  let rawBody: string | undefined;
  const headers: Record<string, string> = { 'X-Forwarded-For': `198.51.100.${1 + r.int(250)}` };
  let omitCsrf = false;

  const mutations: (() => void)[] = [
    () => {
      const param = params.length ? r.pick(params) : undefined;
      if (param) path = fillPath(route.path, sample, { param, value: hostileWireText(r) });
    },
    () => {
      const pairs = Array.from({ length: 1 + r.int(3) }, () => {
        const key = r.chance(0.8) ? r.pick(QUERY_KEYS) : hostileWireText(r);
        return `${key}=${hostileWireText(r)}`;
      });
      query = [query, ...pairs].filter(Boolean).join('&');
    },
  ];
  if (withBody) {
    mutations.push(
      () => {
        if (entries.length === 0) return;
        const i = r.int(entries.length);
        entries[i] = [entries[i]![0], hostileFieldValue(r, entries[i]![0])];
      },
      () => {
        if (entries.length) entries.splice(r.int(entries.length), 1);
      },
      () => {
        const field = r.pick(KNOWN_FIELDS);
        entries.push([field, hostileFieldValue(r, field)]);
      },
      () => {
        // The same member twice: JSON.parse keeps the last.
        if (entries.length) entries.push([entries[0]![0], hostileJson(r)]);
      },
      () => {
        rawBody = r.chance(0.6) ? hostileBodyText(r) : jsonText(hostileJson(r));
      },
      () => {
        headers['Content-Type'] = r.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/json-patch+json',
          'multipart/form-data; boundary=x',
        ]);
      },
    );
  }
  mutations.push(
    () => {
      headers['X-Forwarded-For'] = hostileHeaderValue(r);
    },
    () => {
      if (r.chance(0.5)) omitCsrf = true;
      else headers.Origin = r.pick(['https://evil.example', 'null', '', hostileHeaderValue(r)]);
    },
  );
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) {
    // Path, query and body mutations are the point; headers are the seasoning.
    const pick = r.chance(0.85) ? r.int(mutations.length - 2) : mutations.length - 2 + r.int(2);
    mutations[pick]!();
  }
  const body = withBody ? (rawBody ?? jsonText(new JsonEntries(entries))) : undefined;
  if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  return {
    label,
    method: route.method,
    url: `/api${path}${query ? `?${query}` : ''}`.slice(0, MAX_URL_CHARS),
    headers,
    body,
    omitCsrf,
  };
}

function describeConsole(c: ConsoleCase): string {
  const extra = Object.entries(c.headers)
    .filter(([h]) => h !== 'Content-Type' || c.headers[h] !== 'application/json')
    .map(([h, v]) => `${h}: ${preview(v, 60)}`);
  return `${c.method} ${preview(c.url, 200)}${extra.length ? ` [${extra.join(', ')}]` : ''}${c.omitCsrf ? ' [no CSRF token]' : ''}${c.body !== undefined ? ` body ${preview(c.body, 300)}` : ''}`;
}

async function sendConsole(c: ConsoleCase, session: ApiClient): Promise<Outcome> {
  const headers: Record<string, string> = { Accept: 'application/json', ...c.headers };
  headers.Cookie = [...session.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  if (c.method !== 'GET' && !c.omitCsrf && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const started = performance.now();
  const request = describeConsole(c);
  try {
    const res = await fetch(server.baseUrl + c.url, {
      method: c.method,
      headers,
      body: c.body,
      redirect: 'manual',
    });
    const text = await res.text();
    let code: string | undefined;
    try {
      const parsed = JSON.parse(text) as { error?: { code?: unknown } };
      if (typeof parsed?.error?.code === 'string' && parsed.error.code) code = parsed.error.code;
    } catch {
      // not JSON: no code
    }
    return {
      label: c.label,
      request,
      status: res.status,
      code,
      text,
      ms: Math.round(performance.now() - started),
    };
  } catch (err) {
    return {
      label: c.label,
      request,
      status: 0,
      text: noAnswer(err),
      ms: Math.round(performance.now() - started),
    };
  }
}

/** A request that got no answer: fetch's own error and its cause (a reset, a refused header). */
function noAnswer(err: unknown): string {
  const cause = (err as { cause?: unknown })?.cause;
  return `no answer: ${String(err)}${cause ? ` (${String(cause)})` : ''}`;
}

const consoleFine = (o: Outcome) =>
  o.status >= 200 && o.status < 500 && (o.status < 400 || o.code !== undefined);

async function fuzzConsole(kind: 'root' | 'iam'): Promise<Run> {
  const routes = registeredRoutes();
  expect(routes.length).toBeGreaterThan(75);
  const run = newRun();
  let session = await signIn(kind);
  const root = kind === 'root' ? session : await signIn('root');
  let sessionLost = false;
  let batches = 0;
  await inBatches(
    labels(kind),
    async (label) => {
      const index = Number(label.split('#')[1]);
      const c = consoleCase(label, routes[index % routes.length]!);
      const outcome = await sendConsole(c, session);
      if (outcome.code === 'NotAuthenticated') sessionLost = true;
      record(run, outcome, consoleFine(outcome));
    },
    async () => {
      // A fuzzed sign-out ends the session: sign in again, and put back what cases deleted.
      if (sessionLost && (await session.get('/api/auth/whoami')).status === 401) session = await signIn(kind);
      sessionLost = false;
      if (++batches % 25 === 0) await seedTargets(kind === 'root' ? session : root);
    },
  );
  return run;
}

// ---------------------------------------------------------------------------------------------
// The AWS door

type Entry = [key: string, value: string];

interface AwsCase {
  label: string;
  action: string;
  service: 'iam' | 'sts';
  /** Form body, already encoded. */
  body: string;
  contentType: string;
  /** Unsigned requests made by hand (the `auth` mutations). */
  raw?: { method: string; url: string; headers: Record<string, string> };
}

const enc = percentEncode;
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

/** Valid values for members by AWS's member name: entities that exist (seedTargets). */
function knownValue(name: string): string | undefined {
  const acct = sample.accountId;
  const values: Record<string, string> = {
    UserName: TARGET,
    GroupName: TARGET,
    RoleName: TARGET,
    PolicyName: 'inline',
    PolicyArn: sample.policyArn,
    PermissionsBoundary: sample.policyArn,
    PolicyDocument: IDENTITY,
    AssumeRolePolicyDocument: TRUST,
    VersionId: 'v2',
    AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    SerialNumber: `arn:aws:iam::${acct}:mfa/target`,
    VirtualMFADeviceName: TARGET,
    RoleArn: `arn:aws:iam::${acct}:role/${TARGET}`,
    RoleSessionName: 'fuzz-session',
    AccountAlias: 'fuzz-alias',
    Password: 'Another-Password-2',
    NewPassword: 'Another-Password-2',
    OldPassword: 'Not-The-Password-1',
    AuthenticationCode1: '123456',
    AuthenticationCode2: '654321',
    TokenCode: '123456',
    Path: '/',
    PathPrefix: '/',
    Description: 'fuzzed',
    Status: 'Inactive',
    PolicySourceArn: `arn:aws:iam::${acct}:user/${TARGET}`,
    Arn: `arn:aws:iam::${acct}:user/${TARGET}`,
    ExternalId: 'external-id',
    SourceIdentity: 'fuzzer',
    DurationSeconds: '900',
  };
  return values[name];
}

const LIST_MEMBER_VALUES: Record<string, string> = {
  ActionNames: 's3:GetObject',
  ResourceArns: '*',
  TagKeys: 'team',
  PolicyInputList: IDENTITY,
  TransitiveTagKeys: 'team',
};

const CANDIDATES = [
  'target',
  'a1',
  '/',
  'v1',
  'AKIAIOSFODNN7EXAMPLE',
  '123456',
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
];

function validString(shape: Shape): string {
  if (shape.enum?.length) return shape.enum[0]!;
  const re = shape.pattern ? patternRegExp(shape.pattern) : null;
  const fits = (s: string) =>
    (!re || re.test(s)) && s.length >= (shape.min ?? 0) && s.length <= (shape.max ?? Infinity);
  return CANDIDATES.find(fits) ?? 'x'.repeat(Math.max(1, shape.min ?? 1));
}

function validScalar(name: string, shape: Shape): string {
  const known = knownValue(name);
  if (known !== undefined) return known;
  switch (shape.type) {
    case 'integer':
    case 'long':
      return String(Math.min(Math.max(shape.min ?? 1, 1), shape.max ?? Infinity));
    case 'boolean':
      return 'false';
    case 'timestamp':
      return '2026-01-01T00:00:00Z';
    case 'blob':
      return 'aGVsbG8=';
    default:
      return validString(shape);
  }
}

/** The parameters of a valid value for `ref` under `prefix` (`Tags.member.1.Key=team`, ...). */
function validEntries(r: Rng, model: ServiceModel, name: string, ref: MemberRef, prefix: string): Entry[] {
  const shape = shapeOf(model, ref.shape);
  if (shape.type === 'structure') return structureEntries(r, model, shape, `${prefix}.`);
  if (shape.type === 'list') {
    const base =
      shape.flattened || ref.flattened ? prefix : `${prefix}.${shape.member!.locationName ?? 'member'}`;
    const memberShape = shapeOf(model, shape.member!.shape);
    if (memberShape.type !== 'structure') {
      return [[`${base}.1`, LIST_MEMBER_VALUES[name] ?? validScalar(name, memberShape)]];
    }
    if (name === 'Tags')
      return [
        [`${base}.1.Key`, 'team'],
        [`${base}.1.Value`, 'ops'],
      ];
    return validEntries(r, model, name, shape.member!, `${base}.1`);
  }
  if (shape.type === 'map') {
    return [
      [`${prefix}.entry.1.key`, 'team'],
      [`${prefix}.entry.1.value`, 'ops'],
    ];
  }
  return [[prefix, validScalar(name, shape)]];
}

function structureEntries(r: Rng, model: ServiceModel, shape: Shape, prefix = ''): Entry[] {
  const out: Entry[] = [];
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    if (!shape.required?.includes(name) && !r.chance(0.35)) continue;
    out.push(...validEntries(r, model, name, ref, `${prefix}${ref.locationName ?? name}`));
  }
  return out;
}

const WRONG_TYPED: Record<string, readonly string[]> = {
  integer: [
    'abc',
    '1.5',
    '1e3',
    '99999999999999999999',
    '-99999999999999',
    '',
    ' 1',
    '0x10',
    '١٢',
    '-0',
    'NaN',
  ],
  boolean: ['yes', '1', 'TRUE ', '', 'null', 'truee'],
  timestamp: ['garbage', '99999999999999999999', '-1', '2026-13-45T99:99:99Z', '', '1e999'],
};
const BAD_INDEXES = [
  '0',
  '99999999',
  '999999999',
  '999999999999',
  '-1',
  '01',
  '1e3',
  '1.5',
  'x',
  '',
  '%201',
  '4294967297',
];
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'prototype',
  'Tags.member.1.__proto__',
  'UserName.__proto__',
];

function awsCase(label: string, service: 'iam' | 'sts', action: string): AwsCase {
  const r = caseRng(SEED, label);
  const model = service === 'iam' ? IAM_MODEL : STS_MODEL;
  const operation = model.operations[action]!;
  const input = operation.input
    ? shapeOf(model, operation.input)
    : { type: 'structure' as const, members: {} };
  const members = Object.entries(input.members ?? {});
  // Action and Version: either may be left out or changed (undefined: left out).
  const head: { Action?: string; Version?: string } = { Action: action, Version: model.metadata.apiVersion };
  // Values stay unencoded until the end; `raw` entries are sent exactly as they are.
  let entries: (Entry & { raw?: boolean })[] = structureEntries(r, model, input);
  const raw = (key: string, value: string) => Object.assign([key, value] as Entry, { raw: true });
  const dropMember = (name: string) => {
    entries = entries.filter(([k]) => k !== name && !k.startsWith(`${name}.`));
  };
  const member = () => (members.length ? r.pick(members) : undefined);
  let contentType = FORM;
  let wholeBody: string | undefined;
  let authMutation: AwsCase['raw'] | undefined;

  const mutations: (() => void)[] = [
    // missing: a required member (or Action/Version) left out
    () => {
      const required = input.required ?? [];
      if (required.length) dropMember(r.pick(required));
      else delete head[r.pick(['Action', 'Version'] as const)];
    },
    // wrong type: the member's value as another type
    () => {
      const m = member();
      if (!m) return;
      const [name, ref] = m;
      const shape = shapeOf(model, ref.shape);
      dropMember(name);
      const type = shape.type === 'long' ? 'integer' : shape.type;
      if (WRONG_TYPED[type]) entries.push(raw(name, enc(r.pick(WRONG_TYPED[type]!))));
      else if (shape.type === 'list' || shape.type === 'structure' || shape.type === 'map') {
        entries.push(r.chance(0.5) ? [name, 'scalar'] : [`${name}.member.1.member.1`, 'x']);
      } else entries.push(r.chance(0.5) ? [`${name}.member.1`, 'x'] : [`${name}.Key`, 'x']);
    },
    // over-long: past the model's maximum, or far past it
    () => {
      const strings = members.filter(([, ref]) => shapeOf(model, ref.shape).type === 'string');
      if (!strings.length) return;
      const [name, ref] = r.pick(strings);
      const max = shapeOf(model, ref.shape).max ?? 128;
      dropMember(name);
      entries.push([name, r.pick(['a', '/', '1', 'é']).repeat(r.pick([max + 1, 10_000, 200_000]))]);
    },
    // hostile text in a member
    () => {
      const m = member();
      if (!m) return;
      dropMember(m[0]);
      entries.push(raw(m[0], hostileWireText(r)));
    },
    // hostile text in a policy document
    () => {
      const doc = members.find(([name]) => /Document|^Policy$/.test(name));
      if (!doc) return;
      dropMember(doc[0]);
      entries.push([doc[0], hostilePolicy(r)]);
    },
    // bad list indexes (Tags.member.0, Tags.member.99999999, ...), many members, gaps
    () => {
      const lists = members.filter(([, ref]) => shapeOf(model, ref.shape).type === 'list');
      const [name] = lists.length ? r.pick(lists) : ['Tags'];
      dropMember(name);
      const style = r.int(3);
      if (style === 0) {
        const i = r.pick(BAD_INDEXES);
        entries.push(raw(`${name}.member.${i}`, 'x'), raw(`${name}.member.${i}.Key`, 'team'));
        entries.push(raw(`${name}.member.${i}.Value`, 'ops'));
      } else if (style === 1) {
        for (let i = 1; i <= r.pick([51, 1000, 1001]); i++) {
          entries.push([`${name}.member.${i}`, `v${i}`], [`${name}.member.${i}.Key`, `k${i}`]);
          entries.push([`${name}.member.${i}.Value`, 'v']);
        }
      } else {
        for (const i of [1, 3, 99999999])
          entries.push([`${name}.member.${i}.Key`, `k${i}`], [`${name}.member.${i}`, 'x']);
      }
    },
    // duplicated keys: the same parameter twice, or in another case
    () => {
      const first = entries[0] ?? ['UserName', TARGET];
      const key = r.pick([first[0], first[0].toLowerCase(), first[0].toUpperCase(), 'Action', 'Version']);
      entries.push(raw(enc(key), hostileWireText(r)));
      if (r.chance(0.3)) entries.push(...entries.slice(0, 3));
    },
    // unknown and prototype-named parameters
    () => {
      const key = r.chance(0.7) ? r.pick(ODD_KEYS) : hostileString(r);
      entries.push(raw(enc(key), hostileWireText(r)));
    },
  ];
  const rare: (() => void)[] = [
    () => {
      if (r.chance(0.3)) head.Version = r.pick(['2099-01-01', '2011-06-15', '2010-05-08 ', '']);
      else
        head.Action = r.pick([
          '__proto__',
          'constructor',
          'toString',
          'hasOwnProperty',
          action.toLowerCase(),
          `${action} `,
          '',
        ]);
    },
    () => {
      wholeBody = r.pick(['', '&&&==', '=', '%', 'Action', `Action=${action}&Version`, hostileWireText(r)]);
    },
    () => {
      contentType = r.pick([
        'application/json',
        'text/xml',
        'application/x-www-form-urlencoded; charset=utf-16',
        'multipart/form-data',
      ]);
    },
    () => {
      wholeBody = `Action=${action}&Version=${model.metadata.apiVersion}&Big=${'a'.repeat(1024 * 1024 + 1)}`;
    },
    () => {
      authMutation = hostileAuth(r, service, action);
    },
  ];
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) (r.chance(0.9) ? r.pick(mutations) : r.pick(rare))();

  const encoded = [...(Object.entries(head) as Entry[]), ...entries].map((e) =>
    (e as { raw?: boolean }).raw ? `${e[0]}=${e[1]}` : `${enc(e[0])}=${enc(e[1])}`,
  );
  return { label, action, service, body: wholeBody ?? encoded.join('&'), contentType, raw: authMutation };
}

/** Requests whose signature is what is hostile (they never reach the action). */
function hostileAuth(r: Rng, service: string, action: string): AwsCase['raw'] {
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const credential = r.pick([
    `${hostileString(r)}/${date.slice(0, 8)}/us-east-1/${service}/aws4_request`,
    `${rootKey.accessKeyId}/${hostileString(r)}/us-east-1/${service}/aws4_request`,
    `${rootKey.accessKeyId}/${date.slice(0, 8)}/${hostileString(r)}/${hostileString(r)}/aws4_request`,
    hostileString(r),
  ]);
  const params: Record<string, string> = {
    Action: action,
    Version: service === 'iam' ? IAM_MODEL.metadata.apiVersion : STS_MODEL.metadata.apiVersion,
    'X-Amz-Algorithm': r.chance(0.8) ? 'AWS4-HMAC-SHA256' : hostileString(r),
    'X-Amz-Credential': credential,
    'X-Amz-Date': r.chance(0.7) ? date : hostileString(r),
    'X-Amz-Expires': r.chance(0.5) ? '300' : r.pick(['0', '-1', '604801', '1e9', 'x', hostileString(r)]),
    'X-Amz-SignedHeaders': r.chance(0.7) ? 'host' : hostileString(r),
    'X-Amz-Signature': r.chance(0.5) ? 'a'.repeat(64) : hostileString(r),
  };
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${enc(v)}`)
    .join('&');
  if (r.chance(0.5)) return { method: 'GET', url: `/?${query}`.slice(0, MAX_URL_CHARS), headers: {} };
  const header = r.pick([
    `AWS4-HMAC-SHA256 Credential=${credential.replace(/[^\u0020-\u007e]/g, '?').slice(0, 2000)}, SignedHeaders=host, Signature=${'a'.repeat(64)}`,
    'AWS4-HMAC-SHA256',
    'AWS4-HMAC-SHA256 Credential=, SignedHeaders=, Signature=',
    `Bearer ${'x'.repeat(100)}`,
    `AWS4-HMAC-SHA256 ${'Credential=a/b/c/d/aws4_request,'.repeat(200)}`,
  ]);
  return {
    method: 'POST',
    url: '/',
    headers: { Authorization: header, 'X-Amz-Date': r.chance(0.7) ? date : hostileHeaderValue(r) },
  };
}

async function sendAws(c: AwsCase): Promise<Outcome> {
  const url = new URL(server.baseUrl);
  const headers: Record<string, string> = { 'X-Forwarded-For': '198.51.100.200' };
  let init: RequestInit;
  let request: string;
  if (c.raw) {
    init = { method: c.raw.method, headers: { ...headers, ...c.raw.headers } };
    if (c.raw.method === 'POST') init.body = c.body;
    request = `${c.raw.method} ${preview(c.raw.url, 300)} ${preview(JSON.stringify(c.raw.headers), 200)}`;
  } else {
    const signed = await signer(rootKey, c.service).sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: { host: url.host, 'content-type': c.contentType },
      body: c.body,
    });
    init = {
      method: 'POST',
      headers: { ...headers, ...(signed.headers as Record<string, string>) },
      body: c.body,
    };
    request = `POST / (${c.service}, ${c.contentType}) ${preview(c.body, 400)}`;
  }
  const started = performance.now();
  try {
    const res = await fetch(`${server.baseUrl}${c.raw?.url ?? '/'}`, init);
    const text = await res.text();
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
    return {
      label: c.label,
      request,
      status: res.status,
      code,
      text,
      ms: Math.round(performance.now() - started),
    };
  } catch (err) {
    return {
      label: c.label,
      request,
      status: 0,
      text: noAnswer(err),
      ms: Math.round(performance.now() - started),
    };
  }
}

const awsFine = (o: Outcome) => o.status >= 200 && o.status < 500 && (o.status < 400 || o.code !== undefined);

function awsActionList(): { service: 'iam' | 'sts'; action: string }[] {
  const list = [
    ...Object.keys(iamActions).map((action) => ({ service: 'iam' as const, action })),
    ...Object.keys(stsActions).map((action) => ({ service: 'sts' as const, action })),
  ];
  for (const { service, action } of list) {
    expect((service === 'iam' ? IAM_MODEL : STS_MODEL).operations[action], action).toBeDefined();
  }
  return list;
}

/** Every top-level string member of the action's input whose model constraints let NUL through. */
function nulAdmittingMembers(model: ServiceModel, action: string): string[] {
  const input = model.operations[action]?.input;
  if (!input) return [];
  return Object.entries(shapeOf(model, input).members ?? {}).flatMap(([name, ref]) => {
    const shape = shapeOf(model, ref.shape);
    if (shape.type !== 'string' || shape.enum) return [];
    const re = shape.pattern ? patternRegExp(shape.pattern) : null;
    return !re || re.test('a\u0000b') ? [name] : [];
  });
}

/** Only the required members, valid (no optional ones: a stand-in generator that never says yes). */
const REQUIRED_ONLY: Rng = {
  next: () => 0.99,
  int: () => 0,
  pick: (items) => items[0]!,
  chance: () => false,
};

// ---------------------------------------------------------------------------------------------

describe(`route fuzzing (seed ${SEED}, ${TOTAL} cases)`, () => {
  it(
    'answers hostile requests to every /api route, as the root user, with < 500 and an error code on every 4xx',
    async () => {
      const run = await fuzzConsole('root');
      summary('console, root user', run);
      expectNoFailures(run);
      await expectHealthy();
    },
    timeoutFor(COUNTS.root),
  );

  it(
    'answers hostile requests to every /api route, as an IAM user allowed everything, with < 500 and an error code on every 4xx',
    async () => {
      const run = await fuzzConsole('iam');
      summary('console, IAM user', run);
      expectNoFailures(run);
      await expectHealthy();
    },
    timeoutFor(COUNTS.iam),
  );

  it(
    'answers hostile parameters to every AWS door action, signed by the root user, with < 500 and a <Code> on every 4xx',
    async () => {
      const actions = awsActionList();
      expect(actions.length).toBeGreaterThan(50);
      const run = newRun();
      const root = await signIn('root');
      let batches = 0;
      await inBatches(
        labels('aws'),
        async (label) => {
          const { service, action } = actions[Number(label.split('#')[1]) % actions.length]!;
          const outcome = await sendAws(awsCase(label, service, action));
          record(run, outcome, awsFine(outcome));
        },
        async () => {
          // Put back what cases deleted, so later cases act on entities that exist.
          if (++batches % 25 === 0) await seedTargets(root);
        },
      );
      summary('AWS door, root key', run);
      expectNoFailures(run);
      await expectHealthy();
    },
    timeoutFor(COUNTS.aws),
  );

  // Found by this fuzzer (seed 204869242, case aws#214), fixed in 3642790: a NUL in a member
  // AWS's model leaves unchecked (arnType has no pattern: PolicyArn, PermissionsBoundary, ...)
  // reached PostgreSQL (SQLSTATE 22021) and the AWS door answered 500 where the console says 400.
  it('answers a NUL in every string member the AWS model leaves unchecked with a 4xx and a <Code>, not 500', async () => {
    const run = newRun();
    const cases: { service: 'iam' | 'sts'; action: string; member: string }[] = [];
    for (const { service, action } of awsActionList()) {
      const model = service === 'iam' ? IAM_MODEL : STS_MODEL;
      for (const member of nulAdmittingMembers(model, action)) cases.push({ service, action, member });
    }
    expect(cases.length).toBeGreaterThan(10);
    await inBatches(cases, async ({ service, action, member }) => {
      const model = service === 'iam' ? IAM_MODEL : STS_MODEL;
      const body = bodyWith(model, action, member, `arn:aws:iam::${sample.accountId}:policy/nul\u0000byte`);
      const label = `nul:${action}.${member}`;
      const outcome = await sendAws({ label, action, service, body, contentType: FORM });
      record(run, outcome, awsFine(outcome));
    });
    expectNoFailures(run);
    await expectHealthy();
  });
});

/** Every top-level string member of the action's input for which AWS's model sets no maximum. */
function unboundedMembers(model: ServiceModel, action: string): string[] {
  const input = model.operations[action]?.input;
  if (!input) return [];
  return Object.entries(shapeOf(model, input).members ?? {}).flatMap(([name, ref]) => {
    const shape = shapeOf(model, ref.shape);
    return shape.type === 'string' && !shape.enum && shape.max === undefined ? [name] : [];
  });
}

/** A long value the member's pattern accepts, so that only its length is on trial. */
function longValueFor(model: ServiceModel, action: string, member: string): string | undefined {
  const ref = shapeOf(model, model.operations[action]!.input!).members![member]!;
  const pattern = shapeOf(model, ref.shape).pattern;
  const re = pattern ? patternRegExp(pattern) : null;
  return [
    'a'.repeat(5000),
    `v1.${'a'.repeat(5000)}`,
    `arn:aws:iam::${sample.accountId}:${'a'.repeat(5000)}`,
  ].find((v) => !re || re.test(v));
}

/** The action's required members, valid, with `member` set to `value`: a form body. */
function bodyWith(model: ServiceModel, action: string, member: string, value: string): string {
  const input = shapeOf(model, model.operations[action]!.input!);
  const entries = structureEntries(REQUIRED_ONLY, model, input).filter(([k]) => k !== member);
  return [['Action', action], ['Version', model.metadata.apiVersion], ...entries, [member, value]]
    .map(([k, v]) => `${enc(k!)}=${enc(v!)}`)
    .join('&');
}

// Seed 777, case aws#1064 (fixed in a08e8b7): AWS's model sets no maximum on
// VirtualMFADeviceName, the door's CreateVirtualMFADevice passed the name on without the console
// contract's check (mfaDeviceNameSchema), and MfaDevice.name is VARCHAR(128):
// create-virtual-mfa-device.ts failed with "value too long for the column", the door said 500.
it('answers over-long text in every string member the AWS model sets no maximum for with a 4xx and a <Code>, not 500', async () => {
  const run = newRun();
  let checked = 0;
  for (const { service, action } of awsActionList()) {
    const model = service === 'iam' ? IAM_MODEL : STS_MODEL;
    for (const member of unboundedMembers(model, action)) {
      const value = longValueFor(model, action, member);
      if (value === undefined) continue;
      checked++;
      const body = bodyWith(model, action, member, value);
      const outcome = await sendAws({
        label: `long:${action}.${member}`,
        action,
        service,
        body,
        contentType: FORM,
      });
      record(run, outcome, awsFine(outcome));
    }
  }
  expect(checked).toBeGreaterThan(0);
  expectNoFailures(run);
  await expectHealthy();
});

// ---------------------------------------------------------------------------------------------
// Defects the fuzzer found, each pinned as its own case (all fixed in a08e8b7: the comments say
// what the fault was, so that a regression reads as the same story).

/** Request options that send `ip` as X-Forwarded-For (the server trusts it in this file). */
function fromAddress(ip: string): { headers: Record<string, string> } {
  return { headers: { 'X-Forwarded-For': ip } };
}

// Seed 1234567, cases root#545, iam#17, iam#605, iam#1033: behind a proxy that is trusted
// (GATEHOUSE_TRUST_PROXY), X-Forwarded-For is taken as the source address unchecked
// (src/http/locals.ts, requestInfo); one longer than AuditEvent.sourceIp's VARCHAR(64) makes
// recordAuditEvent (src/audit/record-audit-event.ts) fail, and every audited route answers 500.
it('answers a route that audits with a 2xx or a coded 4xx whatever X-Forwarded-For says', async () => {
  const root = await signIn('root');
  const failures: string[] = [];
  for (const xff of ['x'.repeat(65), 'not-an-address', `${'1'.repeat(70)}, 203.0.113.9`, '2001:db8::1']) {
    const res = await root.put(
      `/api/users/${TARGET}/inline-policies/from-odd-address`,
      { document: IDENTITY },
      fromAddress(xff),
    );
    if (res.status >= 500 || (res.status >= 400 && !res.body?.error?.code)) {
      failures.push(`X-Forwarded-For ${preview(xff, 80)} → ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  expect(failures).toEqual([]);
});

/** Two requests on one entity at once, as the fuzzer's batches of four send them. */
interface Race {
  name: string;
  /** Puts the entity back before each round. */
  setup(root: ApiClient): Promise<unknown>;
  first(root: ApiClient): Promise<ApiResponse>;
  second(root: ApiClient): Promise<ApiResponse>;
}

const RACES: Race[] = [
  // Seed 1234567, cases root#657/root#658: put-inline-policy.ts finds the policy, a concurrent
  // DELETE removes it (delete-inline-policy.ts takes no lock on the owner), and the update of a
  // row no longer there throws Prisma's P2025, which no error handler maps: 500.
  ...(['users', 'groups', 'roles'] as const).map((kind): Race => ({
    name: `putting and deleting one ${kind.slice(0, -1)} inline policy`,
    setup: (root) => root.put(`/api/${kind}/race-owner/inline-policies/p`, { document: IDENTITY }),
    first: (root) => root.put(`/api/${kind}/race-owner/inline-policies/p`, { document: IDENTITY }),
    second: (root) => root.delete(`/api/${kind}/race-owner/inline-policies/p`),
  })),
  // Seed 1234567, cases iam#850/iam#851: put-login-profile.ts reads whether a profile exists
  // before hashing the password, outside its transaction, then updates it: P2025, 500.
  {
    name: 'putting and deleting one login profile',
    setup: (root) => root.put('/api/users/race-owner/login-profile', { password: 'Race-Password-1' }),
    first: (root) => root.put('/api/users/race-owner/login-profile', { password: 'Race-Password-1' }),
    second: (root) => root.delete('/api/users/race-owner/login-profile'),
  },
  // tag-resource.ts updates a tag it read before a concurrent untag removed it: P2025, 500.
  {
    name: 'tagging and untagging one key',
    setup: async () => undefined,
    first: (root) => root.post('/api/users/race-owner/tags', { tags: [{ key: 'team', value: 'ops' }] }),
    second: (root) => root.delete('/api/users/race-owner/tags?keys=team'),
  },
  // The creates below insert a row pointing at a parent a concurrent delete removed: the foreign
  // key violation (SQLSTATE 23503) is unmapped, 500 (add-user-to-group.ts, put-login-profile.ts,
  // create-virtual-mfa-device.ts).
  {
    name: 'adding a member to a group while the group is deleted',
    setup: (root) => root.post('/api/groups', { groupName: 'race-doomed' }),
    first: (root) => root.post('/api/groups/race-doomed/members', { userName: 'race-owner' }),
    second: (root) => root.delete('/api/groups/race-doomed?force=true'),
  },
  {
    name: 'giving a user a console password while the user is deleted',
    setup: (root) => root.post('/api/users', { userName: 'race-doomed' }),
    first: (root) => root.put('/api/users/race-doomed/login-profile', { password: 'Race-Password-1' }),
    second: (root) => root.delete('/api/users/race-doomed?force=true'),
  },
  {
    name: 'creating an MFA device for a user while the user is deleted',
    setup: async (root) => {
      await root.delete(
        `/api/users/race-doomed/mfa-devices/${encodeURIComponent(`arn:aws:iam::${sample.accountId}:mfa/race-device`)}`,
      );
      await root.post('/api/users', { userName: 'race-doomed' });
    },
    first: (root) => root.post('/api/users/race-doomed/mfa-devices', { deviceName: 'race-device' }),
    second: (root) => root.delete('/api/users/race-doomed?force=true'),
  },
  // These answered cleanly from the start; they guard the same kind of race on other routes.
  {
    name: 'updating and deleting one role',
    setup: (root) => root.post('/api/roles', { roleName: 'race-doomed', trustPolicy: TRUST }),
    first: (root) => root.patch('/api/roles/race-doomed', { description: 'changed' }),
    second: (root) => root.delete('/api/roles/race-doomed'),
  },
  {
    name: 'attaching and detaching one policy',
    setup: async () => undefined,
    first: (root) => root.post('/api/users/race-owner/attached-policies', { policyArn: sample.policyArn }),
    second: (root) =>
      root.delete(`/api/users/race-owner/attached-policies/${encodeURIComponent(sample.policyArn)}`),
  },
];

describe('requests racing on one entity answer a 2xx or a coded 4xx, never 500', () => {
  const ROUNDS = 8;
  let root: ApiClient;
  beforeAll(async () => {
    root = await signIn('root');
    await root.post('/api/users', { userName: 'race-owner' });
    await root.post('/api/groups', { groupName: 'race-owner' });
    await root.post('/api/roles', { roleName: 'race-owner', trustPolicy: TRUST });
  });

  for (const race of RACES) {
    it(race.name, async () => {
      const seen: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await race.setup(root);
        const answers = await Promise.all([race.first(root), race.second(root), race.first(root)]);
        for (const res of answers) {
          if (res.status >= 500 || (res.status >= 400 && !res.body?.error?.code)) {
            seen.push(`round ${round}: ${res.status} ${JSON.stringify(res.body)}`);
          }
        }
      }
      expect(seen).toEqual([]);
    });
  }
});
