// Once per run: a real Gatehouse (built server, embedded PostgreSQL) on the port the config's
// /api proxy points at; the tests sign in as its bootstrapped root user. The server starts while
// Vite and Chromium do; the browser waits for it through the `gatehouseReady` command
// (vitest.browser.config.ts), which also carries a failed start's log into the test report.
// Vitest calls global setup once per project (the config's and its chromium instance), hence
// one shared server, stopped by the last teardown.
import type { TestProject } from 'vitest/node';
import { API_PORT_ENV } from './api-port.js';
import { startGatehouse, type RunningGatehouse } from './gatehouse-server.js';
import './provided-context.js';

const ROOT = { email: 'root@browser-tests.example.com', password: 'Root-Passw0rd-for-browser-tests!' };

interface SharedServer {
  ready: Promise<RunningGatehouse>;
  users: number;
}

// Global setup and the config's command are loaded apart; the process's globals are shared.
const KEY = Symbol.for('gatehouse.web.browser-tests.server');
const shared = globalThis as typeof globalThis & { [KEY]?: SharedServer };

/** The running server, once it answers /api/health (rejects with its log if it did not start). */
export function gatehouseReady(): Promise<RunningGatehouse> {
  const server = shared[KEY];
  if (!server) return Promise.reject(new Error('no Gatehouse was started: global setup did not run'));
  return server.ready;
}

export default function setup(project: TestProject): () => Promise<void> {
  const port = Number(process.env[API_PORT_ENV]);
  if (!port) throw new Error(`${API_PORT_ENV} is not set: run through vitest.browser.config.ts`);
  project.provide('rootEmail', ROOT.email);
  project.provide('rootPassword', ROOT.password);
  let server = shared[KEY];
  if (!server) {
    server = { ready: startGatehouse(port, ROOT), users: 0 };
    // Reported where it is awaited (the tests' gatehouseReady); not an unhandled rejection here.
    server.ready.catch(() => undefined);
    shared[KEY] = server;
  }
  server.users += 1;
  const owned = server;
  return async () => {
    owned.users -= 1;
    if (owned.users > 0) return;
    delete shared[KEY];
    const running = await owned.ready.catch(() => undefined);
    await running?.stop();
  };
}
