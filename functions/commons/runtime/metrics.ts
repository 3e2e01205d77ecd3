/**
 * Business metrics as CloudWatch embedded metric format (Powertools Metrics): namespace and
 * service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME, set by the stack.
 * The local runtime sets POWERTOOLS_METRICS_DISABLED, as there is no CloudWatch to read them.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** How Powertools' warning of a flush with nothing stored begins. */
const NOTHING_STORED = 'No application metrics to publish';

/**
 * Where Metrics writes its own warnings and errors (not the metrics): the console, but for the
 * warning of a flush with nothing stored, as an invocation that counted nothing says nothing (a
 * logger of one's own is Powertools' way to silence it: powertools-lambda-typescript#2036).
 */
const ownLines = {
  debug: () => undefined,
  info: console.info,
  warn: (...content: unknown[]) => {
    if (!String(content[0]).startsWith(NOTHING_STORED)) console.warn(...content);
  },
  error: console.error,
};

export const metrics = new Metrics({ logger: ownLines });

/** Named counts of an invocation (a zero is not published). */
export type Counts = Readonly<Record<string, number>>;

/** A handler's answer and what its invocation counted. */
export interface Counted<R> {
  response: R;
  counts: Counts;
}

/** Adds to the counts published when the invocation ends. */
export function count(counts: Counts): void {
  for (const [name, value] of Object.entries(counts)) if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}

/** Publishes what the invocation counted (nothing, and no warning, when it counted nothing). */
export function publishCounts(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
