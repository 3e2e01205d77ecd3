/**
 * The stateful resources as plain data: the CDK stacks and the local runtime both build
 * their tables and queues from these definitions, so the local twin cannot drift from AWS.
 */

export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  /** Logical id in the stack and base of the local table name. */
  id: string;
  partitionKey: string;
  sortKey?: string;
  indexes: readonly IndexDefinition[];
  timeToLiveAttribute?: string;
}

export interface QueueDefinition {
  id: string;
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the queue's dead-letter queue. */
  maxReceiveCount: number;
  /** How long the dead-letter queue keeps a message for inspection and redrive. */
  deadLetterRetentionDays: number;
  /** Records per Lambda invocation from this queue. */
  batchSize: number;
}

const gsi = (n: number): IndexDefinition => ({ name: `GSI${n}`, partitionKey: `gsi${n}pk`, sortKey: `gsi${n}sk` });

/** Single table: applications, applicant history, payout ledger and runs (see README "Data model"). */
export const MAIN_TABLE: TableDefinition = {
  id: 'SubsidyTable',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [gsi(1), gsi(2), gsi(3), gsi(4)],
};

/** Powertools idempotency records for the Idempotency-Key header and SQS redeliveries. */
export const IDEMPOTENCY_TABLE: TableDefinition = {
  id: 'IdempotencyTable',
  partitionKey: 'id',
  indexes: [],
  timeToLiveAttribute: 'expiration',
};

export const TABLES = [MAIN_TABLE, IDEMPOTENCY_TABLE] as const;

export const EVALUATION_QUEUE: QueueDefinition = {
  id: 'EvaluationQueue',
  visibilityTimeoutSeconds: 60,
  maxReceiveCount: 5,
  deadLetterRetentionDays: 14,
  batchSize: 10,
};

export const PAYOUT_QUEUE: QueueDefinition = {
  id: 'PayoutQueue',
  visibilityTimeoutSeconds: 180,
  maxReceiveCount: 5,
  deadLetterRetentionDays: 14,
  batchSize: 5,
};

export const QUEUES = [EVALUATION_QUEUE, PAYOUT_QUEUE] as const;

export const EVENT_SOURCE = 'lingang.ai-subsidy';

/** Environment variable names through which every function finds its resources. */
export const ENV = {
  tableName: 'TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  evaluationQueueUrl: 'EVALUATION_QUEUE_URL',
  payoutQueueUrl: 'PAYOUT_QUEUE_URL',
  eventBusName: 'EVENT_BUS_NAME',
} as const;
