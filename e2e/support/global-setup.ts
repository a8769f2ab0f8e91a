// One fresh Gatehouse per run: a new embedded PostgreSQL in a temp dir, the built server on a
// free port with the first account bootstrapped from GATEHOUSE_BOOTSTRAP_*, all torn down after.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
import { publishEnvironment } from './environment.js';
import { startGatehouse, type GatehouseServer } from './gatehouse-server.js';

export const ROOT = { email: 'root@launch.example.com', password: 'Root-Passw0rd-for-e2e!' };

export default async function globalSetup(): Promise<() => Promise<void>> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-e2e-'));
  // PostgreSQL runs as an unprivileged user when we are root: it must reach the cluster below.
  await chmod(workDir, 0o755);
  let database: EmbeddedDatabase | undefined;
  let server: GatehouseServer | undefined;
  const teardown = async () => {
    await server?.stop();
    await database?.stop();
    if (!process.env.GATEHOUSE_E2E_KEEP) await rm(workDir, { recursive: true, force: true });
  };
  try {
    database = await startEmbeddedDatabase(path.join(workDir, 'db'));
    server = await startGatehouse({ databaseUrl: database.url, workDir, root: ROOT });
  } catch (err) {
    await teardown();
    throw err;
  }
  publishEnvironment({
    url: server.url,
    databaseUrl: database.url,
    rootEmail: ROOT.email,
    rootPassword: ROOT.password,
  });
  console.log(`gatehouse e2e: server ${server.url}, log ${server.logFile}`);
  return teardown;
}
