/**
 * POST /v1/admin/payout-runs `{fiscalYear}`: starts a payout run (202 `{runId}` + Location);
 * 409 before 1 March of the following year or for a year the policy does not subsidise.
 * GET /v1/admin/payout-runs/{runId}: the run's status and totals (404 when unknown).
 * GET /v1/admin/payout-runs?fiscalYear=: the runs of a fiscal year, newest first, each with its totals.
 */
import { callerIdOf } from '../commons/edge/auth.js';
import {
  correlationIdOf,
  json,
  parseBody,
  pathParameter,
  validate,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { runIdSchema } from '../commons/payouts/model.js';
import { readRun, readTotals, runView, startRun, type PayoutResources } from '../commons/payouts/runs.js';
import { fiscalYearPageParams } from '../commons/edge/list-params.js';
import { listResponse } from '../commons/edge/views.js';
import { yearRuns } from '../commons/store/query/listings.js';
import { notFound } from '../commons/edge/problems.js';
import { payoutRunBodySchema } from './payout-run-body.js';

/** Starts the run on the table and payout queue the admin API's composition read. */
export async function startPayoutRun(resources: PayoutResources, event: HttpEvent): Promise<HttpResult> {
  const admin = callerIdOf(event);
  const { fiscalYear } = parseBody(event, payoutRunBodySchema);
  const run = await startRun(resources, { fiscalYear, startedBy: admin, correlationId: correlationIdOf(event) });
  const { runId, status } = run;
  return json(202, { runId, fiscalYear, status }, { location: `/v1/admin/payout-runs/${runId}` });
}

export async function getPayoutRun(table: string, event: HttpEvent): Promise<HttpResult> {
  const runId = pathParameter(event, 'runId');
  const run = runIdSchema.safeParse(runId).success ? await readRun(table, runId) : undefined;
  if (!run) throw notFound('payout-run', runId);
  return json(200, run);
}

export async function listPayoutRuns(table: string, event: HttpEvent): Promise<HttpResult> {
  const { fiscalYear, ...paging } = validate(fiscalYearPageParams, event.queryStringParameters ?? {});
  return json(
    200,
    await listResponse(table, yearRuns(fiscalYear), paging, async (run) =>
      runView(run, await readTotals(table, run.runId as string)),
    ),
  );
}
