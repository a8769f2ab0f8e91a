// Starts the BUILT server (apps/server/dist/main.js serving apps/web/dist) as a child process,
// the way `npm start` runs it, on a free port against a given database, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from './free-port.js';
import { serverEntry, webDist } from './paths.js';

export interface RootCredentials {
  email: string;
  password: string;
}

export interface GatehouseServer {
  url: string;
  logFile: string;
  /** The copy of apps/web/dist this server serves. */
  webDist: string;
  stop(): Promise<void>;
}

export interface StartGatehouseOptions {
  databaseUrl: string;
  /** Where the server keeps its files (master key) and where its log goes. */
  workDir: string;
  root: RootCredentials;
  env?: Record<string, string>;
}

function assertBuilt(): void {
  const missing = [serverEntry, path.join(webDist, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `the e2e suite runs the built server and console, missing: ${missing.join(', ')}; ` +
        'build first: npx -y pnpm@10.34.8 turbo run build --filter @gatehouse/server --filter @gatehouse/web',
    );
  }
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
      lastError = `status ${res.status}`;
    } catch (err) {
      lastError = String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = existsSync(logFile) ? (await readFile(logFile, 'utf8')).split('\n').slice(-40).join('\n') : '';
  throw new Error(`the Gatehouse server did not become healthy (${lastError}); its log:\n${log}`);
}

export async function startGatehouse(options: StartGatehouseOptions): Promise<GatehouseServer> {
  assertBuilt();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(options.workDir, 'server.log');
  // Serve a snapshot of the console: others working in the same checkout may rebuild
  // apps/web/dist while the suite runs, and a half-written dist breaks pages mid-test.
  const servedWebDist = path.join(options.workDir, 'web-dist');
  await cp(webDist, servedWebDist, { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      GATEHOUSE_DATA_DIR: path.join(options.workDir, 'data'),
      GATEHOUSE_WEB_DIST: servedWebDist,
      GATEHOUSE_BOOTSTRAP_EMAIL: options.root.email,
      GATEHOUSE_BOOTSTRAP_PASSWORD: options.root.password,
      // Tests that change account-wide settings create an account of their own.
      GATEHOUSE_ALLOW_ACCOUNT_CREATION: '1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
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
    await waitForHealth(url, child, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, logFile, webDist: servedWebDist, stop };
}
