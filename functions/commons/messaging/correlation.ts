/**
 * The correlation id as a queue message carries it (SPEC §10.2): the `correlationId` string
 * attribute, beside the body rather than in it, so a message's schema stays what it was and a
 * message without one (sent before, or by the sweeper for work of no request) is still valid.
 * Kept apart from the sending code so that a consumer bundles no SQS client.
 */
import type { SQSRecord } from 'aws-lambda';

/** The message attribute naming the request whose work the message carries on. */
export const CORRELATION_ATTRIBUTE = 'correlationId';

/** The attributes to send with a message of this request's work (none without a correlation id). */
export const correlationAttributes = (correlationId: string | undefined): Record<string, string> =>
  correlationId ? { [CORRELATION_ATTRIBUTE]: correlationId } : {};

/** The correlation id a received message carries, if any. */
export const correlationOf = (record: SQSRecord): string | undefined =>
  record.messageAttributes[CORRELATION_ATTRIBUTE]?.stringValue;
