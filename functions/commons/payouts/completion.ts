/**
 * Completing a payout run exactly once: when every shard is planned and every entitlement found
 * is settled, RUNNING → COMPLETED with the totals and PayoutRunCompleted in the run's outbox, in
 * one conditional update: only one caller wins, and the event exists exactly when the run is
 * COMPLETED. The run also leaves the index of running runs.
 */
import { payoutRunCompleted } from '../../../shared/domain/events/payout.js';
import { INDEX_SHARDS, RUNNING_INDEX_ATTRIBUTES, runKey } from '../store/items/keys.js';
import { nowIso } from '../runtime/clock.js';
import { OUTBOX_ATTRIBUTE } from '../store/items/outbox.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import { correlationOfRun, getRun, readTotals, viewTotals, type RunTotals } from './runs.js';

export const isSettled = (totals: RunTotals) => totals.planned >= INDEX_SHARDS && totals.settled >= totals.found;

/** Called after every pay message and every shard's last plan page (and when a run is resumed). */
export async function completeIfSettled(table: string, runId: string): Promise<void> {
  const totals = await readTotals(table, runId);
  if (!isSettled(totals)) return;
  const run = await getRun(table, runId);
  if (run?.status !== 'RUNNING') return;
  const at = nowIso();
  const view = viewTotals(totals);
  const completed = payoutRunCompleted(
    { runId, fiscalYear: run.fiscalYear as number, ...view, correlationId: correlationOfRun(run) },
    at,
  );
  const recorded: Record<string, unknown> = {
    ...view,
    amountFen: Number(totals.amountFen),
    status: 'COMPLETED',
    completedAt: at,
    [OUTBOX_ATTRIBUTE]: [completed],
  };
  // false: another caller completed it first.
  await stepFromStatus(table, runKey(runId), 'RUNNING', recorded, RUNNING_INDEX_ATTRIBUTES);
}
