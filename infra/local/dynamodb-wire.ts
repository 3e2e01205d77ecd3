/**
 * The local runtime's own requests to DynamoDB Local (the stream readers), and the model test's
 * own reads of its lanes' tables (test/model/consistent-reads.ts),
 * sent as DynamoDB's JSON protocol over one keep-alive agent instead of through the SDK: an SDK
 * call costs this process about 0.6 ms of CPU in serialising, signing and parsing (a ListTables
 * measured 2026-12-06), several times what DynamoDB Local spends answering it. DynamoDB Local
 * wants a request to name an access key and never checks a signature. The handlers keep the SDK:
 * these are the calls Lambda's own machinery makes on AWS, or a test's that only read.
 *
 * DynamoDB Local's Jetty closes a keep-alive connection idle for 30 s (measured). A request sent
 * on one as it closes, before this process has read the close (its event loop running late under
 * load), fails with "socket hang up". So, as the SDK and undici do: the agent closes its idle
 * connections well before Jetty does, and a request that a reused connection lost is sent again
 * on another (every target here only reads, so sending it twice is harmless).
 */
import { Agent, request } from 'node:http';
import { EMULATOR_AUTHORIZATION } from './emulator-signing.js';

/** An error answer, named as the SDK names it (`TrimmedDataAccessException`, ...). */
export class DynamoDbWireError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

export type WireTarget =
  | `DynamoDB_20120810.${'ListTables' | 'DescribeTable' | 'TransactGetItems' | 'Scan'}`
  | `DynamoDBStreams_20120810.${'DescribeStream' | 'GetShardIterator' | 'GetRecords'}`;

export interface DynamoDbWire {
  /** Sends one request; answers its JSON output or throws DynamoDbWireError. */
  call<T>(target: WireTarget, input: object): Promise<T>;
  destroy(): void;
}

/**
 * Requests answered so far, by who sent them and operation, a GetRecords that found nothing apart
 * (`relay GetRecords (empty)`): bench:api reports the local runtime's own share of DynamoDB Local's requests.
 */
export const wireRequests: Record<string, number> = {};

function count(requester: string, target: WireTarget, output: Record<string, unknown>): void {
  const operation = target.replace(/^.*\./, '');
  const empty = operation === 'GetRecords' && !(output.Records as unknown[] | undefined)?.length ? ' (empty)' : '';
  const name = `${requester} ${operation}${empty}`;
  wireRequests[name] = (wireRequests[name] ?? 0) + 1;
}

/** An idle connection's life at this end: a third of Jetty's 30 s, so this end closes first even running seconds late. */
export const IDLE_CLOSE_MS = 10_000;

/** How a request fails on a connection the server closed as it went out (Node's "socket hang up" is ECONNRESET). */
const CLOSED_UNDER_US = new Set(['ECONNRESET', 'EPIPE']);

/** `requester` names the sender in wireRequests (`relay`, `tally`). */
export function dynamoDbWire(endpoint: string, requester = 'runtime'): DynamoDbWire {
  const { hostname, port } = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, timeout: IDLE_CLOSE_MS });
  const send = <T>(target: WireTarget, body: string) =>
    new Promise<T>((resolve, reject) => {
      const headers = {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': target,
        authorization: EMULATOR_AUTHORIZATION,
        'content-length': Buffer.byteLength(body),
      };
      const sent = request({ hostname, port, method: 'POST', path: '/', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const output = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
            count(requester, target, output);
            if (response.statusCode === 200) return resolve(output as T);
            const name = String(output.__type ?? 'DynamoDbError').replace(/^.*#/, '');
            reject(new DynamoDbWireError(name, String(output.Message ?? output.message ?? name), response.statusCode!));
          } catch (error) {
            reject(error as Error);
          }
        });
      });
      sent.on('error', (error: NodeJS.ErrnoException) => {
        // A fresh connection reset is a real failure; a reused one had been closed by the server. Each
        // failure destroys its socket, so the resending ends at a fresh connection at the latest.
        if (sent.reusedSocket && CLOSED_UNDER_US.has(error.code ?? '')) resolve(send<T>(target, body));
        else reject(error);
      });
      sent.end(body);
    });
  return {
    call: <T>(target: WireTarget, input: object) => send<T>(target, JSON.stringify(input)),
    destroy: () => agent.destroy(),
  };
}
