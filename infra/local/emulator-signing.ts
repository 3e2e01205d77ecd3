/**
 * Requests to the emulators carry a fixed Authorization header instead of a SigV4 signature.
 * None of them checks one: DynamoDB Local (run with -sharedDb) only wants a header naming an
 * access key, the local SQS and the local bus read none. Signing builds a SignatureV4 for every
 * request from a copy of the client's configuration, then four hashes (measured 2026-12-07 with the
 * SDK sending to a handler that answers at once: a DocumentClient PutCommand 745 → 449 µs of CPU,
 * median), which the local system and the tests spend on every call the handlers make. The SDK still builds, serialises, sends and parses every request as on AWS.
 * Not for the local S3, which verifies presigned URLs' signatures (./s3-signature.ts): its client
 * keeps signing.
 *
 * Nor does any emulator read what some other middleware writes (NOT_READ_BY_EMULATORS): left out too.
 * What else the SDK does on every request that an emulator's client need not do is cut as well: the
 * headers Node's http writes itself (WRITTEN_BY_NODE), the endpoint rule set (emulatorEndpoints), the
 * SDK's HTTP handler (./emulator-http.ts) and the middleware's sorting on every call (./emulator-middleware.ts).
 */
import { emulatorRequestHandler } from './emulator-http.js';
import { orderOnce, type SdkStack } from './emulator-middleware.js';
import type { SdkRequestHandler } from './in-process-http.js';

/** What DynamoDB Local reads of it: the access key (and region) that -sharedDb ignores. */
export const EMULATOR_AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=local/20200101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=local';

/**
 * The SDK middleware of every client that only writes what no emulator reads, on each request: the
 * user agent headers (built and escaped from the client's features), the recursion-detection trace
 * header (set only inside Lambda), and the request and answer log lines for the client's logger
 * (none is configured: the SDK's no-op logger, after filtering both for it). Without them a
 * DocumentClient PutCommand answered at once costs 168 µs of CPU instead of 209 (medians of ten
 * interleaved rounds, 2026-12-07, load 10–16). On AWS every client keeps them.
 */
export const NOT_READ_BY_EMULATORS = ['getUserAgentMiddleware', 'recursionDetectionMiddleware', 'loggerMiddleware'];

/**
 * The SDK middleware that writes the Host and Content-Length headers before a request is signed (SigV4
 * signs Host). Node's http writes both itself for a request sent whole, as the emulators' are (the
 * in-process servers' requests get them too, ./in-process-http.ts): without the two, a request's
 * middleware list is two entries shorter to merge, sort and run on every call.
 */
export const WRITTEN_BY_NODE = ['contentLengthMiddleware', 'hostHeaderMiddleware'];

/** An endpoint as the SDK's rule sets answer it (@smithy/types' EndpointV2, as far as used here). */
interface Endpoint {
  url: URL;
  properties?: Record<string, unknown>;
  headers?: Record<string, string[]>;
}

/** A client's endpoint rule set: its parameters (a custom endpoint's URL among them) in, the endpoint out. */
type EndpointProvider = (params: { Endpoint?: string }, context?: object) => Endpoint;

/**
 * For a custom endpoint every rule set answers that URL with no properties or headers (DynamoDB's,
 * SQS's and EventBridge's alike: test/local/emulator-signing.test.ts compares them). The SDK evaluates
 * the rule set on every request, through a cache of 50 parameter sets that a DynamoDB call keys by
 * its table names, more of them than 50 in a model test's worker; this answers the URL at once.
 * Without a custom endpoint (never so for an emulator) the rule set decides, as before.
 */
export function emulatorEndpoints(rules: EndpointProvider): EndpointProvider {
  return (params, context) =>
    params.Endpoint === undefined
      ? rules(params, context)
      : { url: new URL(params.Endpoint), properties: {}, headers: {} };
}

interface Signable {
  headers: Record<string, string>;
}

const emulatorSigner = {
  sign: <T extends Signable>(request: T): Promise<T> => {
    request.headers.authorization = EMULATOR_AUTHORIZATION;
    return Promise.resolve(request);
  },
};

/**
 * A client's configuration ends up in V8's dictionary mode (50 properties, resolved step by step),
 * and the SDK copies it with the spread operator three times a request (the endpoint middleware,
 * the serializer and the deserializer, each `{ ...config }`): ~9.6 µs a copy instead of ~1 µs for an
 * object in fast mode (2026-12-08, 100,000 copies). The middleware holds this very object, so it
 * cannot be replaced by a copy; V8 turns an object back to fast mode once it serves as a prototype
 * that a property is looked up through, and nothing else about it changes (its properties, values
 * and own prototype stay as they were). The same would pay on AWS; here only for the emulators' clients.
 */
function inFastMode(config: object): void {
  const through = Object.create(config) as { region?: unknown };
  for (let i = 0; i < 20; i++) void through.region;
}

/** An SDK client, as far as its signer, endpoint, handler and middleware go (every SigV4 client). */
interface EmulatorClient {
  config: { signer?: unknown; endpointProvider: EndpointProvider; requestHandler: unknown };
  middlewareStack: { remove(name: string): boolean };
}

/**
 * From now on `client`'s requests carry EMULATOR_AUTHORIZATION, the middleware no emulator reads
 * (NOT_READ_BY_EMULATORS) and what Node writes itself (WRITTEN_BY_NODE) is gone, a custom endpoint is
 * taken as it is (emulatorEndpoints), the requests go out through ./emulator-http.ts and their middleware is
 * put in order once per kind of request (./emulator-middleware.ts); only for clients
 * of the emulators that check no signature. Before sendInProcess (./in-process-http.ts), which keeps the
 * handler it finds for the requests it does not answer in memory.
 */
export function forEmulators(client: EmulatorClient): void {
  client.config.signer = () => Promise.resolve(emulatorSigner);
  for (const name of [...NOT_READ_BY_EMULATORS, ...WRITTEN_BY_NODE]) client.middlewareStack.remove(name);
  client.config.endpointProvider = emulatorEndpoints(client.config.endpointProvider);
  client.config.requestHandler = emulatorRequestHandler(client.config.requestHandler as SdkRequestHandler);
  orderOnce(client.middlewareStack as unknown as SdkStack);
  inFastMode(client.config);
}
