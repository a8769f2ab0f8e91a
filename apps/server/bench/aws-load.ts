// The load generator of the AWS door benchmark (bench/aws-door.ts), in its own process so its
// CPU is neither counted as the server's nor hidden in it. Started by the benchmark with
// `node --conditions=source --import tsx bench/aws-load.ts` and an IPC channel; it receives one
// LoadJob, warms up, says `window-start`, keeps `concurrency` requests in flight through the real
// AWS SDK for JavaScript v3 for `seconds` (or until `maxRequests`), then sends a LoadResult with
// the latencies and its own CPU, prints one line and exits.
import { Agent, request as httpRequest } from 'node:http';
import {
  CreateUserCommand,
  DeleteUserCommand,
  GetUserCommand,
  IAMClient,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import pg from 'pg';

export type LoadScenario = 'select-1' | 'get-user' | 'list-users' | 'assume-role' | 'create-delete';

export interface LoadJob {
  scenario: LoadScenario;
  /**
   * `sdk` (the default): the AWS SDK for JavaScript v3, as the issue asks. `raw`: the same
   * requests signed by @smithy/signature-v4 (the SDK's own signer) and sent with node:http, the
   * answer checked but not parsed: a client that costs little CPU, so the run shows what the
   * server itself can serve on this machine when the SDK is not beside it.
   */
  client?: 'sdk' | 'raw';
  /** `http://127.0.0.1:<port>` for the door; a PostgreSQL URL for `select-1`. */
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Several callers' keys: worker `w` signs with `callerKeys[w % length]` (instead of `credentials`). */
  callerKeys?: { accessKeyId: string; secretAccessKey: string }[];
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  /** The run stops early after this many requests in the measured window. */
  maxRequests: number;
  /** GetUser's UserName; AssumeRole's RoleArn; ListUsers' expected page size. */
  userName?: string;
  roleArn?: string;
  expectedItems?: number;
}

export interface LoadResult {
  type: 'result';
  scenario: LoadScenario;
  client: 'sdk' | 'raw';
  /** Completed requests in the measured window (a CreateUser + DeleteUser pair is two). */
  requests: number;
  /** Operations: requests, or pairs for `create-delete`. */
  operations: number;
  errors: number;
  firstError?: string;
  wallMs: number;
  /** Per request, ms. */
  p50: number;
  p95: number;
  p99: number;
  /** This process's CPU (user + system) over the window, ms. */
  clientCpuMs: number;
}

export type LoadMessage = { type: 'window-start' } | LoadResult;

/** Where the requests of one phase (warm-up or measured) are counted. */
interface Tally {
  latencies: number[];
  requests: number;
  operations: number;
  errors: number;
  firstError?: string;
}

const newTally = (): Tally => ({ latencies: [], requests: 0, operations: 0, errors: 0 });

/** One operation of a scenario; `request` times and counts each HTTP request it makes. */
type Operation = (
  worker: number,
  seq: number,
  request: <T>(send: () => Promise<T>) => Promise<T>,
) => Promise<void>;

function awsClientConfig(job: LoadJob) {
  return {
    endpoint: job.endpoint,
    region: 'us-east-1',
    credentials: job.credentials,
    maxAttempts: 1,
    // One keep-alive connection per worker, as a busy application's SDK client would hold.
    requestHandler: {
      httpAgent: new Agent({ keepAlive: true, maxSockets: job.concurrency }),
      requestTimeout: 30_000,
    },
  };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A Query-protocol request, signed as the SDK signs it, sent over a keep-alive connection. */
function rawClient(job: LoadJob) {
  const url = new URL(job.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const signers = {
    iam: new SignatureV4({
      credentials: job.credentials,
      region: 'us-east-1',
      service: 'iam',
      sha256: Hash.bind(null, 'sha256'),
    }),
    sts: new SignatureV4({
      credentials: job.credentials,
      region: 'us-east-1',
      service: 'sts',
      sha256: Hash.bind(null, 'sha256'),
    }),
  };
  const send = async (service: 'iam' | 'sts', params: Record<string, string>): Promise<string> => {
    const body = new URLSearchParams(params).toString();
    const signed = await signers[service].sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: {},
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { agent, host: url.hostname, port: url.port, method: 'POST', path: '/', headers: signed.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode === 200) resolve(text);
            else reject(new Error(`${params.Action}: HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return { send, close: async () => agent.destroy() };
}

function rawOperationFor(job: LoadJob): { run: Operation; close: () => Promise<void> } {
  const { send, close } = rawClient(job);
  const iam = (params: Record<string, string>) => send('iam', { Version: '2010-05-08', ...params });
  switch (job.scenario) {
    case 'select-1':
      throw new Error('select-1 has no raw client');
    case 'get-user':
      return {
        run: async (_w, _s, request) => {
          const xml = await request(() => iam({ Action: 'GetUser', UserName: job.userName! }));
          check(xml.includes(`<UserName>${job.userName}</UserName>`), 'GetUser answered another user');
        },
        close,
      };
    case 'list-users':
      return {
        run: async (_w, _s, request) => {
          const xml = await request(() => iam({ Action: 'ListUsers' }));
          const items = xml.split('<UserId>').length - 1;
          check(items === job.expectedItems, `ListUsers answered ${items} users, not ${job.expectedItems}`);
        },
        close,
      };
    case 'assume-role':
      return {
        run: async (w, seq, request) => {
          const xml = await request(() =>
            send('sts', {
              Action: 'AssumeRole',
              Version: '2011-06-15',
              RoleArn: job.roleArn!,
              RoleSessionName: `bench-${w}-${seq}`,
            }),
          );
          check(xml.includes('<SessionToken>'), 'AssumeRole answered no credentials');
        },
        close,
      };
    case 'create-delete':
      return {
        run: async (w, seq, request) => {
          const UserName = `churn-${process.pid}-${w}-${seq}`;
          await request(() => iam({ Action: 'CreateUser', UserName }));
          await request(() => iam({ Action: 'DeleteUser', UserName }));
        },
        close,
      };
  }
}

/** The scenario's operation; with several callers, one client per key, taken by worker in turn. */
function operationFor(job: LoadJob): { run: Operation; close: () => Promise<void> } {
  const keys = job.callerKeys;
  if (!keys || keys.length <= 1) return operationWith(job);
  const perKey = keys.map((credentials) =>
    operationWith({ ...job, credentials, concurrency: Math.ceil(job.concurrency / keys.length) }),
  );
  return {
    run: (worker, seq, request) => perKey[worker % perKey.length]!.run(worker, seq, request),
    close: async () => {
      await Promise.all(perKey.map((o) => o.close()));
    },
  };
}

function operationWith(job: LoadJob): { run: Operation; close: () => Promise<void> } {
  if (job.client === 'raw') return rawOperationFor(job);
  if (job.scenario === 'select-1') {
    const pool = new pg.Pool({ connectionString: job.endpoint, max: job.concurrency });
    return {
      run: async (_w, _s, request) => {
        await request(() => pool.query('SELECT 1'));
      },
      close: () => pool.end(),
    };
  }
  const iam = new IAMClient(awsClientConfig(job));
  const sts = new STSClient(awsClientConfig(job));
  const close = async () => {
    iam.destroy();
    sts.destroy();
  };
  switch (job.scenario) {
    case 'get-user':
      return {
        run: async (_w, _s, request) => {
          const out = await request(() => iam.send(new GetUserCommand({ UserName: job.userName })));
          check(out.User?.UserName === job.userName, `GetUser answered ${out.User?.UserName}`);
        },
        close,
      };
    case 'list-users':
      return {
        run: async (_w, _s, request) => {
          const out = await request(() => iam.send(new ListUsersCommand({})));
          const items = out.Users?.length ?? 0;
          check(items === job.expectedItems, `ListUsers answered ${items} users, not ${job.expectedItems}`);
        },
        close,
      };
    case 'assume-role':
      return {
        run: async (w, seq, request) => {
          const out = await request(() =>
            sts.send(new AssumeRoleCommand({ RoleArn: job.roleArn, RoleSessionName: `bench-${w}-${seq}` })),
          );
          check(Boolean(out.Credentials?.SessionToken), 'AssumeRole answered no credentials');
        },
        close,
      };
    case 'create-delete':
      return {
        run: async (w, seq, request) => {
          const UserName = `churn-${process.pid}-${w}-${seq}`;
          await request(() => iam.send(new CreateUserCommand({ UserName })));
          await request(() => iam.send(new DeleteUserCommand({ UserName })));
        },
        close,
      };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

async function run(job: LoadJob): Promise<LoadResult> {
  const { run: operation, close } = operationFor(job);
  const started = performance.now();
  const warmupEnd = started + job.warmupSeconds * 1000;
  const end = warmupEnd + job.seconds * 1000;
  let tally = newTally();
  let measured: Tally | undefined;
  let windowStart = 0;
  let cpuAtStart = process.cpuUsage();

  const request = async <T>(send: () => Promise<T>): Promise<T> => {
    const phase = tally;
    const t = performance.now();
    const out = await send();
    phase.latencies.push(performance.now() - t);
    phase.requests++;
    return out;
  };
  const openWindow = () => {
    measured = tally = newTally();
    windowStart = performance.now();
    cpuAtStart = process.cpuUsage();
    process.send!({ type: 'window-start' } satisfies LoadMessage);
  };
  const done = () => {
    const now = performance.now();
    if (now >= end || (measured && measured.requests >= job.maxRequests)) return true;
    // Refused requests are counted, but a run that mostly fails measures nothing.
    return tally.errors > 50 && tally.errors > tally.requests / 10;
  };

  await Promise.all(
    Array.from({ length: job.concurrency }, async (_, worker) => {
      for (let seq = 0; !done(); seq++) {
        if (!measured && performance.now() >= warmupEnd) openWindow();
        const phase = tally;
        try {
          await operation(worker, seq, request);
          phase.operations++;
        } catch (err) {
          phase.errors++;
          phase.firstError ??= describe(err);
        }
      }
    }),
  );
  const wallMs = performance.now() - windowStart;
  const cpu = process.cpuUsage(cpuAtStart);
  await close();
  const window = measured ?? tally;
  if (!measured) throw new Error(`${job.scenario}: stopped during warm-up: ${tally.firstError}`);
  const sorted = window.latencies.sort((a, b) => a - b);
  return {
    type: 'result',
    scenario: job.scenario,
    client: job.client ?? 'sdk',
    requests: window.requests,
    operations: window.operations,
    errors: window.errors,
    ...(window.firstError ? { firstError: window.firstError } : {}),
    wallMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

if (!process.send) {
  console.error('bench/aws-load.ts is started by bench/aws-door.ts (it takes its job over IPC)');
  process.exit(2);
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => {
      const seconds = result.wallMs / 1000;
      console.log(
        `  load ${job.scenario}${job.client === 'raw' ? ' (raw HTTP)' : ''}: ${result.requests.toLocaleString('en')} requests in ${seconds.toFixed(1)} s, ` +
          `${result.errors} errors; client CPU ${(result.clientCpuMs / 1000).toFixed(1)} s ` +
          `(${((result.clientCpuMs / result.wallMs) * 100).toFixed(0)}% of a core)`,
      );
      process.send!(result, () => process.disconnect());
    },
    (err: unknown) => {
      console.error(`load ${job.scenario} failed:`, err);
      process.exit(1);
    },
  );
});
