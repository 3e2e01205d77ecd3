/**
 * Starts the yearly operating-cost payout run (SPEC §6). Invoked by EventBridge Scheduler on
 * 1 March 02:00 Asia/Shanghai with `{source: "schedule", scheduledTime}`: pays the fiscal year
 * just ended at the scheduled time (so a retry hours later still pays the same year).
 * `{fiscalYear}` starts a run for that year instead (manual invocation, e.g. from the console).
 * The admin route POST /v1/admin/payout-runs starts runs through the same `startRun`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import * as z from '../../shared/zod.js';
import { fiscalYearSchema } from '../../shared/policy/index.js';
import { ENV } from '../../shared/contract/resources.js';
import { clock } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';
import { correlatedLogger } from '../commons/messaging/correlation.js';
import { fiscalYearJustEnded, startRun, type PayoutResources, type RunView } from '../commons/payouts/runs.js';

const logger = new Logger();

const plannerInput = z.union([
  z.object({ fiscalYear: fiscalYearSchema }),
  z.object({ source: z.literal('schedule'), scheduledTime: z.optional(z.iso.datetime({ offset: true })) }),
]);

export const PLANNER_ACTOR = 'system:scheduler';

/**
 * The function on the run's table and payout queue (tests build it on their own). The invocation's
 * request id is the run's correlation id: the schedule's start request (Lambda always passes it).
 */
export const payoutPlannerWith =
  (resources: PayoutResources) =>
  async (event: unknown, context?: Pick<Context, 'awsRequestId'>): Promise<RunView> => {
    const input = plannerInput.parse(event);
    const fiscalYear =
      'fiscalYear' in input
        ? input.fiscalYear
        : fiscalYearJustEnded(input.scheduledTime ? new Date(input.scheduledTime) : clock.now());
    const run = await startRun(resources, {
      fiscalYear,
      startedBy: PLANNER_ACTOR,
      correlationId: context?.awsRequestId,
    });
    correlatedLogger(logger, context?.awsRequestId).info('payout run started', { runId: run.runId, fiscalYear });
    return run;
  };

/** Composed once per container: the table and the payout queue its environment names. */
export const handler = payoutPlannerWith({ table: env(ENV.tableName), payoutQueue: env(ENV.payoutQueueUrl) });
