/**
 * SQS-triggered simulation worker (SimulationQueue): each message judges one page of stored
 * applications again under a simulation's draft and sends the next page's message (SPEC §12).
 * Records fail one by one (ReportBatchItemFailures); every message is safe to receive twice (its
 * page is recorded once). A message that keeps failing goes to the DLQ for redrive.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { ENV } from '../../shared/contract/resources.js';
import { env } from '../commons/runtime/env.js';
import { simulationMessageSchema } from '../commons/simulations/model.js';
import { simulatePage, type SimulatingResources } from '../commons/simulations/simulate.js';
import { eachRecord, queueHandler } from '../commons/edge/queue.js';

const logger = new Logger();

async function handleRecord(resources: SimulatingResources, record: SQSRecord): Promise<void> {
  const message = simulationMessageSchema.parse(JSON.parse(record.body));
  try {
    await simulatePage(resources, message);
  } catch (error) {
    // Ids and counts only: no personal data in logs.
    const { simulationId, programme, shard, page } = message;
    logger.error('simulation message failed', { simulationId, programme, shard, page, error: error as Error });
    throw error;
  }
}

/**
 * What simulating needs beside its messages: the table the simulations and the applications are
 * in, the simulation queue each page's successor is sent to and the report bucket the result file
 * is written to.
 */
export type SimulationWorkerDeps = SimulatingResources;

/** The function on these dependencies (tests build it on their own table, queue and bucket). */
export const simulationWorkerWith = (deps: SimulationWorkerDeps) =>
  queueHandler(eachRecord((record: SQSRecord) => handleRecord(deps, record)));

/** Composed once per container: the table, the queue and the bucket its environment names. */
export const handler = simulationWorkerWith({
  table: env(ENV.tableName),
  simulationQueue: env(ENV.simulationQueueUrl),
  reportBucket: env(ENV.reportBucketName),
});
