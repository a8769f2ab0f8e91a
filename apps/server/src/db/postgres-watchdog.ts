// The embedded PostgreSQL must not outlive the server, even when the server is killed (SIGKILL,
// OOM killer, a crash) and cannot stop it. A tiny watchdog process holds a pipe from the server:
// the kernel closes the pipe when the server dies, however it dies, and the watchdog then stops
// the postmaster it was told about. When the server stops the database itself, it releases the
// watchdog first.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

// Plain JavaScript run by `node -e`: no files to ship beside the bundle.
const WATCHDOG_SOURCE = String.raw`
let pid = 0;
let pending = '';
const alive = (p) => {
  try { process.kill(p, 0); return true; } catch (e) { return e.code === 'EPERM'; }
};
const send = (signal) => { try { process.kill(pid, signal); } catch {} };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitGone(ms) {
  for (let t = 0; t < ms; t += 100) { if (!alive(pid)) return true; await sleep(100); }
  return !alive(pid);
}
async function stopPostmaster() {
  if (pid > 0 && alive(pid)) {
    send('SIGINT');
    if (!(await waitGone(10000))) { send('SIGQUIT'); if (!(await waitGone(5000))) send('SIGKILL'); }
  }
  process.exit(0);
}
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) >= 0) {
    const line = pending.slice(0, nl);
    pending = pending.slice(nl + 1);
    if (line === 'release') process.exit(0);
    if (/^\d+$/.test(line)) pid = Number(line);
  }
});
process.stdin.on('end', stopPostmaster);
process.stdin.on('error', stopPostmaster);
`;

export interface PostgresWatchdog {
  /** The postmaster to stop if the server dies (a restarted one replaces the last). */
  watch(pid: number): void;
  /** The server is stopping the database itself: the watchdog exits without acting. */
  release(): void;
  pid: number | undefined;
}

export function startPostgresWatchdog(): PostgresWatchdog {
  const child: ChildProcess = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], {
    // Its own session: neither a Ctrl-C nor a kill of the server's process group reaches it.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const stdin = child.stdin!;
  // A watchdog that died (or was never started) must not take the server with it.
  stdin.on('error', () => {});
  child.on('error', () => {});
  // Neither the child nor its pipe keeps the server's event loop alive.
  child.unref();
  (stdin as unknown as Socket).unref?.();
  const write = (line: string) => {
    if (!stdin.destroyed && stdin.writable) stdin.write(line + '\n');
  };
  return {
    pid: child.pid,
    watch: (pid) => write(String(pid)),
    release: () => {
      write('release');
      stdin.end();
    },
  };
}
