/**
 * The admin API (one Lambda, routed on API Gateway's routeKey). Every route needs the admin
 * group, checked before routing so that non-admins learn nothing about the routes (403).
 */
import { ENV } from '../../shared/contract/resources.js';
import { adminRecognition, principalOf, requireAdmin } from '../commons/edge/auth.js';
import type { AdminRecognition } from '../../shared/contract/admin-recognition.js';
import { httpHandler, onTable, routeTable } from '../commons/edge/http.js';
import { env } from '../commons/runtime/env.js';
import { searchApplications } from './applications.js';
import { putCertification } from './certification.js';
import { getPayoutRun, listPayoutRuns, startPayoutRun } from './payout-runs.js';
import { forecastPayoutRun } from './payout-forecast.js';
import { listLedger } from './payouts.js';
import type { EvaluationQueues } from '../commons/messaging/redrive.js';
import { redriveEvaluationDlq } from './redrive.js';
import { republishUnpublishedEvents } from './republish.js';
import { appealDecisionRoute, reviewRoute } from './decision-routes.js';
import { getStatistics } from './statistics.js';
import { getSimulation, startSimulationRoute } from './simulations.js';
import { getExport, startExport } from './exports.js';

/**
 * What the admin API needs beside the request: the table the applications are stored in, the
 * payout, export and simulation queues the work it starts is sent to, the report bucket their
 * files are downloaded from, the statistics table its aggregates are read from, and the failure
 * queues it moves on (the evaluation DLQ back to the evaluation queue, the relay's failure store).
 */
export interface AdminApiDeps extends EvaluationQueues {
  table: string;
  payoutQueue: string;
  exportQueue: string;
  simulationQueue: string;
  reportBucket: string;
  statisticsTable: string;
  unpublishedEvents: string;
  /** The stage's rule for administrators, the only callers of every route. */
  admins: AdminRecognition;
}

const routesWith = ({
  table,
  payoutQueue,
  exportQueue,
  simulationQueue,
  reportBucket,
  statisticsTable,
  evaluationQueue,
  evaluationDlq,
  unpublishedEvents,
}: AdminApiDeps) =>
  routeTable({
    ...onTable(table, {
      'PUT /v1/admin/platforms/{applicantId}/certification': putCertification,
      'POST /v1/admin/applications/{id}/review': reviewRoute,
      'POST /v1/admin/applications/{id}/appeal-decision': appealDecisionRoute,
      'GET /v1/admin/applications': searchApplications,
      'GET /v1/admin/payouts': listLedger,
      'GET /v1/admin/payout-runs': listPayoutRuns,
      'GET /v1/admin/payout-runs/{runId}': getPayoutRun,
      'GET /v1/admin/payout-forecast': forecastPayoutRun,
    }),
    'POST /v1/admin/payout-runs': (event) => startPayoutRun({ table, payoutQueue }, event),
    'POST /v1/admin/exports': (event) => startExport({ table, exportQueue }, event),
    'POST /v1/admin/simulations': (event) => startSimulationRoute({ table, simulationQueue }, event),
    'GET /v1/admin/exports/{id}': (event) => getExport({ table, reportBucket }, event),
    'GET /v1/admin/simulations/{id}': (event) => getSimulation({ table, reportBucket }, event),
    'POST /v1/admin/evaluation-redrive': (event, context) =>
      redriveEvaluationDlq({ evaluationQueue, evaluationDlq }, event, context),
    'POST /v1/admin/event-republish': (event, context) =>
      republishUnpublishedEvents({ table, storeUrl: unpublishedEvents }, event, context),
    'GET /v1/admin/statistics': (event) => getStatistics(statisticsTable, event),
  });

/** The API on these dependencies (tests build it on their own table and queue). */
export const adminApiWith = (deps: AdminApiDeps) => {
  const routes = routesWith(deps);
  return httpHandler(async (event, context) => {
    requireAdmin(principalOf(event, deps.admins));
    return routes(event, context);
  });
};

/** Composed once per container: the tables, the queues and the report bucket its environment names. */
export const handler = adminApiWith({
  table: env(ENV.tableName),
  payoutQueue: env(ENV.payoutQueueUrl),
  exportQueue: env(ENV.exportQueueUrl),
  simulationQueue: env(ENV.simulationQueueUrl),
  reportBucket: env(ENV.reportBucketName),
  statisticsTable: env(ENV.statisticsTableName),
  evaluationQueue: env(ENV.evaluationQueueUrl),
  evaluationDlq: env(ENV.evaluationDlqUrl),
  unpublishedEvents: env(ENV.unpublishedEventsQueueUrl),
  admins: adminRecognition(),
});
