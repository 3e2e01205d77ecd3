/**
 * SDK requests to a server of this very process (the local SQS server, the local EventBridge
 * endpoint) handed to its request listener in memory instead of over a loopback socket. The
 * SDK still builds, signs and sends the request and parses the answer as it would from AWS; only
 * the socket and HTTP/1.1's framing at both ends are left out, which cost this process more CPU
 * than the server's work itself (bench:api's profile: a third of the runtime's time in HTTP and
 * sockets). A request for any other endpoint, or with a streamed body, goes over HTTP as before.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** What the SDK hands a request handler (@smithy/types' HttpRequest, as far as used here). */
export interface SdkRequest {
  protocol?: string;
  method: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

export interface SdkResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface SdkRequestHandler {
  handle(request: SdkRequest, options?: { abortSignal?: AbortSignal }): Promise<{ response: SdkResponse }>;
  destroy?(): void;
}

/** A client, as far as its request handler goes (every SDK v3 client). */
interface SdkClient {
  config: { requestHandler: unknown };
}

/** The answer a request listener writes, kept in memory: the calls the local servers make of a ServerResponse. */
class MemoryResponse extends EventEmitter {
  statusCode = 200;
  statusMessage = '';
  headersSent = false;
  writableEnded = false;
  private readonly headers = new Map<string, string>();
  private readonly chunks: Buffer[] = [];

  constructor(private readonly finished: (response: SdkResponse) => void) {
    super();
  }

  setHeader(name: string, value: number | string | readonly string[]): this {
    this.headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    return this;
  }

  getHeader(name: string): string | undefined {
    return this.headers.get(name.toLowerCase());
  }

  writeHead(statusCode: number, headers?: OutgoingHttpHeaders): this {
    this.statusCode = statusCode;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) this.setHeader(name, value);
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Uint8Array): boolean {
    this.headersSent = true;
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return true;
  }

  end(chunk?: string | Uint8Array): this {
    if (this.writableEnded) return this;
    if (chunk !== undefined) this.write(chunk);
    this.writableEnded = true;
    const { statusCode, statusMessage: reason } = this;
    this.finished({ statusCode, reason, headers: Object.fromEntries(this.headers), body: Buffer.concat(this.chunks) });
    this.emit('finish');
    return this;
  }
}

/** The path and query string a request is sent to. */
export function requestTarget({ path, query }: SdkRequest): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    for (const each of value === null ? [''] : Array.isArray(value) ? value : [value]) search.append(name, each);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The request as the listener reads it: headers, method, target and the body as a stream. */
function memoryRequest(request: SdkRequest, body: Buffer): IncomingMessage {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return Object.assign(Readable.from(body.length > 0 ? [body] : [], { objectMode: false }), {
    headers: { host: `${request.hostname}:${request.port ?? 80}`, 'content-length': String(body.length), ...headers },
    method: request.method,
    url: requestTarget(request),
    httpVersion: '1.1',
  }) as unknown as IncomingMessage;
}

const bodyBytes = (body: unknown): Buffer | undefined =>
  body === undefined || body === null
    ? Buffer.alloc(0)
    : typeof body === 'string'
      ? Buffer.from(body)
      : body instanceof Uint8Array
        ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
        : undefined; // a stream: left to HTTP

export function abortError(): Error {
  return Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
}

/** Hands `client`'s requests for 127.0.0.1:<port> of one of `servers` to that server's request listener in memory. */
export function sendInProcess(client: SdkClient, servers: Record<number, Server>): void {
  const overHttp = client.config.requestHandler as SdkRequestHandler;
  // The HTTP handler's other members (its metadata, configuration, destroy) stay as they are.
  const inProcess: SdkRequestHandler = Object.create(overHttp) as SdkRequestHandler;
  inProcess.handle = (request, options) => {
    const server = request.port === undefined ? undefined : servers[request.port];
    const body = bodyBytes(request.body);
    if (!server || body === undefined || !['127.0.0.1', 'localhost'].includes(request.hostname))
      return overHttp.handle(request, options);
    const signal = options?.abortSignal;
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const aborted = () => reject(abortError());
      signal?.addEventListener('abort', aborted, { once: true });
      const response = new MemoryResponse((answer) => {
        signal?.removeEventListener('abort', aborted);
        resolve({ response: answer });
      });
      server.emit('request', memoryRequest(request, body), response as unknown as ServerResponse);
    });
  };
  client.config.requestHandler = inProcess;
}
