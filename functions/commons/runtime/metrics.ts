/**
 * Business metrics as CloudWatch embedded metric format (Powertools Metrics): namespace and
 * service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME, set by the stack.
 * The local runtime sets POWERTOOLS_METRICS_DISABLED, as there is no CloudWatch to read them.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const metrics = new Metrics();

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

/**
 * A queue or stream handler whose counts are published when its invocation ends, also when it
 * fails: wraps the handler once, where it is exported, so no invocation has to ask for it.
 */
export const publishingCounts =
  <A extends unknown[], R>(handler: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await handler(...args);
    } finally {
      publishCounts();
    }
  };

/**
 * A queue or stream handler that answers what it counted beside its response (its use cases
 * answer counts as results): the counts are published with whatever else the invocation counted.
 */
export const publishingAnsweredCounts = <A extends unknown[], R>(handler: (...args: A) => Promise<Counted<R>>) =>
  publishingCounts(async (...args: A): Promise<R> => {
    const { response, counts } = await handler(...args);
    count(counts);
    return response;
  });
