/**
 * A function's dependencies on a set of local resources (a test file's `localAws().resources`, a
 * model-test lane's own): what its handler reads from the environment `functionEnvironment`
 * gives it, for tests that compose the function on resources of their choosing.
 */
import type { AdminApiDeps } from '../../functions/admin-api/handler.js';
import { LOCAL_ADMIN_RECOGNITION } from '../../infra/local/dev-auth.js';
import type { LocalResources } from '../../infra/local/provision.js';
import {
  EVALUATION_QUEUE,
  EXPORT_QUEUE,
  MAIN_TABLE,
  PAYOUT_QUEUE,
  REPORT_BUCKET,
  SIMULATION_QUEUE,
  STATISTICS_TABLE,
} from '../../shared/contract/resources.js';

export const adminApiDepsOf = ({
  tables,
  queues,
  buckets,
  unpublishedEventsQueueUrl,
}: LocalResources): AdminApiDeps => ({
  table: tables[MAIN_TABLE.id]!,
  payoutQueue: queues[PAYOUT_QUEUE.id]!.url,
  exportQueue: queues[EXPORT_QUEUE.id]!.url,
  simulationQueue: queues[SIMULATION_QUEUE.id]!.url,
  reportBucket: buckets[REPORT_BUCKET.id]!,
  statisticsTable: tables[STATISTICS_TABLE.id]!,
  evaluationQueue: queues[EVALUATION_QUEUE.id]!.url,
  evaluationDlq: queues[EVALUATION_QUEUE.id]!.dlqUrl,
  unpublishedEvents: unpublishedEventsQueueUrl,
  admins: LOCAL_ADMIN_RECOGNITION,
});
