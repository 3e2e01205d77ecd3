/**
 * What S3 checks before it looks at a request, for the local S3 server (s3rver checks no SigV4
 * signature: a zeroed signature, an unsigned GET or listing, a presigned URL's path changed to
 * another key were all served). A request must be signed with Signature Version 4, in the
 * Authorization header (the SDK's own calls) or in the query (presigned URLs), with a known key
 * pair; the signature is computed again here over the method, the path as sent (so over the
 * key), the query, the signed headers and the payload hash, and compared; a presigned URL past
 * X-Amz-Expires and a header-signed request more than 15 minutes off the clock are refused.
 * Refusals are S3's: 403 with its error code in an XML body.
 * {@link https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html}
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface S3Refusal {
  status: number;
  code: string;
  message: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60_000;
const MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

interface Signed {
  accessKeyId: string;
  scope: string;
  /** date/region/service, from the credential scope. */
  scopeParts: [string, string, string];
  amzDate: string;
  signedHeaders: string[];
  signature: string;
  payloadHash: string;
  /** The query as signed: without X-Amz-Signature for a presigned URL. */
  query: Array<[string, string]>;
  expiresSeconds?: number;
}

const refuse = (code: string, message: string, status = 403): S3Refusal => ({ status, code, message });

/** RFC 3986 encoding, as SigV4 wants it. */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** YYYYMMDDTHHMMSSZ as epoch milliseconds, or NaN. */
function amzDateMs(amzDate: string): number {
  const match = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(amzDate);
  return match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!) : NaN;
}

function parseCredential(
  credential: string | undefined,
): Pick<Signed, 'accessKeyId' | 'scope' | 'scopeParts'> | S3Refusal {
  const parts = credential?.split('/') ?? [];
  if (parts.length !== 5 || parts[4] !== 'aws4_request')
    return refuse(
      'AuthorizationQueryParametersError',
      'The credential is not <key>/<date>/<region>/<service>/aws4_request.',
      400,
    );
  const [accessKeyId, date, region, service] = parts as [string, string, string, string];
  return { accessKeyId, scope: parts.slice(1).join('/'), scopeParts: [date, region, service] };
}

function fromQuery(query: URLSearchParams, header: (name: string) => string | undefined): Signed | S3Refusal {
  if (query.get('X-Amz-Algorithm') !== ALGORITHM)
    return refuse('AuthorizationQueryParametersError', `X-Amz-Algorithm must be ${ALGORITHM}.`, 400);
  const credential = parseCredential(query.get('X-Amz-Credential') ?? undefined);
  if ('code' in credential) return credential;
  const expiresSeconds = Number(query.get('X-Amz-Expires'));
  if (!Number.isInteger(expiresSeconds) || expiresSeconds < 1 || expiresSeconds > MAX_EXPIRES_SECONDS) {
    return refuse(
      'AuthorizationQueryParametersError',
      'X-Amz-Expires must be a whole number of seconds from 1 to 604800.',
      400,
    );
  }
  return {
    ...credential,
    amzDate: query.get('X-Amz-Date') ?? '',
    signedHeaders: (query.get('X-Amz-SignedHeaders') ?? '').split(';'),
    signature: query.get('X-Amz-Signature') ?? '',
    payloadHash: header('x-amz-content-sha256') ?? 'UNSIGNED-PAYLOAD',
    query: [...query].filter(([name]) => name !== 'X-Amz-Signature'),
    expiresSeconds,
  };
}

function fromHeader(
  authorization: string,
  query: URLSearchParams,
  header: (name: string) => string | undefined,
): Signed | S3Refusal {
  const match = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(
    authorization.trim(),
  );
  if (!match) return refuse('AccessDenied', `Only ${ALGORITHM} (Signature Version 4) authorization is accepted.`);
  const credential = parseCredential(match[1]);
  if ('code' in credential) return credential;
  return {
    ...credential,
    amzDate: header('x-amz-date') ?? '',
    signedHeaders: match[2]!.split(';'),
    signature: match[3]!,
    payloadHash: header('x-amz-content-sha256') ?? '',
    query: [...query],
  };
}

function canonicalRequest(
  request: IncomingMessage,
  path: string,
  signed: Signed,
  header: (name: string) => string | undefined,
): string {
  const query = signed.query
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headers = signed.signedHeaders
    .map((name) => `${name}:${(header(name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  return [request.method ?? 'GET', path, query, headers, signed.signedHeaders.join(';'), signed.payloadHash].join('\n');
}

/**
 * Undefined when S3 would accept the request's signature, else S3's refusal. `secrets` maps the
 * access key ids the local server knows to their secret keys.
 */
export function checkSignature(
  request: IncomingMessage,
  secrets: ReadonlyMap<string, string>,
  now = Date.now(),
): S3Refusal | undefined {
  const [path = '/', search = ''] = (request.url ?? '/').split(/\?(.*)/s);
  const query = new URLSearchParams(search);
  const header = (name: string) => [request.headers[name]].flat()[0];
  const authorization = header('authorization');
  if (authorization !== undefined && query.has('X-Amz-Algorithm'))
    return refuse('InvalidArgument', 'Only one auth mechanism allowed.', 400);
  if (authorization === undefined && !query.has('X-Amz-Algorithm'))
    return refuse('AccessDenied', 'Access Denied: the request is not signed.');
  const signed = authorization !== undefined ? fromHeader(authorization, query, header) : fromQuery(query, header);
  if ('code' in signed) return signed;

  const secret = secrets.get(signed.accessKeyId);
  if (secret === undefined)
    return refuse('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  const signedAt = amzDateMs(signed.amzDate);
  if (Number.isNaN(signedAt) || signed.amzDate.slice(0, 8) !== signed.scopeParts[0])
    return refuse('AccessDenied', 'X-Amz-Date is missing, malformed or not the credential scope’s date.');
  if (!signed.signedHeaders.includes('host')) return refuse('AccessDenied', 'The host header must be signed.');
  if (signed.expiresSeconds !== undefined) {
    if (now > signedAt + signed.expiresSeconds * 1000) return refuse('AccessDenied', 'Request has expired');
    if (signedAt - now > MAX_SKEW_MS) return refuse('AccessDenied', 'Request is not valid yet');
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    return refuse('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  }

  const stringToSign = [
    ALGORITHM,
    signed.amzDate,
    signed.scope,
    sha256(canonicalRequest(request, path, signed, header)),
  ].join('\n');
  const [date, region, service] = signed.scopeParts;
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  const provided = Buffer.from(/^[0-9a-f]{64}$/.test(signed.signature) ? signed.signature : '', 'hex');
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    return refuse(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  }
  return undefined;
}

/** S3's error document. */
export function refusalBody({ code, message }: S3Refusal): string {
  const escape = (text: string) => text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escape(message)}</Message></Error>`;
}
