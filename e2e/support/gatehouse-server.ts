// Starts the BUILT server (apps/server/dist/main.js serving apps/web/dist) as a child process,
// the way `npm start` runs it (startBuiltServer), on a free port against a given database.
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { builtServerEntry, startBuiltServer } from '@gatehouse/server/built-server';
import { findFreePort } from './free-port.js';
import { webDist } from './paths.js';

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
  const missing = [builtServerEntry, path.join(webDist, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `the e2e suite runs the built server and console, missing: ${missing.join(', ')}; ` +
        'build first: npx -y pnpm@10.34.8 turbo run build --filter @gatehouse/server --filter @gatehouse/web',
    );
  }
}

export async function startGatehouse(options: StartGatehouseOptions): Promise<GatehouseServer> {
  assertBuilt();
  const logFile = path.join(options.workDir, 'server.log');
  // Serve a snapshot of the console: others working in the same checkout may rebuild
  // apps/web/dist while the suite runs, and a half-written dist breaks pages mid-test.
  const servedWebDist = path.join(options.workDir, 'web-dist');
  await cp(webDist, servedWebDist, { recursive: true });
  const server = await startBuiltServer({
    port: await findFreePort(),
    logFile,
    env: {
      DATABASE_URL: options.databaseUrl,
      GATEHOUSE_DATA_DIR: path.join(options.workDir, 'data'),
      GATEHOUSE_WEB_DIST: servedWebDist,
      GATEHOUSE_BOOTSTRAP_EMAIL: options.root.email,
      GATEHOUSE_BOOTSTRAP_PASSWORD: options.root.password,
      // Tests that change account-wide settings create an account of their own.
      GATEHOUSE_ALLOW_ACCOUNT_CREATION: '1',
      ...options.env,
    },
  });
  return { ...server, logFile, webDist: servedWebDist };
}
