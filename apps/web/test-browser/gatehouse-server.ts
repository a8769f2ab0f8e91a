// A real Gatehouse for the browser tests: the BUILT server (the `@gatehouse/server` dev
// dependency, so turbo builds it before this package's tests), started the way `npm start` runs
// it, with its own embedded PostgreSQL in a temp dir and the first account bootstrapped from the
// environment. The component tests reach it through the Vite server's /api proxy.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RootCredentials {
  email: string;
  password: string;
}

export interface RunningGatehouse {
  url: string;
  stop(): Promise<void>;
}

const serverEntry = fileURLToPath(new URL('../node_modules/@gatehouse/server/dist/main.js', import.meta.url));

export async function startGatehouse(port: number, root: RootCredentials): Promise<RunningGatehouse> {
  if (!existsSync(serverEntry)) {
    throw new Error(
      `the browser tests run the built server, missing ${serverEntry}; build it first: ` +
        'npx -y pnpm@10.34.8 turbo run build --filter @gatehouse/server',
    );
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-web-browser-'));
  // As root, PostgreSQL runs as an unprivileged user that must reach its cluster under here.
  await chmod(workDir, 0o755);
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(workDir, 'server.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: '',
      GATEHOUSE_DATA_DIR: path.join(workDir, 'data'),
      GATEHOUSE_WEB_DIST: path.join(workDir, 'no-web-dist'),
      GATEHOUSE_BOOTSTRAP_EMAIL: root.email,
      GATEHOUSE_BOOTSTRAP_PASSWORD: root.password,
      LOG_LEVEL: 'warn',
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
    if (!process.env.GATEHOUSE_BROWSER_KEEP) await rm(workDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, () => child.exitCode !== null, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

async function waitForHealth(url: string, exited: () => boolean, logFile: string): Promise<void> {
  const deadline = Date.now() + 90_000;
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
  const log = existsSync(logFile) ? (await readFile(logFile, 'utf8')).split('\n').slice(-40).join('\n') : '';
  throw new Error(`the Gatehouse server did not become healthy (${lastError}); its log:\n${log}`);
}
