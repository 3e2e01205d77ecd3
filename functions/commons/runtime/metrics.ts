/**
 * Business metrics as CloudWatch embedded metric format (Powertools Metrics): namespace and
 * service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME, set by the stack.
 * The local runtime sets POWERTOOLS_METRICS_DISABLED, as there is no CloudWatch to read them.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const metrics = new Metrics();

/** Adds to the counts published when the invocation ends. */
export function count(counts: Readonly<Record<string, number>>): void {
  for (const [name, value] of Object.entries(counts)) if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}

/** Publishes what the invocation counted (nothing, and no warning, when it counted nothing). */
export function publishCounts(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

/** Runs an SQS batch and publishes its counts, also when it fails. */
export async function withCounts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    publishCounts();
  }
}
