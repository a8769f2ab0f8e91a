// A real Gatehouse for the browser tests: the BUILT server (the `@gatehouse/server` dev
// dependency, so turbo builds it before this package's tests), started the way `npm start` runs
// it (startBuiltServer), with its own embedded PostgreSQL in a temp dir and the first account
// bootstrapped from the environment. The component tests reach it through the Vite server's /api
// proxy.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// By path, not as `@gatehouse/server/built-server`: Vitest loads a global setup's package imports
// with Node itself, which cannot run TypeScript.
import { builtServerEntry, startBuiltServer } from '../../server/src/testing/built-server.js';

export interface RootCredentials {
  email: string;
  password: string;
}

export interface RunningGatehouse {
  url: string;
  stop(): Promise<void>;
}

export async function startGatehouse(port: number, root: RootCredentials): Promise<RunningGatehouse> {
  if (!existsSync(builtServerEntry)) {
    throw new Error(
      `the browser tests run the built server, missing ${builtServerEntry}; build it first: ` +
        'npx -y pnpm@10.34.8 turbo run build --filter @gatehouse/server',
    );
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-web-browser-'));
  // As root, PostgreSQL runs as an unprivileged user that must reach its cluster under here.
  await chmod(workDir, 0o755);
  const removeWorkDir = () =>
    process.env.GATEHOUSE_BROWSER_KEEP ? Promise.resolve() : rm(workDir, { recursive: true, force: true });
  try {
    const server = await startBuiltServer({
      port,
      logFile: path.join(workDir, 'server.log'),
      healthTimeoutMs: 90_000,
      env: {
        DATABASE_URL: '',
        GATEHOUSE_DATA_DIR: path.join(workDir, 'data'),
        GATEHOUSE_WEB_DIST: path.join(workDir, 'no-web-dist'),
        GATEHOUSE_BOOTSTRAP_EMAIL: root.email,
        GATEHOUSE_BOOTSTRAP_PASSWORD: root.password,
      },
    });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await removeWorkDir();
      },
    };
  } catch (err) {
    await removeWorkDir();
    throw err;
  }
}
