/**
 * Small port helpers for the local runtime: is a port free, pick a free one, and a clear
 * error when a port is taken (DynamoDB Local does not exit on a busy port, so callers
 * check first).
 */
import type { Server as HttpServer } from 'node:http';
import { connect, createServer } from 'node:net';

export const LOCAL_HOST = '127.0.0.1';

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly what: string,
    readonly host: string = LOCAL_HOST,
  ) {
    super(
      `Port ${port} on ${host} is already in use (wanted for ${what}): stop whatever uses it or choose another port.`,
    );
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

/** Listens on LOCAL_HOST (port 0: a free one) and answers the port; a busy port is a PortInUseError. */
export function listenOn(server: HttpServer, port: number, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, what) : error),
    );
    server.listen({ port, host: LOCAL_HOST, exclusive: true }, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Leaves closing an idle keep-alive connection to the client. Node's server closes one after 5 s
 * idle; a client (fetch) whose event loop runs late under load may send its next request on it
 * as it closes, and fails ("fetch failed": other side closed). A client closes only connections
 * it no longer uses, so it never sends on one the other end closed.
 */
export function clientClosesIdleConnections(server: HttpServer): void {
  server.keepAliveTimeout = 0;
}

/** Stops accepting, drops open (keep-alive, long-poll) connections, resolves once closed. */
export function closeServer(server: HttpServer): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
