/**
 * A keep-alive connection held by hand over a raw socket, to see what a server does with it while
 * it is idle: no client library in between to close it first, retry, or open another.
 */
import { connect, type Socket } from 'node:net';
import { LOCAL_HOST } from '../../infra/local/ports.js';

/** Node's server closed a keep-alive connection idle for its keepAliveTimeout (5 s) plus the 1 s it adds. */
export const NODE_CLOSES_IDLE_AFTER_MS = 6_000;

export interface HeldConnection {
  /** The status line of the first answer. */
  first: string;
  /**
   * Once the connection has been idle `idleMs` since the first answer (waiting the rest, if any),
   * says whether the server closed it; if not, sends the request again and gives the answer's status line.
   */
  after(idleMs: number): Promise<{ closed: boolean; second: string }>;
  close(): void;
}

/** True once `received` holds a whole response: its head and a body framed by content-length or chunks. */
function complete(received: Buffer): boolean {
  const headEnd = received.indexOf('\r\n\r\n');
  if (headEnd === -1) return false;
  const head = received.subarray(0, headEnd).toString('latin1');
  const body = received.subarray(headEnd + 4);
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
  if (length !== undefined) return body.length >= Number(length);
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) return body.toString('latin1').endsWith('0\r\n\r\n');
  return true; // 204, 304: no body
}

/** Sends one request on the socket; resolves with the answer's status line once the whole answer has arrived. */
function exchange(socket: Socket, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!complete(received)) return;
      socket.off('data', onData).off('error', reject);
      resolve(received.toString('latin1').split('\r\n')[0]!);
    };
    socket.on('data', onData).once('error', reject);
    socket.write(request);
  });
}

/** Opens a connection to the local `port`, sends GET `target` with `headers`, and holds the connection once answered. */
export async function holdConnection(
  port: number,
  target: string,
  headers: Record<string, string> = {},
): Promise<HeldConnection> {
  const socket = connect({ host: LOCAL_HOST, port });
  let closed = false;
  socket.once('end', () => (closed = true)).once('close', () => (closed = true));
  const lines = Object.entries({ host: `${LOCAL_HOST}:${port}`, connection: 'keep-alive', ...headers });
  const request = `GET ${target} HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
  const first = await exchange(socket, request);
  const idleSince = performance.now();
  return {
    first,
    async after(idleMs) {
      const rest = idleSince + idleMs - performance.now();
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
      return { closed, second: closed ? '' : await exchange(socket, request) };
    },
    close: () => socket.destroy(),
  };
}
