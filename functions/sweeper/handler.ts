/**
 * The safety net (SPEC §7), every few minutes (EventBridge Scheduler). Evaluations are queued by
 * the outbox relay from the stored record, so the sweeper finds work only when that failed:
 * - Applications still SUBMITTED after a threshold (GSI2 `STATUS#SUBMITTED`, oldest first) are
 *   re-queued, each at most MAX_SWEEPS times (counted on the item); one that needs attention
 *   (its evaluation kept failing: the DLQ and its redrive own it) is left alone, and one the
 *   sweeps could not get decided is marked as needing attention.
 * - Payout runs RUNNING without progress since the last sweep are resumed (../commons/payouts/resume.ts)
 *   and counted as `PayoutRunsStalled`, the metric of the stuck-run alarm.
 * - Exports and simulations whose work stopped (messages never sent, or lost midway) get them again,
 *   a simulation from where its parts stopped, a bounded number of times, then are recorded FAILED
 *   (./stopped-jobs.ts): counted as `JobsResent` and `JobsFailed`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { ENV } from '../../shared/contract/resources.js';
import { clock } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';
import { publishCounts, count } from '../commons/runtime/metrics.js';
import { resumeStalledRuns } from './stalled-runs.js';
import { requeueSubmitted } from './submitted.js';
import { resendStoppedJobs, type JobResources } from './stopped-jobs.js';

const logger = new Logger();

/** The threshold a setting names (SWEEPER_THRESHOLD_MINUTES; default 10): minutes ≥ 0, or the container fails to start. */
export function thresholdMinutesOf(setting: string | undefined): number {
  const minutes = Number(setting ?? '10');
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error('SWEEPER_THRESHOLD_MINUTES must be a number of minutes ≥ 0');
  return minutes;
}

/** Stop paging with this much time left; the next sweep continues. */
const SAFETY_MS = 10_000;

/**
 * The cutoff in the exact form of the stored submittedAt (`Date#toISOString`, UTC "…Z", as the
 * submit function writes it), so that the index's string order is time order.
 */
export const cutoffFor = (now: Date, minutes: number): string =>
  new Date(now.getTime() - minutes * 60_000).toISOString();

/**
 * What the sweeper sweeps: the table, and the queues it sends work to again (evaluations,
 * payout runs' pages, exports' and simulations' messages); and how long work may wait before it does.
 */
export interface SweeperDeps extends JobResources {
  evaluationQueue: string;
  payoutQueue: string;
  /** Work unfinished for longer than this is looked at. */
  thresholdMinutes: number;
}

/** The function on these dependencies (tests build it on their own table and queues). */
export const sweeperWith =
  ({ evaluationQueue, payoutQueue, thresholdMinutes, ...jobs }: SweeperDeps) =>
  async (
    _event: unknown,
    context?: Pick<Context, 'getRemainingTimeInMillis'>,
  ): Promise<{
    requeued: number;
    markedForAttention: number;
    resumedRuns: number;
    resentJobs: number;
    failedJobs: number;
  }> => {
    const now = clock.now();
    const timeLeft = () => (context?.getRemainingTimeInMillis() ?? Infinity) > SAFETY_MS;
    const { table } = jobs;
    const cutoff = cutoffFor(now, thresholdMinutes);
    const { requeued, markedForAttention } = await requeueSubmitted(table, cutoff, timeLeft, evaluationQueue);
    const resumedRuns = await resumeStalledRuns({ table, payoutQueue }, now, thresholdMinutes);
    const { resentJobs, failedJobs } = await resendStoppedJobs(jobs, now, cutoff);
    const swept = { requeued, markedForAttention, resumedRuns, resentJobs, failedJobs };
    if (Object.values(swept).some((n) => n > 0)) logger.warn('swept', swept);
    count({
      ApplicationsRequeued: requeued,
      PayoutRunsStalled: resumedRuns,
      JobsResent: resentJobs,
      JobsFailed: failedJobs,
    });
    publishCounts();
    return swept;
  };

/** Composed once per container: the table, the queues and the threshold its environment names. */
export const handler = sweeperWith({
  thresholdMinutes: thresholdMinutesOf(process.env.SWEEPER_THRESHOLD_MINUTES),
  table: env(ENV.tableName),
  evaluationQueue: env(ENV.evaluationQueueUrl),
  payoutQueue: env(ENV.payoutQueueUrl),
  exportQueue: env(ENV.exportQueueUrl),
  simulationQueue: env(ENV.simulationQueueUrl),
});
