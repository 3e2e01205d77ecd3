/**
 * Log lines under the correlation id of the work they are about (SPEC §10.2). Powertools'
 * `setCorrelationId(undefined)` keeps the previous id, and a batch's records run concurrently on
 * one logger, so a shared logger would name one message's lines with another request's id.
 */
import type { Logger } from '@aws-lambda-powertools/logger';

const CORRELATION_KEY = 'correlation_id';

/** A logger for one message's (or event's) lines: named by its correlation id, or by none when it has none. */
export function correlatedLogger(logger: Logger, correlationId: string | undefined): Logger {
  const child = logger.createChild();
  if (correlationId) child.setCorrelationId(correlationId);
  else child.removeKeys([CORRELATION_KEY]);
  return child;
}
