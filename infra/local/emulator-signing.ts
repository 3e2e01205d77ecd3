/**
 * Requests to the emulators carry a fixed Authorization header instead of a SigV4 signature.
 * None of them checks one: DynamoDB Local (run with -sharedDb) only wants a header naming an
 * access key, the local SQS and the local bus read none. Signing builds a SignatureV4 for every
 * request from a copy of the client's configuration, then four hashes (measured 2026-12-07 with the
 * SDK sending to a handler that answers at once: a DocumentClient PutCommand 745 → 449 µs of CPU,
 * median), which the local system and the tests spend on every call the handlers make. The SDK still builds, serialises, sends and parses every request as on AWS.
 * Not for the local S3, which verifies presigned URLs' signatures (./s3-signature.ts): its client
 * keeps signing.
 */

/** What DynamoDB Local reads of it: the access key (and region) that -sharedDb ignores. */
export const EMULATOR_AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=local/20200101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=local';

interface Signable {
  headers: Record<string, string>;
}

const emulatorSigner = {
  sign: <T extends Signable>(request: T): Promise<T> => {
    request.headers.authorization = EMULATOR_AUTHORIZATION;
    return Promise.resolve(request);
  },
};

/** An SDK client, as far as its signer goes (every SigV4 client's resolved configuration has one). */
interface SigningClient {
  config: { signer?: unknown };
}

/** From now on `client`'s requests carry EMULATOR_AUTHORIZATION; only for clients of the emulators that check no signature. */
export function signForEmulators(client: SigningClient): void {
  client.config.signer = () => Promise.resolve(emulatorSigner);
}
