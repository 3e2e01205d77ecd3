/**
 * The CDK side of the example consumer: on the platform's bus (by ARN, e.g. the stateful stack's
 * `EventBusArn` output), a rule with ./pattern.ts whose target is ./handler.ts, with retries and
 * a dead-letter queue for the events the function kept refusing, and the table its deduplication
 * claims event ids in. In your own stack:
 *
 *   new AwardNoticesConsumer(this, 'AwardNotices', { eventBusArn: 'arn:aws:events:<region>:<account>:event-bus/lingang-ai-subsidy-prod' });
 *
 * A bus in another account delivers to yours through a rule on its side; ask the platform's
 * operators for one targeting your bus, and put this construct on your bus.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AWARD_EVENTS_PATTERN } from './pattern.js';

export interface AwardNoticesConsumerProps {
  /** The platform's event bus. */
  eventBusArn: string;
}

export class AwardNoticesConsumer extends Construct {
  readonly rule: Rule;
  readonly function: NodejsFunction;
  /** Events the function still refused after EventBridge's retries. */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, { eventBusArn }: AwardNoticesConsumerProps) {
    super(scope, id);
    const claims = new Table(this, 'Claims', {
      partitionKey: { name: 'eventId', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.function = new NodejsFunction(this, 'Handler', {
      entry: new URL('./handler.ts', import.meta.url).pathname,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: Duration.seconds(10),
      environment: { DEDUPE_TABLE: claims.tableName },
      bundling: { format: OutputFormat.ESM, target: 'node22' },
    });
    claims.grant(this.function, 'dynamodb:PutItem', 'dynamodb:DeleteItem');
    this.deadLetters = new Queue(this, 'DeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.rule = new Rule(this, 'Rule', {
      eventBus: EventBus.fromEventBusArn(this, 'PlatformBus', eventBusArn),
      description: 'Awards of the Lin-gang AI subsidy platform outside the payout run (examples/consumer)',
      eventPattern: AWARD_EVENTS_PATTERN,
    });
    this.rule.addTarget(
      new LambdaFunction(this.function, {
        deadLetterQueue: this.deadLetters,
        retryAttempts: 8,
        maxEventAge: Duration.hours(24),
      }),
    );
  }
}
