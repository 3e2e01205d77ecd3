/**
 * Lambda's event sources of the stage, each on its function's `live` alias (so a canary shifts
 * queue and stream traffic too): the work queues, with partial batch responses and a maximum
 * concurrency, so no queue can take the concurrency the API needs; and the table's stream for
 * its two readers, the outbox relay and the statistics tally.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import {
  DynamoEventSource,
  SqsDlq,
  SqsEventSource,
  type DynamoEventSourceProps,
} from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import {
  OUTBOX_RELAY,
  STATISTICS_TALLY,
  type FunctionName,
  type QueueDefinition,
} from '../../shared/contract/resources.js';
import type { SubsidyFunction } from './subsidy-function.js';

export interface EventSourceTargets {
  table: ITable;
  evaluationQueue: { queue: IQueue; definition: QueueDefinition };
  payoutQueue: { queue: IQueue; definition: QueueDefinition };
  simulationQueue: { queue: IQueue; definition: QueueDefinition };
  exportQueue: { queue: IQueue; definition: QueueDefinition };
  relayFailures: IQueue;
  tallyFailures: IQueue;
}

export function consumeQueuesAndStream(
  functions: Record<FunctionName, SubsidyFunction>,
  targets: EventSourceTargets,
): void {
  const consumers: Array<[FunctionName, EventSourceTargets['evaluationQueue']]> = [
    ['evaluate-application', targets.evaluationQueue],
    ['payout-worker', targets.payoutQueue],
    ['simulation-worker', targets.simulationQueue],
    ['export-worker', targets.exportQueue],
  ];
  for (const [name, { queue, definition }] of consumers) {
    functions[name].live.addEventSource(
      new SqsEventSource(queue, {
        batchSize: definition.batchSize,
        maxConcurrency: definition.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
  // The relay resumes from a failed record (partial batch responses) and halves a failing batch to
  // isolate a poison record; it gives a record up itself (OUTBOX_RELAY.giveUpAfterSeconds, keeping
  // its events), so Lambda retries without a count and records only what is older than
  // maxRecordAgeHours, as a stream position, in the relay's failure queue.
  const relay = readStream(functions['outbox-relay'], targets.table, targets.relayFailures, {
    batchSize: OUTBOX_RELAY.batchSize,
    maxRecordAge: Duration.hours(OUTBOX_RELAY.maxRecordAgeHours),
  });
  // The statistics tally: no give-up of its own, so bounded retries, then the batch's positions in its failure queue.
  const tally = readStream(functions['tally-statistics'], targets.table, targets.tallyFailures, {
    batchSize: STATISTICS_TALLY.batchSize,
    retryAttempts: STATISTICS_TALLY.retryAttempts,
  });
  for (const reader of [relay, tally]) {
    Validations.of(reader.serviceRole).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'The stream event source needs dynamodb:ListStreams, which supports no resource-level permission; the stream read actions are scoped to the table stream.',
    });
  }
}

/** A reader of the table's stream from its oldest record: partial batch responses, a failing batch halved, and what it gives up in its failure queue. */
function readStream(
  reader: SubsidyFunction,
  table: ITable,
  failures: IQueue,
  limits: Pick<DynamoEventSourceProps, 'batchSize' | 'maxRecordAge' | 'retryAttempts'>,
): SubsidyFunction {
  reader.live.addEventSource(
    new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(failures),
      ...limits,
    }),
  );
  return reader;
}
