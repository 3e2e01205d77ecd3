/**
 * Stateful resources: what holds data and must outlive a redeploy of the code, in a top-level
 * stack of its own (termination-protected where the stage retains data). The DynamoDB tables
 * and SQS queues are built from the plain definitions in `shared/contract/resources.ts` (the local
 * runtime builds its emulated twins from the same data), the event bus keeps an archive for
 * replay, the schema registry publishes one schema per event type, the user pool holds the users,
 * and the alarm topic is shared with the stateless stack.
 */
import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { CfnRegistry, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type BucketProps } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { REGISTRY_SCHEMAS } from '../event-schemas.js';
import { addDailyBackup } from '../constructs/daily-backup.js';
import { addFailureQueue } from '../constructs/failure-queue.js';
import { addUserPool, type SubsidyUserPool } from '../constructs/subsidy-user-pool.js';
import { adminRecognitionOf, type AdminRecognition } from '../../shared/contract/admin-recognition.js';
import {
  DOCUMENT_BUCKET,
  EXPORT_QUEUE,
  REPORT_BUCKET,
  EVALUATION_QUEUE,
  EVENT_SOURCE,
  IDEMPOTENCY_TABLE,
  MAIN_TABLE,
  OUTBOX_RELAY,
  PAYOUT_QUEUE,
  SIMULATION_QUEUE,
  UNPUBLISHED_EVENTS,
  STATISTICS_TABLE,
  STATISTICS_TALLY,
  type BucketDefinition,
  type QueueDefinition,
  type TableDefinition,
} from '../../shared/contract/resources.js';

/**
 * A bucket's name, fixed by stage, account and region: the stateless stack names the bucket (its
 * grants, environment and notification) without a cross-stack reference, and its object ARN has a
 * stable form to acknowledge cdk-nag findings by (pass `<AWS::AccountId>`, `<AWS::Region>`).
 */
export const bucketNameOf = (
  config: StageConfig,
  definition: BucketDefinition,
  account: string = Aws.ACCOUNT_ID,
  region: string = Aws.REGION,
) => `${config.prefix}-${definition.nameStem}-${account}-${region}`;

export interface StatefulStackProps extends StackProps {
  config: StageConfig;
}

/** A work queue and the dead-letter queue its poison messages end in. */
export interface QueuePair {
  queue: Queue;
  deadLetterQueue: Queue;
  definition: QueueDefinition;
}

export class StatefulStack extends Stack {
  readonly table: Table;
  readonly idempotencyTable: Table;
  /** The statistics' counters (SPEC §12), derived from the main table's stream. */
  readonly statisticsTable: Table;
  /** Evidence documents (SPEC §11). */
  readonly documentBucket: Bucket;
  /** Files made for the administration to download (finance exports). */
  readonly reportBucket: Bucket;
  readonly eventBus: EventBus;
  /** The bus archive's name (for StartReplay). */
  readonly eventArchiveName: string;
  readonly evaluationQueue: QueuePair;
  readonly payoutQueue: QueuePair;
  readonly simulationQueue: QueuePair;
  readonly exportQueue: QueuePair;
  /** One schema per event type, where integrators' AWS tooling looks for them (code bindings, the console). */
  readonly schemaRegistry: CfnRegistry;
  /** Where Lambda records the stream positions of records the outbox relay failed on even after giving them up (its last resort). */
  readonly relayFailures: Queue;
  /** The relay's failure store: the events it gave up publishing, for `npm run republish`. */
  readonly unpublishedEvents: Queue;
  /** Where the statistics' tally records stream batches it could not count (the reconciliation then differs). */
  readonly tallyFailures: Queue;
  readonly alarmTopic: Topic;
  /** The stage's own user pool; undefined when it trusts an external issuer. */
  readonly userPool?: SubsidyUserPool;
  /** What the API's JWT authorizer accepts (the user pool's tokens or the OIDC issuer's), and who in them is an administrator. */
  readonly tokens: { issuer: string; audience: string[]; admin: AdminRecognition };

  private readonly config: StageConfig;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { ...props, terminationProtection: props.config.deletionProtection });
    const { config } = props;
    this.config = config;

    this.table = this.tableFrom(MAIN_TABLE, config);
    this.idempotencyTable = this.tableFrom(IDEMPOTENCY_TABLE, config);
    this.statisticsTable = this.tableFrom(STATISTICS_TABLE, config);
    this.documentBucket = this.bucketFrom(DOCUMENT_BUCKET);
    this.reportBucket = this.bucketFrom(REPORT_BUCKET);

    this.eventBus = new EventBus(this, 'EventBus', {
      eventBusName: config.prefix,
      description: `Lin-gang AI subsidy domain events (${config.stage})`,
    });
    this.eventBus.applyRemovalPolicy(config.removalPolicy);
    const archive = this.eventBus.archive('EventArchive', {
      description: `Every ${EVENT_SOURCE} event, for replay to integrations`,
      eventPattern: { source: [EVENT_SOURCE] },
      retention: config.eventArchiveRetention,
    });
    archive.applyRemovalPolicy(config.removalPolicy);
    this.eventArchiveName = archive.archiveName;
    this.schemaRegistry = this.registerEventSchemas(config);

    // Alarm notifications. The topic is encrypted with a customer managed key because
    // CloudWatch cannot publish to a topic encrypted with the AWS managed aws/sns key.
    const alarmKey = new Key(this, 'AlarmTopicKey', {
      description: `Encrypts the ${config.prefix} alarm topic`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });
    alarmKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `Lin-gang AI subsidy alarms (${config.stage})`,
      masterKey: alarmKey,
      enforceSSL: true,
    });
    if (config.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    // PITR restores any second of the last 35 days, versioning any object's last 30 days; the plan adds daily copies kept longer.
    if (config.backupRetention) {
      addDailyBackup(this, {
        prefix: config.prefix,
        retention: config.backupRetention,
        table: this.table,
        bucket: this.documentBucket,
        alarmTopic: this.alarmTopic,
      });
    }

    this.evaluationQueue = this.queueFrom(EVALUATION_QUEUE);
    this.payoutQueue = this.queueFrom(PAYOUT_QUEUE);
    this.simulationQueue = this.queueFrom(SIMULATION_QUEUE);
    this.exportQueue = this.queueFrom(EXPORT_QUEUE);
    this.relayFailures = this.deadLetterQueue(
      OUTBOX_RELAY.failureQueueId,
      14,
      'Stream positions of records the outbox relay could neither publish nor keep in its failure store: their events are not on the bus (README runbook).',
    );
    this.unpublishedEvents = addFailureQueue(this, UNPUBLISHED_EVENTS.id, {
      description:
        'Events the outbox relay gave up publishing are kept here: once the bus takes events again, npm run republish (README runbook).',
      retentionDays: UNPUBLISHED_EVENTS.retentionDays,
      visibilityTimeout: Duration.seconds(UNPUBLISHED_EVENTS.visibilityTimeoutSeconds),
      alarmTopic: this.alarmTopic,
      removalPolicy: config.removalPolicy,
    });
    for (const queue of [this.relayFailures, this.unpublishedEvents]) {
      Validations.of(queue).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          "This queue is itself where failures end: the relay stream source's on-failure destination, or the relay's failure store drained by the republish.",
      });
    }

    this.tallyFailures = this.deadLetterQueue(
      STATISTICS_TALLY.failureQueueId,
      14,
      'Stream records the statistics tally gave up on: the reconciliation shows what they miss (README runbook).',
    );
    Validations.of(this.tallyFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter destination: the on-failure destination of the statistics tally stream event source.',
    });

    if (config.identity.kind === 'cognito') {
      const { userPool, client, issuer } = (this.userPool = addUserPool(this, config, config.identity));
      this.tokens = { issuer, audience: [client.userPoolClientId], admin: adminRecognitionOf(config.identity) };
      new CfnOutput(this, 'UserPoolId', {
        value: userPool.userPoolId,
        description: 'Cognito user pool of applicants and admins',
      });
      new CfnOutput(this, 'UserPoolClientId', {
        value: client.userPoolClientId,
        description: 'App client id: the token audience',
      });
    } else {
      this.tokens = {
        issuer: config.identity.issuer,
        audience: config.identity.audiences,
        admin: adminRecognitionOf(config.identity),
      };
    }
    new CfnOutput(this, 'EventBusArn', {
      value: this.eventBus.eventBusArn,
      description: `Bus of the ${EVENT_SOURCE} domain events (README Events)`,
    });
    new CfnOutput(this, 'EventArchiveName', {
      value: this.eventArchiveName,
      description: 'The bus archive: aws events start-replay --event-source-arn (README Events, replay)',
    });
  }

  /** A queue that only holds failures, retained for inspection, with an alarm when it holds any. */
  private deadLetterQueue(id: string, retentionDays: number, description: string): Queue {
    return addFailureQueue(this, id, {
      description,
      retentionDays,
      alarmTopic: this.alarmTopic,
      removalPolicy: this.config.removalPolicy,
    });
  }

  private registerEventSchemas(config: StageConfig): CfnRegistry {
    const registry = new CfnRegistry(this, 'SchemaRegistry', {
      registryName: config.prefix,
      description: `Schemas of the ${EVENT_SOURCE} events on the ${config.prefix} bus, generated from the code's zod schemas`,
    });
    registry.applyRemovalPolicy(config.removalPolicy);
    for (const { type, name, content } of REGISTRY_SCHEMAS) {
      const schema = new CfnSchema(this, `${type}Schema`, {
        registryName: registry.attrRegistryName,
        schemaName: name,
        type: 'JSONSchemaDraft4',
        description: `${type} (detail-type), source ${EVENT_SOURCE}`,
        content: JSON.stringify(content),
      });
      schema.applyRemovalPolicy(config.removalPolicy);
    }
    return registry;
  }

  /**
   * A private bucket (public access blocked, TLS only), versioned, retained where the stage keeps
   * its data and emptied with the stack elsewhere. S3-managed keys: presigned URLs act with the
   * signing function's grants, which would then also need KMS grants and pay a KMS request per
   * object, and the access log bucket must use them anyway. Server access logs record who fetched
   * what (presigned GETs included) for audit. CORS for the stage's browser origins only.
   */
  private bucketFrom(definition: BucketDefinition): Bucket {
    const config = this.config;
    const retained = config.removalPolicy !== RemovalPolicy.DESTROY;
    const common: BucketProps = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: config.removalPolicy,
      autoDeleteObjects: !retained,
    };
    const accessLogs = new Bucket(this, `${definition.id}AccessLogs`, {
      ...common,
      lifecycleRules: [{ expiration: Duration.days(config.logRetention) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: `This bucket receives the server access logs of ${definition.id}; logging its own access would log the logging.`,
    });
    return new Bucket(this, definition.id, {
      ...common,
      bucketName: bucketNameOf(config, definition),
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: `${definition.id}/`,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(definition.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(definition.incompleteUploadDays),
          ...(definition.expireAfterDays ? { expiration: Duration.days(definition.expireAfterDays) } : {}),
        },
      ],
      ...(config.allowedOrigins.length
        ? {
            cors: [
              {
                allowedOrigins: config.allowedOrigins,
                allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
                // The signed upload headers a browser sends (Content-Length is the browser's own).
                allowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
                exposedHeaders: ['etag'],
                maxAge: 3600,
              },
            ],
          }
        : {}),
    });
  }

  private tableFrom(definition: TableDefinition, config: StageConfig): Table {
    const table = new Table(this, definition.id, {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      ...(definition.sortKey ? { sortKey: { name: definition.sortKey, type: AttributeType.STRING } } : {}),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: config.deletionProtection,
      removalPolicy: config.removalPolicy,
      ...(definition.timeToLiveAttribute ? { timeToLiveAttribute: definition.timeToLiveAttribute } : {}),
      ...(definition.stream ? { stream: StreamViewType[definition.stream] } : {}),
    });
    for (const index of definition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        ...(index.projected.length === 0
          ? { projectionType: ProjectionType.KEYS_ONLY }
          : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projected] }),
      });
    }
    return table;
  }

  private queueFrom(definition: QueueDefinition): QueuePair {
    const deadLetterQueue = this.deadLetterQueue(
      `${definition.id}DLQ`,
      definition.deadLetterRetentionDays,
      `Messages in the ${definition.id} dead-letter queue: inspect and redrive (README, Operations).`,
    );
    const queue = new Queue(this, definition.id, {
      visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
      removalPolicy: this.config.removalPolicy,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: definition.maxReceiveCount },
    });
    return { queue, deadLetterQueue, definition };
  }
}
