/**
 * Payout runs that stopped moving (the sweeper's second duty): a RUNNING run older than the
 * threshold whose progress — entitlements found, settled, shards planned — is what the previous
 * sweep recorded on it is resumed; the progress seen is recorded for the next sweep. The runs are those of the table the sweeper read.
 */
import { resumeRun, recordProgressSeen, runningRuns } from '../commons/payouts/resume.js';
import { readTotals, type PayoutResources } from '../commons/payouts/runs.js';

export async function resumeStalledRuns(
  resources: PayoutResources,
  now: Date,
  thresholdMinutes: number,
): Promise<number> {
  const { table } = resources;
  const cutoff = new Date(now.getTime() - thresholdMinutes * 60_000).toISOString();
  let resumed = 0;
  for await (const runs of runningRuns(table, { startedBefore: cutoff })) {
    for (const run of runs) {
      const runId = String(run.runId);
      const { found, settled, planned } = await readTotals(table, runId);
      const progress = `${found}/${settled}/${planned}`;
      if (run.progressSeen === progress) {
        await resumeRun(resources, runId);
        resumed += 1;
      }
      await recordProgressSeen(table, runId, progress);
    }
  }
  return resumed;
}
