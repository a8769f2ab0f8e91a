// The BUILT server (dist/main.js) as a child process, started the way `npm start` runs it, for
// the suites that test what ships: the web package's browser tests and the e2e suite (exported
// as `@gatehouse/server/built-server`). Not part of the server itself: main.ts never imports it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** dist/main.js of this package, written by `node scripts/build.mjs`. */
export const builtServerEntry = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface BuiltServerOptions {
  port: number;
  /** The server's environment on top of ours: database, data and web folders, bootstrap account. */
  env: Record<string, string>;
  /** Where its stdout and stderr go; the last lines are quoted if it never becomes healthy. */
  logFile: string;
  /** How long it may take to answer /api/health (embedded PostgreSQL's first start included). */
  healthTimeoutMs?: number;
}

export interface BuiltServer {
  url: string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop(): Promise<void>;
}

export async function startBuiltServer(options: BuiltServerOptions): Promise<BuiltServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(options.logFile);
  const child = spawn(process.execPath, [builtServerEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  try {
    await waitForHealth(url, () => child.exitCode !== null, options);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

async function waitForHealth(url: string, exited: () => boolean, options: BuiltServerOptions): Promise<void> {
  const deadline = Date.now() + (options.healthTimeoutMs ?? 60_000);
  let lastError = '';
  while (Date.now() < deadline && !exited()) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
      lastError = `status ${res.status}`;
    } catch (err) {
      lastError = String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const { logFile } = options;
  const log = existsSync(logFile) ? (await readFile(logFile, 'utf8')).split('\n').slice(-40).join('\n') : '';
  throw new Error(`the Gatehouse server did not become healthy (${lastError}); its log:\n${log}`);
}
