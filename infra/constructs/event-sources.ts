/**
 * Lambda's event sources of the stage, each on its function's `live` alias (so a canary shifts
 * queue and stream traffic too): the work queues, with partial batch responses and a maximum
 * concurrency, so no queue can take the concurrency the API needs; and the table's stream for
 * its two readers, the outbox relay and the statistics tally.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { OUTBOX_RELAY, STATISTICS_TALLY, type FunctionName, type QueueDefinition } from '../../shared/contract/resources.js';
import type { SubsidyFunction } from './subsidy-function.js';

export interface EventSourceTargets {
  table: ITable;
  evaluationQueue: { queue: IQueue; definition: QueueDefinition };
  payoutQueue: { queue: IQueue; definition: QueueDefinition };
  relayFailures: IQueue;
  tallyFailures: IQueue;
}

export function consumeQueuesAndStream(functions: Record<FunctionName, SubsidyFunction>, targets: EventSourceTargets): void {
  const consumers: Array<[FunctionName, EventSourceTargets['evaluationQueue']]> = [
    ['evaluate-application', targets.evaluationQueue],
    ['payout-worker', targets.payoutQueue],
  ];
  for (const [name, { queue, definition }] of consumers) {
    functions[name].live.addEventSource(
      new SqsEventSource(queue, { batchSize: definition.batchSize, maxConcurrency: definition.maxConcurrency, reportBatchItemFailures: true }),
    );
  }
  // The relay resumes from a failed record (partial batch responses) and halves a failing batch to
  // isolate a poison record; it gives a record up itself (OUTBOX_RELAY.giveUpAfterSeconds, keeping
  // its events), so Lambda retries without a count and records only what is older than
  // maxRecordAgeHours, as a stream position, in the relay's failure queue.
  const relay = functions['outbox-relay'];
  relay.live.addEventSource(
    new DynamoEventSource(targets.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: OUTBOX_RELAY.batchSize,
      bisectBatchOnError: true,
      maxRecordAge: Duration.hours(OUTBOX_RELAY.maxRecordAgeHours),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(targets.relayFailures),
    }),
  );
  // The statistics tally: no give-up of its own, so bounded retries, then the batch's positions in its failure queue.
  const tally = functions['tally-statistics'];
  tally.live.addEventSource(
    new DynamoEventSource(targets.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: STATISTICS_TALLY.batchSize,
      bisectBatchOnError: true,
      retryAttempts: STATISTICS_TALLY.retryAttempts,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(targets.tallyFailures),
    }),
  );
  for (const reader of [relay, tally]) {
    Validations.of(reader.serviceRole).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'The stream event source needs dynamodb:ListStreams, which supports no resource-level permission; the stream read actions are scoped to the table stream.',
    });
  }
}
