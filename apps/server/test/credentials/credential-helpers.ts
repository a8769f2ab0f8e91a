import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hotp, timeStep, base32Decode } from '../../src/crypto/totp.js';
import type { ApiClient } from '../harness/api-client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

/** A test server whose master key file lives in a fresh temporary data directory. */
export async function startCredentialServer(): Promise<{ server: TestServer; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-keys-'));
  const server = await startTestServer({ config: { dataDir } });
  const close = server.close;
  server.close = async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { server, dataDir };
}

/** The code an authenticator app would show for `seed` at the server's time, `offset` steps on. */
export function codeAt(server: TestServer, seedBase32: string, offset = 0): string {
  return hotp(base32Decode(seedBase32), timeStep(server.clock.now()) + offset);
}

/** Creates and enables a virtual MFA device for `who` (`/self` or `/users/<name>`); returns its seed. */
export async function addMfaDevice(
  server: TestServer,
  client: ApiClient,
  who: string,
  deviceName: string,
): Promise<{ serialNumber: string; seed: string }> {
  const created = await client.post(`/api${who}/mfa-devices`, { deviceName });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const { serialNumber, base32StringSeed: seed } = created.body;
  const enabled = await client.post(`/api${who}/mfa-devices/${encodeURIComponent(serialNumber)}/enable`, {
    authenticationCode1: codeAt(server, seed, -1),
    authenticationCode2: codeAt(server, seed, 0),
  });
  if (enabled.status !== 204) throw new Error(JSON.stringify(enabled.body));
  return { serialNumber, seed };
}
