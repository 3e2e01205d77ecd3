/**
 * What each function may touch, in one place (SPEC §10 least privilege): its tables with the
 * DynamoDB actions and indexes its code uses, the queues it sends to or drains, and whether it
 * publishes to the bus. A binding sets the grant and the environment variable together: the CDK
 * stack grants and sets exactly these (infra/stacks/stateless-stack.ts), the local runtime sets
 * the same variables (infra/local/provision.ts), and test/infra/function-access.test.ts checks
 * each entry against the SDK commands the function's code contains.
 */
import { ENV, type FunctionName } from './resources.js';

/** DynamoDB actions (IAM names, without `dynamodb:`) a function's code needs on a table. */
export type TableAction =
  'GetItem' | 'BatchGetItem' | 'PutItem' | 'UpdateItem' | 'Query' | 'Scan' | 'ConditionCheckItem';
export type TableId = 'SubsidyTable' | 'IdempotencyTable' | 'StatisticsTable';
export type QueueId = 'EvaluationQueue' | 'PayoutQueue' | 'SimulationQueue' | 'ExportQueue';
/** S3 actions (IAM names, without `s3:`) on the objects under a bucket's object prefix. */
export type ObjectAction =
  'GetObject' | 'GetObjectVersion' | 'PutObject' | 'AbortMultipartUpload' | 'DeleteObject' | 'DeleteObjectVersion';
export type BucketId = 'DocumentBucket' | 'ReportBucket';

export interface TableAccess {
  actions: TableAction[];
  /** Indexes it queries (Query on `table/index/<name>`). */
  indexes?: string[];
}

export interface FunctionAccess {
  tables: Partial<Record<TableId, TableAccess>>;
  /** Queues it sends messages to (sqs:SendMessage). */
  sendsTo?: QueueId[];
  /** Dead-letter queues it receives and deletes messages from (a redrive). */
  drains?: QueueId[];
  /** PutEvents on the bus, for events of source `lingang.ai-subsidy` only (the outbox relay alone). */
  publishes?: boolean;
  /** Object actions on a bucket, granted on its object prefix only (presigned URLs act with the signer's grants). */
  buckets?: Partial<Record<BucketId, ObjectAction[]>>;
  /** The relay's failure store (UNPUBLISHED_EVENTS): the relay keeps events in it (SendMessage), a republish drains it (ReceiveMessage, DeleteMessage). */
  unpublishedEvents?: 'keeps' | 'republishes';
}

export const FUNCTION_ACCESS: Record<FunctionName, FunctionAccess> = {
  // The application, with its event, and the Idempotency-Key record in one transaction.
  'submit-application': {
    tables: { SubsidyTable: { actions: ['PutItem'] }, IdempotencyTable: { actions: ['GetItem', 'PutItem'] } },
  },
  // Adding a document puts its item and counts it on the application in one transaction; the
  // presigned PUT and GET act with these object grants.
  'applicant-api': {
    tables: {
      SubsidyTable: { actions: ['GetItem', 'BatchGetItem', 'Query', 'UpdateItem', 'PutItem'], indexes: ['GSI1'] },
    },
    buckets: { DocumentBucket: ['PutObject', 'GetObject', 'GetObjectVersion'] },
  },
  'admin-api': {
    // The statistics are read from their aggregates (StatisticsTable), never counted from the records;
    // the payout runs of a year from GSI1, the forecast from the entitlement index (GSI4).
    tables: {
      SubsidyTable: {
        actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'Query'],
        indexes: ['GSI1', 'GSI2', 'GSI3', 'GSI4'],
      },
      StatisticsTable: { actions: ['Query'] },
    },
    // Starting a payout run or a simulation sends its first messages, an export its job; a redrive moves the
    // evaluation DLQ's messages back; a republish hands the relay's kept events back to it through an outbox item.
    sendsTo: ['PayoutQueue', 'EvaluationQueue', 'SimulationQueue', 'ExportQueue'],
    drains: ['EvaluationQueue'],
    unpublishedEvents: 'republishes',
    // The presigned GET of a finished export's or simulation's file acts with this grant.
    buckets: { ReportBucket: ['GetObject', 'GetObjectVersion'] },
  },
  'evaluate-application': { tables: { SubsidyTable: { actions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'] } } },
  'payout-planner': {
    tables: { SubsidyTable: { actions: ['GetItem', 'PutItem', 'Query'] } },
    sendsTo: ['PayoutQueue'],
  },
  'payout-worker': {
    tables: {
      SubsidyTable: { actions: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'ConditionCheckItem'], indexes: ['GSI4'] },
    },
    sendsTo: ['PayoutQueue'],
  },
  sweeper: {
    tables: { SubsidyTable: { actions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: ['GSI2', 'GSI3'] } },
    sendsTo: ['EvaluationQueue', 'PayoutQueue', 'ExportQueue', 'SimulationQueue'],
  },
  // Reads the table's stream through its event source, not through table actions.
  'outbox-relay': { tables: {}, sendsTo: ['EvaluationQueue'], publishes: true, unpublishedEvents: 'keeps' },
  // Reads the table's stream through its event source; adds each record's change to the counters once (its marker and the counters in one transaction).
  'tally-statistics': { tables: { StatisticsTable: { actions: ['PutItem', 'UpdateItem', 'BatchGetItem'] } } },
  // Recounts every application and ledger entry (a parallel Scan: the one job that reads the whole table) and reads the counters.
  'reconcile-statistics': { tables: { SubsidyTable: { actions: ['Scan'] }, StatisticsTable: { actions: ['Query'] } } },
  // Judges stored applications again (GSI3 pages, the items, each applicant's history) and writes only in its
  // simulation's partition: its pages with their counts (a transaction), the completed result; the completion
  // writes the result as CSV into the report bucket (one PUT, or a multipart upload aborted on failure).
  'simulation-worker': {
    tables: {
      SubsidyTable: { actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: ['GSI3'] },
    },
    sendsTo: ['SimulationQueue'],
    buckets: { ReportBucket: ['PutObject', 'AbortMultipartUpload'] },
  },
  // Reads a year's ledger (GSI2) or its awards (GSI3, the applications from the table) page by page,
  // streams the CSV into a multipart upload, and records the export's progress and result.
  'export-worker': {
    tables: {
      SubsidyTable: { actions: ['GetItem', 'UpdateItem', 'Query', 'BatchGetItem'], indexes: ['GSI2', 'GSI3'] },
    },
    buckets: { ReportBucket: ['PutObject', 'AbortMultipartUpload'] },
  },
  // Reads the uploaded version, concludes the document, deletes a rejected version.
  'verify-document': {
    tables: { SubsidyTable: { actions: ['GetItem', 'UpdateItem'] } },
    buckets: { DocumentBucket: ['GetObject', 'GetObjectVersion', 'DeleteObject', 'DeleteObjectVersion'] },
  },
};

/** Where a function's environment finds each resource: CDK tokens on AWS, local names and URLs locally. */
export interface ResourceLocator {
  tableName(table: TableId): string;
  queueUrl(queue: QueueId): string;
  deadLetterQueueUrl(queue: QueueId): string;
  eventBusName: string;
  bucketName(bucket: BucketId): string;
  unpublishedEventsQueueUrl: string;
}

const TABLE_ENV: Record<TableId, string> = {
  SubsidyTable: ENV.tableName,
  IdempotencyTable: ENV.idempotencyTableName,
  StatisticsTable: ENV.statisticsTableName,
};
const QUEUE_ENV: Record<QueueId, string> = {
  EvaluationQueue: ENV.evaluationQueueUrl,
  PayoutQueue: ENV.payoutQueueUrl,
  SimulationQueue: ENV.simulationQueueUrl,
  ExportQueue: ENV.exportQueueUrl,
};
const DLQ_ENV: Partial<Record<QueueId, string>> = { EvaluationQueue: ENV.evaluationDlqUrl };
const BUCKET_ENV: Record<BucketId, string> = {
  DocumentBucket: ENV.documentBucketName,
  ReportBucket: ENV.reportBucketName,
};

/** The environment variables a function's bindings set. */
export function environmentOf(name: FunctionName, locate: ResourceLocator): Record<string, string> {
  const access = FUNCTION_ACCESS[name];
  const entries: Array<[string, string]> = [
    ...(Object.keys(access.tables) as TableId[]).map((table): [string, string] => [
      TABLE_ENV[table],
      locate.tableName(table),
    ]),
    ...(access.sendsTo ?? []).map((queue): [string, string] => [QUEUE_ENV[queue], locate.queueUrl(queue)]),
    ...(access.drains ?? []).map((queue): [string, string] => {
      const variable = DLQ_ENV[queue];
      if (!variable) throw new Error(`no environment variable names the ${queue} dead-letter queue`);
      return [variable, locate.deadLetterQueueUrl(queue)];
    }),
    ...(access.publishes ? [[ENV.eventBusName, locate.eventBusName] as [string, string]] : []),
    ...(Object.keys(access.buckets ?? {}) as BucketId[]).map((bucket): [string, string] => [
      BUCKET_ENV[bucket],
      locate.bucketName(bucket),
    ]),
    ...(access.unpublishedEvents
      ? [[ENV.unpublishedEventsQueueUrl, locate.unpublishedEventsQueueUrl] as [string, string]]
      : []),
  ];
  return Object.fromEntries(entries);
}
