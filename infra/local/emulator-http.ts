/**
 * The HTTP handler of the emulators' clients (./emulator-signing.ts): the request exactly as the SDK
 * built it, sent with Node's http on a keep-alive connection, and the answer's body read whole into
 * bytes, which is what the SDK's deserializer makes of it anyway. The SDK's own handler
 * (NodeHttpHandler) arms and clears two timers a request (a socket-acquisition warning, the
 * keep-alive deferral) and hands the body back as a stream that the deserializer then collects
 * through a Writable. A request with a streamed body, or for https, still goes through the SDK's handler.
 *
 * A failed request fails as it does in the SDK's handler, with Node's error, so its retry strategy
 * sends again what a reset connection lost (ECONNRESET and EPIPE are transient to it); and idle
 * connections close at this end before DynamoDB Local's Jetty closes them (./dynamodb-wire.ts).
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { IDLE_CLOSE_MS } from './dynamodb-wire.js';
import { abortError, requestTarget, type SdkRequestHandler, type SdkResponse } from './in-process-http.js';

/** As many connections a client keeps to one emulator as the SDK's handler (its default maxSockets). */
const MAX_SOCKETS = 50;

/** Node's answer headers as the SDK's handler gives them: one string each, repeated headers joined by commas. */
function sdkHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) joined[name] = Array.isArray(value) ? value.join(',') : value;
  return joined;
}

/** The emulator clients' handler; `overHttp` (the client's own) sends what this one leaves to it. */
export function emulatorRequestHandler(overHttp: SdkRequestHandler): SdkRequestHandler {
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_CLOSE_MS });
  const handler: SdkRequestHandler = Object.create(overHttp) as SdkRequestHandler;
  handler.handle = (request, options) => {
    const { body } = request;
    if (
      request.protocol === 'https:' ||
      !(body === undefined || typeof body === 'string' || body instanceof Uint8Array)
    )
      return overHttp.handle(request, options);
    const signal = options?.abortSignal;
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<{ response: SdkResponse }>((resolve, reject) => {
      const sent = httpRequest(
        {
          host: request.hostname,
          port: request.port,
          method: request.method,
          path: requestTarget(request),
          headers: request.headers,
          agent,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => {
            const { statusCode, statusMessage: reason, headers } = answer;
            resolve({
              response: { statusCode: statusCode!, reason, headers: sdkHeaders(headers), body: Buffer.concat(chunks) },
            });
          });
        },
      );
      const aborted = () => {
        sent.destroy();
        reject(abortError());
      };
      if (signal) {
        signal.addEventListener('abort', aborted, { once: true });
        sent.once('close', () => signal.removeEventListener('abort', aborted));
      }
      sent.on('error', reject);
      sent.end(body);
    });
  };
  handler.destroy = () => {
    agent.destroy();
    overHttp.destroy?.();
  };
  return handler;
}
