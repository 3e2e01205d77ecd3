/**
 * The stateful resources as plain data: the CDK stacks and the local runtime both build
 * their tables and queues from these definitions, so the local twin cannot drift from AWS.
 */

export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
  /**
   * The non-key attributes the index carries (INCLUDE; none: KEYS_ONLY): only what its queries
   * read. An index item is rewritten only when one of these or its keys change, and costs write
   * units by its own size, so an application's decision, audit trail and outbox stay in the table.
   */
  projected: readonly string[];
}

export interface TableDefinition {
  /** Logical id in the stack and base of the local table name. */
  id: string;
  partitionKey: string;
  sortKey?: string;
  indexes: readonly IndexDefinition[];
  timeToLiveAttribute?: string;
  /** A change stream (what the outbox relay reads). */
  stream?: 'NEW_AND_OLD_IMAGES';
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
  /** Concurrent invocations the queue's event source may use (locally: concurrent batches). */
  maxConcurrency: number;
}

const gsi = (n: number, projected: readonly string[]): IndexDefinition => ({
  name: `GSI${n}`,
  partitionKey: `gsi${n}pk`,
  sortKey: `gsi${n}sk`,
  projected,
});

/** What a payout listing shows (SPEC §4 payout): read from the index, no table read. */
const PAYOUT_ATTRIBUTES = ['payoutId', 'applicationId', 'applicantId', 'fiscalYear', 'amount', 'issuedAt'];

/** Single table: applications, applicant history, payout ledger and runs (see README "Data model"). */
export const MAIN_TABLE: TableDefinition = {
  id: 'SubsidyTable',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    // An applicant's applications (items read from the table, its filters applied there) and payouts.
    gsi(1, PAYOUT_ATTRIBUTES),
    // Applications by status (items read from the table; the sweeper reads sweeps and the attention
    // mark), and the ledger of a year with the run that paid each entry (reconciliation).
    gsi(2, ['sweeps', 'needsAttention', ...PAYOUT_ATTRIBUTES, 'runId']),
    // Applications by programme, filtered by status (items read from the table); running payout
    // runs and the progress the sweeper saw.
    gsi(3, ['status', 'runId', 'progressSeen']),
    // Unpaid operating-cost entitlements: what a payout run pays.
    gsi(4, ['applicationId', 'applicantId', 'submittedAt', 'decision']),
  ],
  stream: 'NEW_AND_OLD_IMAGES',
};

/** Idempotency-Key records of submissions (functions/commons/store/get-item/idempotency.ts). */
export const IDEMPOTENCY_TABLE: TableDefinition = {
  id: 'IdempotencyTable',
  partitionKey: 'id',
  indexes: [],
  timeToLiveAttribute: 'expiration',
};

/**
 * The administration's statistics (SPEC §12), kept up to date from the main table's stream
 * (functions/tally-statistics): counter shards `SHARD#<n>` / `<fiscalYear>#<programme>`, and per
 * stream record counted `COUNTED#<eventID>` / `COUNTED`, expiring after the stream's retention
 * (README "Statistics").
 */
export const STATISTICS_TABLE: TableDefinition = {
  id: 'StatisticsTable',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [],
  timeToLiveAttribute: 'expiresAt',
};

export const TABLES = [MAIN_TABLE, IDEMPOTENCY_TABLE, STATISTICS_TABLE] as const;

export const EVALUATION_QUEUE: QueueDefinition = {
  id: 'EvaluationQueue',
  visibilityTimeoutSeconds: 60,
  maxReceiveCount: 5,
  deadLetterRetentionDays: 14,
  batchSize: 10,
  maxConcurrency: 20,
};

export const PAYOUT_QUEUE: QueueDefinition = {
  id: 'PayoutQueue',
  visibilityTimeoutSeconds: 180,
  maxReceiveCount: 5,
  deadLetterRetentionDays: 14,
  batchSize: 5,
  // A payout run fans out far; it must leave the account's concurrency to the API.
  maxConcurrency: 10,
};

/** The statistics' stream event source (functions/tally-statistics): a second reader of the table's stream. */
export const STATISTICS_TALLY = {
  batchSize: 100,
  /** Then the failed records' positions go to the failure queue; the reconciliation finds what they missed. */
  retryAttempts: 10,
  failureQueueId: 'StatisticsTallyFailures',
} as const;

/** The outbox relay's stream event source (functions/outbox-relay). */
export const OUTBOX_RELAY = {
  batchSize: 100,
  /**
   * A record whose events the bus still refuses (or whose outbox is malformed) this long after
   * its write is passed: its events go to the failure store (UNPUBLISHED_EVENTS), payload and
   * eventId, and the stream moves on. Until then the stream source retries it.
   */
  giveUpAfterSeconds: 300,
  /** Lambda's last resort, when even keeping them failed: past this age the record's stream position goes to the failure queue. */
  maxRecordAgeHours: 6,
  failureQueueId: 'OutboxRelayFailures',
} as const;

/**
 * The relay's failure store: one message per event it gave up publishing (the event as the outbox
 * held it; its eventId also as a message attribute), kept until `npm run republish` or
 * POST /v1/admin/event-republish hands it back to the relay, which publishes it with the same eventId.
 */
export const UNPUBLISHED_EVENTS = { id: 'UnpublishedEvents', retentionDays: 14, visibilityTimeoutSeconds: 60 } as const;

/** What-if simulations (SPEC §12): one chain of page messages per programme and index shard. */
export const SIMULATION_QUEUE: QueueDefinition = {
  id: 'SimulationQueue',
  visibilityTimeoutSeconds: 180,
  maxReceiveCount: 5,
  deadLetterRetentionDays: 14,
  batchSize: 5,
  // A simulation reads the whole of the stored applications: it leaves the account's concurrency to the API and the payout runs.
  maxConcurrency: 10,
};

/**
 * Finance exports (SPEC §12): one message per export; the worker writes the whole file in one
 * invocation (pages of the table streamed into a multipart upload), so a receive may take the
 * worker's whole timeout (function-settings.ts: a sixth of this).
 */
export const EXPORT_QUEUE: QueueDefinition = {
  id: 'ExportQueue',
  visibilityTimeoutSeconds: 5400,
  maxReceiveCount: 3,
  deadLetterRetentionDays: 14,
  batchSize: 1,
  // Exports are rare and each reads a whole year: two at a time leave the table to the API.
  maxConcurrency: 2,
};

export const QUEUES = [EVALUATION_QUEUE, PAYOUT_QUEUE, SIMULATION_QUEUE, EXPORT_QUEUE] as const;

export interface BucketDefinition {
  /** Logical id in the stack and base of the local bucket name. */
  id: string;
  /** In the bucket's name on AWS: `<stage prefix>-<nameStem>-<account>-<region>` (at most 63 characters). */
  nameStem: string;
  /** Every object lives under this prefix; grants and the object-created notification are scoped to it. */
  objectPrefix: string;
  /** Which function the bucket's object-created events invoke (S3 notification; locally the same handler), if any. */
  onObjectCreated?: FunctionName;
  /** Days after which every current object is deleted (files made for download); kept until deleted without it. */
  expireAfterDays?: number;
  /** Days a replaced or deleted object's noncurrent versions are kept. */
  noncurrentVersionDays: number;
  /** Days before an incomplete multipart upload is aborted. */
  incompleteUploadDays: number;
}

/** Evidence documents (SPEC §11): `applications/<applicationId>/documents/<documentId>`, never a client's file name. */
export const DOCUMENT_BUCKET = {
  id: 'DocumentBucket',
  nameStem: 'documents',
  objectPrefix: 'applications/',
  onObjectCreated: 'verify-document',
  noncurrentVersionDays: 30,
  incompleteUploadDays: 1,
} as const satisfies BucketDefinition;

/**
 * Files the system makes for the administration to download (SPEC §12: finance exports,
 * simulation results): `reports/<kind>/<id>.csv`, private, fetched only through short-lived
 * presigned GETs, deleted after 30 days (the data they were made from stays in the table).
 */
export const REPORT_BUCKET: BucketDefinition = {
  id: 'ReportBucket',
  nameStem: 'reports',
  objectPrefix: 'reports/',
  noncurrentVersionDays: 1,
  incompleteUploadDays: 1,
  expireAfterDays: 30,
};

export const BUCKETS = [DOCUMENT_BUCKET, REPORT_BUCKET] as const;

export const EVENT_SOURCE = 'lingang.ai-subsidy';

/** Environment variable names through which every function finds its resources. */
export const ENV = {
  tableName: 'TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  statisticsTableName: 'STATISTICS_TABLE_NAME',
  evaluationQueueUrl: 'EVALUATION_QUEUE_URL',
  evaluationDlqUrl: 'EVALUATION_DLQ_URL',
  payoutQueueUrl: 'PAYOUT_QUEUE_URL',
  simulationQueueUrl: 'SIMULATION_QUEUE_URL',
  eventBusName: 'EVENT_BUS_NAME',
  documentBucketName: 'DOCUMENT_BUCKET_NAME',
  reportBucketName: 'REPORT_BUCKET_NAME',
  exportQueueUrl: 'EXPORT_QUEUE_URL',
  unpublishedEventsQueueUrl: 'UNPUBLISHED_EVENTS_QUEUE_URL',
} as const;

/** The Lambda functions: `functions/<name>/handler.ts`, each exporting `handler`. */
export const FUNCTION_NAMES = [
  'submit-application',
  'applicant-api',
  'admin-api',
  'evaluate-application',
  'payout-planner',
  'payout-worker',
  'sweeper',
  'outbox-relay',
  'verify-document',
  'tally-statistics',
  'reconcile-statistics',
  'simulation-worker',
  'export-worker',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Lambda memory, MB: the default, and the functions that need more (the bench:cost prices GB-seconds with these). */
export const DEFAULT_FUNCTION_MEMORY_MB = 512;
export const FUNCTION_MEMORY_MB: Partial<Record<FunctionName, number>> = { 'payout-planner': 1024 };

/**
 * Files of npm packages a function reads at run time instead of bundling them (large static
 * assets): copied beside its bundle under `node_modules/`, where `require.resolve` finds them as
 * it does locally. The docs page's Swagger UI assets (functions/applicant-api/docs.ts).
 */
export const PACKAGE_FILES: Partial<Record<FunctionName, readonly string[]>> = {
  'applicant-api': ['swagger-ui-dist/swagger-ui.css', 'swagger-ui-dist/swagger-ui-bundle.js'],
};

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT';
  /** API Gateway route path, with `{param}` placeholders. */
  path: string;
  function: FunctionName;
  /**
   * `public`: no token; `jwt`: a valid bearer token; `admin`: a valid token of a member of the
   * admin group (the gateway checks the token, the admin-api function checks the group).
   */
  access: 'public' | 'jwt' | 'admin';
}

/** Every route of the HTTP API (SPEC §4) and the function that serves it. */
export const ROUTES: readonly RouteDefinition[] = [
  { method: 'POST', path: '/v1/applications', function: 'submit-application', access: 'jwt' },
  { method: 'GET', path: '/v1/applications', function: 'applicant-api', access: 'jwt' },
  { method: 'GET', path: '/v1/applications/{id}', function: 'applicant-api', access: 'jwt' },
  { method: 'POST', path: '/v1/applications/{id}/withdraw', function: 'applicant-api', access: 'jwt' },
  { method: 'POST', path: '/v1/applications/{id}/appeal', function: 'applicant-api', access: 'jwt' },
  { method: 'POST', path: '/v1/applications/{id}/documents', function: 'applicant-api', access: 'jwt' },
  { method: 'GET', path: '/v1/applications/{id}/documents', function: 'applicant-api', access: 'jwt' },
  { method: 'GET', path: '/v1/applications/{id}/documents/{documentId}', function: 'applicant-api', access: 'jwt' },
  { method: 'GET', path: '/v1/payouts', function: 'applicant-api', access: 'jwt' },
  { method: 'GET', path: '/v1/policy', function: 'applicant-api', access: 'public' },
  { method: 'PUT', path: '/v1/admin/platforms/{applicantId}/certification', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/applications', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/applications/{id}/review', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/applications/{id}/appeal-decision', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/payout-runs', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/payout-runs/{runId}', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/payout-runs', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/payout-forecast', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/payouts', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/statistics', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/simulations', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/simulations/{id}', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/exports', function: 'admin-api', access: 'admin' },
  { method: 'GET', path: '/v1/admin/exports/{id}', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/evaluation-redrive', function: 'admin-api', access: 'admin' },
  { method: 'POST', path: '/v1/admin/event-republish', function: 'admin-api', access: 'admin' },
  // SPEC §9: the API document and its reference page (Swagger UI, served by the project itself).
  { method: 'GET', path: '/v1/openapi.json', function: 'applicant-api', access: 'public' },
  { method: 'GET', path: '/docs', function: 'applicant-api', access: 'public' },
  { method: 'GET', path: '/docs/swagger-ui.css', function: 'applicant-api', access: 'public' },
  { method: 'GET', path: '/docs/swagger-ui-bundle.js', function: 'applicant-api', access: 'public' },
];

/**
 * API Gateway's `$default` route: every request no route of ROUTES matches (an unknown path, or a
 * known path with another method). Its function answers 404, or 405 with `Allow`, as problem
 * documents like every other answer; no authorizer, as it serves nothing but those refusals.
 */
export const UNMATCHED_ROUTE = { routeKey: '$default', function: 'applicant-api' } as const satisfies {
  routeKey: string;
  function: FunctionName;
};

/** The Cognito group whose members may use the admin routes (`cognito:groups` claim). */
export const ADMIN_GROUP = 'admin';

/** EventBridge Scheduler schedules (time zone on the schedule, not in the expression). */
export const SCHEDULES = {
  /** The annual operating-cost payout run: 1 March 02:00 Asia/Shanghai. */
  payoutRun: { function: 'payout-planner', expression: 'cron(0 2 1 3 ? *)', timeZone: 'Asia/Shanghai' },
  /** The safety net: re-queues applications still SUBMITTED (bounded), resumes stalled payout runs. */
  sweeper: { function: 'sweeper', expression: 'rate(5 minutes)', timeZone: 'Asia/Shanghai' },
  /** Recounts the statistics from the records and compares them with the aggregates (alarm on a difference). */
  statisticsReconciliation: {
    function: 'reconcile-statistics',
    expression: 'rate(24 hours)',
    timeZone: 'Asia/Shanghai',
  },
} as const satisfies Record<string, { function: FunctionName; expression: string; timeZone: string }>;
