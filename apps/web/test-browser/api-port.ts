// The config picks the server's port (its /api proxy needs it before global setup runs) and hands
// it to global setup, which runs in the same process, through this environment variable.
import net from 'node:net';

export const API_PORT_ENV = 'GATEHOUSE_BROWSER_TEST_API_PORT';

/** The port for this run's server: chosen once, free a moment ago. */
export async function apiPort(): Promise<number> {
  const chosen = Number(process.env[API_PORT_ENV]);
  if (chosen) return chosen;
  const port = await new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
  process.env[API_PORT_ENV] = String(port);
  return port;
}
