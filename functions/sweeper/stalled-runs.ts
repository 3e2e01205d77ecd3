/**
 * Payout runs that stopped moving (the sweeper's second duty): a RUNNING run (GSI3
 * `RUNS#RUNNING`) older than the threshold whose progress — entitlements found, settled, shards
 * planned — is what the previous sweep recorded on it is resumed; the progress seen is recorded
 * for the next sweep.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../commons/clients/dynamodb.js';
import { RUNNING_RUNS, runKey } from '../commons/payouts/model.js';
import { queryPages } from '../commons/store/paging.js';
import { resumeRun } from '../commons/payouts/resume.js';
import { readTotals } from '../commons/payouts/runs.js';
import { tableName } from '../commons/store/transactions.js';

export async function resumeStalledRuns(now: Date, thresholdMinutes: number): Promise<number> {
  const cutoff = new Date(now.getTime() - thresholdMinutes * 60_000).toISOString();
  let resumed = 0;
  const running = queryPages(documentClient, {
    TableName: tableName,
    IndexName: 'GSI3',
    KeyConditionExpression: 'gsi3pk = :running AND gsi3sk < :cutoff',
    ExpressionAttributeValues: { ':running': RUNNING_RUNS, ':cutoff': cutoff },
  });
  for await (const page of running) {
    for (const run of page.Items ?? []) {
      const runId = String(run.runId);
      const { found, settled, planned } = await readTotals(runId);
      const progress = `${found}/${settled}/${planned}`;
      if (run.progressSeen === progress) {
        await resumeRun(runId);
        resumed += 1;
      }
      await documentClient.send(
        new UpdateCommand({ TableName: tableName, Key: runKey(runId), UpdateExpression: 'SET progressSeen = :progress', ExpressionAttributeValues: { ':progress': progress } }),
      );
    }
  }
  return resumed;
}
