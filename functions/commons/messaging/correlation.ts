/**
 * The correlation id as messages and events carry it (SPEC §10.2), and the loggers whose lines
 * name it. A queue message carries it as the `correlationId` string attribute, beside the body
 * rather than in it, so a message's schema stays what it was and a message without one (sent
 * before, or by the sweeper for work of no request) is still valid; an event in its detail.
 * Kept apart from the sending code so that a consumer bundles no SQS client.
 *
 * A batch's records run concurrently on one logger, so the id is not set on the logger
 * (Powertools' `setCorrelationId` would name one message's lines with another request's id) but
 * given with each line, after any the logger holds: no child logger (a Logger and a Console built
 * per message) is made for it.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import type { DomainEvent } from '../../../shared/domain/events/index.js';

const CORRELATION_KEY = 'correlation_id';

type Level = 'debug' | 'info' | 'warn' | 'error';

/** The log calls of one message's (or event's, or run's) lines. */
export type CorrelatedLogger = Pick<Logger, Level>;

/** A logger for one message's (or event's, or run's) lines: named by its correlation id, or by none when it has none. */
export function correlatedLogger(logger: Logger, correlationId: string | undefined): CorrelatedLogger {
  // Given last, it wins over an id the logger holds; undefined leaves the key out of the line.
  const named = { [CORRELATION_KEY]: correlationId };
  const lineAt =
    (level: Level) =>
    (...[input, ...extra]: Parameters<Logger[Level]>) =>
      logger[level](input, ...(extra as Array<Record<string, unknown>>), named);
  return { debug: lineAt('debug'), info: lineAt('info'), warn: lineAt('warn'), error: lineAt('error') };
}

/** The message attribute naming the request whose work the message carries on. */
export const CORRELATION_ATTRIBUTE = 'correlationId';

/** The attributes to send with a message of this request's work (none without a correlation id). */
export const correlationAttributes = (correlationId: string | undefined): Record<string, string> =>
  correlationId ? { [CORRELATION_ATTRIBUTE]: correlationId } : {};

/** A received message's correlation id, if any, and a logger whose lines name it (or none). */
export interface MessageContext {
  correlationId?: string;
  log: CorrelatedLogger;
}

/** The context of a received message, its lines written on `logger`. */
export function messageContext(logger: Logger, record: SQSRecord): MessageContext {
  const correlationId = record.messageAttributes[CORRELATION_ATTRIBUTE]?.stringValue;
  return { ...(correlationId && { correlationId }), log: correlatedLogger(logger, correlationId) };
}

/** A logger for an event's lines, named by the request that caused the event. */
export const eventLogger = (logger: Logger, event: DomainEvent): CorrelatedLogger =>
  correlatedLogger(logger, event.detail.correlationId);
