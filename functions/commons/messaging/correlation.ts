/**
 * The correlation id as messages and events carry it (SPEC §10.2), and the loggers whose lines
 * name it. A queue message carries it as the `correlationId` string attribute, beside the body
 * rather than in it, so a message's schema stays what it was and a message without one (sent
 * before, or by the sweeper for work of no request) is still valid; an event in its detail.
 * Kept apart from the sending code so that a consumer bundles no SQS client.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import type { DomainEvent } from '../../../shared/domain/events/index.js';
import { correlatedLogger, type CorrelatedLogger } from '../runtime/logging.js';

/** The message attribute naming the request whose work the message carries on. */
export const CORRELATION_ATTRIBUTE = 'correlationId';

/** The attributes to send with a message of this request's work (none without a correlation id). */
export const correlationAttributes = (correlationId: string | undefined): Record<string, string> =>
  correlationId ? { [CORRELATION_ATTRIBUTE]: correlationId } : {};

/** A received message's correlation id, if any, and a logger whose lines name it (or none). */
export function messageContext(logger: Logger, record: SQSRecord): { correlationId?: string; log: CorrelatedLogger } {
  const correlationId = record.messageAttributes[CORRELATION_ATTRIBUTE]?.stringValue;
  return { ...(correlationId && { correlationId }), log: correlatedLogger(logger, correlationId) };
}

/** A logger for an event's lines, named by the request that caused the event. */
export const eventLogger = (logger: Logger, event: DomainEvent): CorrelatedLogger =>
  correlatedLogger(logger, event.detail.correlationId);
