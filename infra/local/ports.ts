/**
 * Small port helpers for the local runtime: is a port free, pick a free one, and a clear
 * error when a port is taken (DynamoDB Local does not exit on a busy port, so callers
 * check first).
 */
import { connect, createServer } from 'node:net';

export const LOCAL_HOST = '127.0.0.1';

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly what: string,
    readonly host: string = LOCAL_HOST,
  ) {
    super(`Port ${port} on ${host} is already in use (wanted for ${what}): stop whatever uses it or choose another port.`);
  }
}

/** True when nothing answers on host:port and we can bind it ourselves. */
export async function isPortFree(port: number, host: string = LOCAL_HOST): Promise<boolean> {
  if (await somethingListens(port, host)) return false;
  return canBind(port, host);
}

/** Throws a PortInUseError when the port is taken. */
export async function assertPortFree(port: number, what: string, host: string = LOCAL_HOST): Promise<void> {
  if (!(await isPortFree(port, host))) throw new PortInUseError(port, what, host);
}

/** A port the OS considers free right now (bind to 0, read it back, release it). */
export function freePort(host: string = LOCAL_HOST): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

function canBind(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function somethingListens(port: number, host: string, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls `probe` until it returns true or the deadline passes. */
export async function waitUntil(
  probe: () => Promise<boolean>,
  { timeoutMs, intervalMs = 100, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
