/**
 * Log lines under the correlation id of the work they are about (SPEC §10.2). A batch's records
 * run concurrently on one logger, so the id is not set on the logger (Powertools'
 * `setCorrelationId` would name one message's lines with another request's id) but given with
 * each line, after any the logger holds: no child logger (a Logger and a Console built per
 * message) is made for it.
 */
import type { Logger } from '@aws-lambda-powertools/logger';

const CORRELATION_KEY = 'correlation_id';

type Level = 'debug' | 'info' | 'warn' | 'error';

/** The log calls of one message's (or event's) lines. */
export type CorrelatedLogger = Pick<Logger, Level>;

/** A logger for one message's (or event's) lines: named by its correlation id, or by none when it has none. */
export function correlatedLogger(logger: Logger, correlationId: string | undefined): CorrelatedLogger {
  // Given last, it wins over an id the logger holds; undefined leaves the key out of the line.
  const named = { [CORRELATION_KEY]: correlationId };
  const lineAt =
    (level: Level) =>
    (...[input, ...extra]: Parameters<Logger[Level]>) =>
      logger[level](input, ...(extra as Array<Record<string, unknown>>), named);
  return { debug: lineAt('debug'), info: lineAt('info'), warn: lineAt('warn'), error: lineAt('error') };
}
