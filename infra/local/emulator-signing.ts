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
 */

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

interface Signable {
  headers: Record<string, string>;
}

const emulatorSigner = {
  sign: <T extends Signable>(request: T): Promise<T> => {
    request.headers.authorization = EMULATOR_AUTHORIZATION;
    return Promise.resolve(request);
  },
};

/** An SDK client, as far as its signer and its middleware go (every SigV4 client). */
interface EmulatorClient {
  config: { signer?: unknown };
  middlewareStack: { remove(name: string): boolean };
}

/**
 * From now on `client`'s requests carry EMULATOR_AUTHORIZATION, and the middleware no emulator reads
 * (NOT_READ_BY_EMULATORS) is gone; only for clients of the emulators that check no signature.
 */
export function forEmulators(client: EmulatorClient): void {
  client.config.signer = () => Promise.resolve(emulatorSigner);
  for (const name of NOT_READ_BY_EMULATORS) client.middlewareStack.remove(name);
}
