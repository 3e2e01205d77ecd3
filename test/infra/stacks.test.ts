/**
 * CDK assertions on the properties that matter (issue 3 "Infrastructure", issue 4 schedules):
 * runtime and architecture, DLQ redrive, partial batch failures, data retention in prod,
 * the authorizer on every non-public route, TLS-only queues, schedules, the bus archive and
 * least-privilege grants. Each stage is synthesized once, without bundling (bundles.test.ts bundles).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { MAX_MESSAGE_AGE } from '../../infra/stacks/operations.js';
import { FUNCTION_ACCESS, type BucketId } from '../../shared/contract/function-access.js';
import {
  ADMIN_GROUP,
  BUCKETS,
  DOCUMENT_BUCKET,
  REPORT_BUCKET,
  ENV,
  EVENT_SOURCE,
  FUNCTION_NAMES,
  IDEMPOTENCY_TABLE,
  MAIN_TABLE,
  OUTBOX_RELAY,
  STATISTICS_TABLE,
  STATISTICS_TALLY,
  TABLES,
  QUEUES,
  ROUTES,
  UNMATCHED_ROUTE,
  UNPUBLISHED_EVENTS,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';
import { CN } from '../../infra/stages/cn.js';
import { LAMBDA_METRICS_NOT_IN_CHINA } from '../../infra/stages/regions.js';
import { PUBLIC_ROUTES } from '../support/routes.js';
import { cleanUpSyntheses, sharedStage, synthStage, type SynthesizedStage } from './synth.js';
import { bindingVariablesOf } from './lambda-env.js';

type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

let dev: SynthesizedStage;
let prod: SynthesizedStage;
let external: SynthesizedStage;
let cn: SynthesizedStage;

// The templates name each function's asset; what is in it is bundles.test.ts's subject, so nothing is bundled here.
beforeAll(() => {
  dev = sharedStage('dev');
  prod = sharedStage('prod');
  external = synthStage('dev', {
    config: {
      identity: {
        kind: 'oidc',
        issuer: 'https://login.example.gov.cn/realms/lingang',
        audiences: ['subsidy-api'],
        admin: { by: 'scope', scope: 'subsidy.admin' },
      },
      allowedOrigins: ['https://portal.example.gov.cn'],
    },
  });
  cn = sharedStage('cn');
  for (const stage of [dev, prod, external, cn]) if (stage.error) throw stage.error;
});
afterAll(cleanUpSyntheses);

const resources = (template: Template, type: string): Record<string, Resource> =>
  template.findResources(type) as Record<string, Resource>;
const logicalId = (stage: SynthesizedStage, name: FunctionName) =>
  stage.stateless.getLogicalId(stage.stateless.functions[name].node.defaultChild as never);
/** The function's `live` alias: what every trigger invokes. */
const aliasId = (stage: SynthesizedStage, name: FunctionName) =>
  stage.stateless.getLogicalId(stage.stateless.functions[name].live.node.defaultChild as never);

/** A bucket of the stateful stack, checked private (public access blocked), encrypted and TLS-only. */
function privateBucket(stage: SynthesizedStage, bucket: IBucket): Resource {
  const template = stage.templates.stateful;
  const id = stage.stateful.getLogicalId(bucket.node.defaultChild as never);
  const found = resources(template, 'AWS::S3::Bucket')[id]!;
  expect(found.Properties).toMatchObject({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    },
  });
  const denies = Object.values(resources(template, 'AWS::S3::BucketPolicy'))
    .filter((policy) => policy.Properties.Bucket.Ref === id)
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as any[])
    .filter((statement) => statement.Effect === 'Deny');
  expect(denies).toContainEqual(
    expect.objectContaining({ Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Action: 's3:*' }),
  );
  return found;
}

describe.each([
  ['dev', () => dev],
  ['prod', () => prod],
] as const)('%s stage', (stageName, get) => {
  it('runs every function on Node.js 22 / arm64 with ESM bundle, tracing, its own log group and the Powertools environment', () => {
    // Besides CDK's own handler that sets the document bucket's notification at deploy time.
    const functions = Object.fromEntries(
      Object.entries(resources(get().templates.stateless, 'AWS::Lambda::Function')).filter(
        ([id]) => !id.startsWith('BucketNotificationsHandler'),
      ),
    );
    expect(Object.keys(functions)).toHaveLength(FUNCTION_NAMES.length);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Handler).toBe('index.handler');
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: expect.any(String) });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: expect.any(String),
        POWERTOOLS_METRICS_NAMESPACE: 'LingangAiSubsidy',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
    get().templates.stateless.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });

  it('gives each function exactly the resource variables of its bindings (shared/contract/function-access.ts)', () => {
    const template = get().templates.stateless;
    const variables = (name: FunctionName) =>
      Object.keys(
        resources(template, 'AWS::Lambda::Function')[logicalId(get(), name)]!.Properties.Environment
          .Variables as object,
      )
        .filter((key) => !/^(POWERTOOLS_|NODE_OPTIONS$|ADMIN_RECOGNITION$|PUBLIC_ROUTES$)/.test(key))
        .sort();
    for (const name of FUNCTION_NAMES) expect(variables(name), name).toEqual(bindingVariablesOf(name));
    // A submission is one write: the relay queues the evaluation from the stream, and only the relay knows the bus.
    expect(variables('submit-application')).not.toContain(ENV.evaluationQueueUrl);
    expect(FUNCTION_NAMES.filter((name) => variables(name).includes(ENV.eventBusName))).toEqual(['outbox-relay']);
  });

  it('sends poison messages to a DLQ after maxReceiveCount receives, encrypts every queue and alarms on DLQ depth', () => {
    const template = get().templates.stateful;
    const queues = resources(template, 'AWS::SQS::Queue');
    // Each work queue with its DLQ, the stream readers' failure destinations (outbox relay, statistics tally) and the relay's failure store.
    expect(Object.keys(queues)).toHaveLength(QUEUES.length * 2 + 3);
    for (const queue of Object.values(queues)) expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    const pairs = {
      EvaluationQueue: get().stateful.evaluationQueue,
      PayoutQueue: get().stateful.payoutQueue,
      SimulationQueue: get().stateful.simulationQueue,
      ExportQueue: get().stateful.exportQueue,
    };
    for (const definition of QUEUES) {
      const pair = pairs[definition.id as keyof typeof pairs];
      const id = get().stateful.getLogicalId(pair.queue.node.defaultChild as never);
      const dlqId = get().stateful.getLogicalId(pair.deadLetterQueue.node.defaultChild as never);
      expect(queues[id]!.Properties).toMatchObject({
        VisibilityTimeout: definition.visibilityTimeoutSeconds,
        RedrivePolicy: {
          maxReceiveCount: definition.maxReceiveCount,
          deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
        },
      });
      expect(queues[dlqId]!.Properties.MessageRetentionPeriod).toBe(definition.deadLetterRetentionDays * 86_400);
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: Match.anyValue() }],
      });
    }
  });

  it('refuses non-TLS access to every queue', () => {
    const template = get().templates.stateful;
    const policies = Object.values(resources(template, 'AWS::SQS::QueuePolicy'));
    const covered = new Set<string>();
    for (const policy of policies) {
      const deny = (policy.Properties.PolicyDocument.Statement as any[]).find(
        (statement) => statement.Effect === 'Deny',
      );
      expect(deny).toMatchObject({
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Principal: { AWS: '*' },
        Action: 'sqs:*',
      });
      for (const queue of policy.Properties.Queues as { Ref: string }[]) covered.add(queue.Ref);
    }
    expect([...covered].sort()).toEqual(Object.keys(resources(template, 'AWS::SQS::Queue')).sort());
  });

  it('consumes the queues and the table stream with partial batch failures, each with a bounded concurrency or retries', () => {
    const template = get().templates.stateless;
    const mappings = Object.values(resources(template, 'AWS::Lambda::EventSourceMapping'));
    expect(mappings).toHaveLength(6);
    for (const mapping of mappings)
      expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    // Each on its function's live alias (`<function name>:live`).
    const aliasOf = (functionName: any): string => {
      const [, [nameOfAlias, qualifier]] = functionName['Fn::Join'];
      expect(qualifier).toBe(':live');
      return nameOfAlias['Fn::Select'][1]['Fn::Split'][1].Ref;
    };
    const byFunction = Object.fromEntries(mappings.map((m) => [aliasOf(m.Properties.FunctionName), m.Properties]));
    for (const [name, definition] of [
      ['evaluate-application', QUEUES[0]],
      ['payout-worker', QUEUES[1]],
      ['simulation-worker', QUEUES[2]],
      ['export-worker', QUEUES[3]],
    ] as const) {
      expect(byFunction[aliasId(get(), name)]).toMatchObject({
        BatchSize: definition.batchSize,
        ScalingConfig: { MaximumConcurrency: definition.maxConcurrency },
      });
    }
    expect(byFunction[aliasId(get(), 'outbox-relay')]).toMatchObject({
      BatchSize: OUTBOX_RELAY.batchSize,
      BisectBatchOnFunctionError: true,
      MaximumRecordAgeInSeconds: OUTBOX_RELAY.maxRecordAgeHours * 3600,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: {
          Destination: {
            'Fn::GetStackOutput': expect.objectContaining({
              OutputName: expect.stringContaining('OutboxRelayFailures'),
            }),
          },
        },
      },
    });
    expect(byFunction[aliasId(get(), 'tally-statistics')]).toMatchObject({
      BatchSize: STATISTICS_TALLY.batchSize,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: STATISTICS_TALLY.retryAttempts,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: {
          Destination: {
            'Fn::GetStackOutput': expect.objectContaining({
              OutputName: expect.stringContaining('StatisticsTallyFailures'),
            }),
          },
        },
      },
    });
  });

  it('builds the tables from shared/contract/resources.ts: on-demand, encrypted, PITR', () => {
    const template = get().templates.stateful;
    const tables = Object.values(resources(template, 'AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(TABLES.length);
    for (const table of tables) {
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    }
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: MAIN_TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: MAIN_TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: MAIN_TABLE.indexes.map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          // Only what the index's queries read (issue 11): never ALL.
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projected] },
        }),
      ),
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: IDEMPOTENCY_TABLE.partitionKey, KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: IDEMPOTENCY_TABLE.timeToLiveAttribute, Enabled: true },
    });
  });

  it(
    stageName === 'prod'
      ? 'retains data in prod: RETAIN (except after a failed create) and deletion protection'
      : 'lets dev data go: DESTROY, no deletion protection',
    () => {
      const tables = Object.values(resources(get().templates.stateful, 'AWS::DynamoDB::Table'));
      for (const table of tables) {
        if (stageName === 'prod') {
          expect(table.DeletionPolicy).toBe('RetainExceptOnCreate');
          expect(table.UpdateReplacePolicy).toBe('Retain');
          expect(table.Properties.DeletionProtectionEnabled).toBe(true);
        } else {
          expect(table.DeletionPolicy).toBe('Delete');
          expect(table.Properties.DeletionProtectionEnabled).toBe(false);
        }
      }
      // Queues keep their messages (a DLQ's are evidence) where the stage retains data.
      const queues = Object.values(resources(get().templates.stateful, 'AWS::SQS::Queue'));
      expect(queues.length).toBeGreaterThan(0);
      for (const queue of queues)
        expect(queue.DeletionPolicy).toBe(stageName === 'prod' ? 'RetainExceptOnCreate' : 'Delete');
      // A daily AWS Backup of the main table and the document bucket, kept as configured, in prod only (PITR is on everywhere).
      const plans = Object.values(resources(get().templates.stateful, 'AWS::Backup::BackupPlan'));
      if (stageName === 'prod') {
        expect(
          plans.map((plan) =>
            plan.Properties.BackupPlan.BackupPlanRule.map((rule: any) => rule.Lifecycle.DeleteAfterDays),
          ),
        ).toEqual([[get().config.backupRetention!.toDays()]]);
        get().templates.stateful.hasResourceProperties('AWS::Backup::BackupSelection', {
          BackupSelection: Match.objectLike({
            Resources: [
              { 'Fn::GetAtt': [get().stateful.getLogicalId(get().stateful.table.node.defaultChild as never), 'Arn'] },
              {
                'Fn::GetAtt': [
                  get().stateful.getLogicalId(get().stateful.documentBucket.node.defaultChild as never),
                  'Arn',
                ],
              },
            ],
          }),
        });
        get().templates.stateful.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'RetainExceptOnCreate' });
        get().templates.stateful.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Metrics: Match.arrayWith([
            Match.objectLike({
              MetricStat: Match.objectLike({
                Metric: Match.objectLike({ Namespace: 'AWS/Backup', MetricName: 'NumberOfBackupJobsFailed' }),
              }),
            }),
          ]),
        });
      } else {
        expect(plans).toEqual([]);
      }
      // Only the stateful stack is protected: the stateless one is meant to be redeployed freely.
      expect(get().stateful.terminationProtection).toBe(stageName === 'prod');
      expect(get().stateless.terminationProtection).toBe(false);
    },
  );

  it('can retry a failed first create: no resource is retained after it, and each fixed-name stateful resource is retained only on update or delete', () => {
    for (const template of [get().templates.stateful, get().templates.stateless]) {
      const retainedAlways = Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(
        ([, r]) => r.DeletionPolicy === 'Retain',
      );
      expect(retainedAlways.map(([id]) => id)).toEqual([]);
    }
    const named: Array<[string, string]> = [
      ['AWS::Events::EventBus', 'Name'],
      ['AWS::S3::Bucket', 'BucketName'],
      ['AWS::EventSchemas::Registry', 'RegistryName'],
      ['AWS::Backup::BackupVault', 'BackupVaultName'],
    ];
    for (const [type, nameProperty] of named) {
      for (const resource of Object.values(resources(get().templates.stateful, type)).filter(
        (r) => r.Properties[nameProperty] !== undefined,
      )) {
        expect(resource.DeletionPolicy, type).toBe(stageName === 'prod' ? 'RetainExceptOnCreate' : 'Delete');
      }
    }
  });

  it('keeps report files (finance exports) in a private, encrypted, TLS-only bucket that deletes them after 30 days', () => {
    const bucket = privateBucket(get(), get().stateful.reportBucket);
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: REPORT_BUCKET.expireAfterDays, Status: 'Enabled' }),
    ]);
  });

  it('keeps evidence documents in a private, encrypted, TLS-only, versioned bucket (retained in prod) whose uploads invoke the verifier', () => {
    const template = get().templates.stateful;
    const bucket = privateBucket(get(), get().stateful.documentBucket);
    expect(bucket.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.any(String) } },
      LifecycleConfiguration: {
        Rules: [
          expect.objectContaining({
            NoncurrentVersionExpiration: { NoncurrentDays: DOCUMENT_BUCKET.noncurrentVersionDays },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: DOCUMENT_BUCKET.incompleteUploadDays },
          }),
        ],
      },
    });
    expect(bucket.Properties.CorsConfiguration).toBeUndefined();
    expect(bucket.DeletionPolicy).toBe(stageName === 'prod' ? 'RetainExceptOnCreate' : 'Delete');
    // Emptied with the stack where it is let go; never in prod.
    expect(Object.keys(resources(template, 'Custom::S3AutoDeleteObjects')).length > 0).toBe(stageName === 'dev');

    const [notification] = Object.values(resources(get().templates.stateless, 'Custom::S3BucketNotifications'));
    expect(notification!.Properties.NotificationConfiguration.LambdaFunctionConfigurations).toEqual([
      {
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: DOCUMENT_BUCKET.objectPrefix }] } },
        LambdaFunctionArn: { Ref: aliasId(get(), DOCUMENT_BUCKET.onObjectCreated) },
      },
    ]);
    get().templates.stateless.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      FunctionName: { Ref: aliasId(get(), DOCUMENT_BUCKET.onObjectCreated) },
    });
  });

  it('has the custom event bus with an archive of the domain events', () => {
    const template = get().templates.stateful;
    template.hasResourceProperties('AWS::Events::EventBus', { Name: `lingang-ai-subsidy-${stageName}` });
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^EventBus'), 'Arn'] },
      EventPattern: { source: [EVENT_SOURCE] },
      RetentionDays: get().config.eventArchiveRetention.toDays(),
    });
  });

  it('routes every route and $default (what no route matches); all but the public routes and $default need a JWT', () => {
    const template = get().templates.stateless;
    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      [...ROUTES.map((r) => `${r.method} ${r.path}`), '$default'].sort(),
    );
    for (const route of routes) {
      if (PUBLIC_ROUTES.includes(route.Properties.RouteKey) || route.Properties.RouteKey === '$default') {
        expect(route.Properties.AuthorizationType).toBe('NONE');
      } else {
        expect(route.Properties.AuthorizationType).toBe('JWT');
        expect(route.Properties.AuthorizerId).toEqual({ Ref: expect.any(String) });
        // Group membership is enforced by admin-api, not by scopes (see stateless-stack.ts).
        expect(route.Properties.AuthorizationScopes).toBeUndefined();
      }
    }
  });

  it('authorizes with the stage user pool (admin group, app client), kept in the stateful stack, by default', () => {
    const stateful = get().templates.stateful;
    stateful.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: ADMIN_GROUP });
    stateful.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    stateful.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: stageName === 'prod' ? 'ON' : 'OPTIONAL',
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
    const template = get().templates.stateless;
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    /** The stateless side of a stateful value: a read of the stateful stack's output (a weak reference, cdk.json). */
    const imported = (logicalIdPrefix: string) => ({
      'Fn::GetStackOutput': Match.objectLike({
        StackName: `LingangAiSubsidy-${stageName}-Stateful`,
        OutputName: Match.stringLikeRegexp(`Ref${logicalIdPrefix}`),
      }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [imported('UserPoolAppClient')],
        // The region is literal where the stage names its environment (prod), else the deploy's.
        Issuer: {
          'Fn::Join': [
            '',
            [
              ...(get().config.env
                ? [`https://cognito-idp.${get().config.env!.region}.`]
                : ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.']),
              { Ref: 'AWS::URLSuffix' },
              '/',
              imported('UserPool'),
            ],
          ],
        },
      },
    });
  });

  it('prints the API and docs URLs, the user pool ids and the bus ARN as top-level outputs', () => {
    const outputs = {
      ...get().templates.stateful.toJSON().Outputs,
      ...get().templates.stateless.toJSON().Outputs,
    } as Record<string, { Value: unknown }>;
    const apiUrl = JSON.stringify(outputs.ApiUrl?.Value);
    expect(apiUrl).toMatch(
      /^\{"Fn::Join":\["",\["https:\/\/",\{"Ref":"HttpApi[0-9A-F]{8}"\},"\.execute-api\..*,"\/"\]\]\}$/,
    );
    expect(JSON.stringify(outputs.DocsUrl?.Value)).toBe(apiUrl.replace(/"\/"\]\]\}$/, '"/docs"]]}'));
    expect(outputs.UserPoolId?.Value).toEqual({ Ref: expect.stringMatching(/^UserPool[0-9A-F]{8}$/) });
    expect(outputs.UserPoolClientId?.Value).toEqual({ Ref: expect.stringMatching(/^UserPoolAppClient/) });
    expect(outputs.EventBusArn?.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^EventBus/), 'Arn'] });
    // Top level: both stacks are the app's own, which `cdk deploy` prints the outputs of.
    expect([get().stateful, get().stateless].map((stack) => stack.node.scope)).toEqual([get().app, get().app]);
  });

  it('throttles the API stage and writes access logs', () => {
    get().templates.stateless.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: get().config.throttling.rateLimit,
        ThrottlingBurstLimit: get().config.throttling.burstLimit,
      },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiAccessLogs'), 'Arn'] },
        Format: Match.anyValue(),
      },
    });
  });

  it('schedules the payout run yearly on 1 March 02:00 and the sweeper every 5 minutes, Asia/Shanghai', () => {
    const template = get().templates.stateless;
    const schedules = Object.values(resources(template, 'AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(3);
    for (const schedule of schedules) expect(schedule.Properties.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    const byTarget = Object.fromEntries(
      schedules.map((s) => [s.Properties.Target.Arn.Ref, s.Properties.ScheduleExpression]),
    );
    expect(byTarget).toEqual({
      [aliasId(get(), 'payout-planner')]: 'cron(0 2 1 3 ? *)',
      [aliasId(get(), 'sweeper')]: 'rate(5 minutes)',
      [aliasId(get(), 'reconcile-statistics')]: 'rate(24 hours)',
    });
  });

  it('alarms into the alarm topic on errors and throttles of every function, queue age, DynamoDB throttles of every table and index, and scheduler failures', () => {
    const template = get().templates.stateless;
    const alarms = Object.values(resources(template, 'AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
    for (const alarm of alarms)
      expect(alarm.AlarmActions).toEqual([
        { 'Fn::GetStackOutput': expect.objectContaining({ OutputName: expect.stringMatching(/AlarmTopic/) }) },
      ]);
    for (const name of FUNCTION_NAMES) {
      for (const metricName of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          MetricName: metricName,
          Namespace: 'AWS/Lambda',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(get(), name) } }],
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
        });
      }
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'AsyncEventsDropped',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(get(), DOCUMENT_BUCKET.onObjectCreated) } }],
    });
    for (const definition of QUEUES) {
      const queue = definition.id === 'EvaluationQueue' ? get().stateful.evaluationQueue : get().stateful.payoutQueue;
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: {
              'Fn::GetStackOutput': Match.objectLike({
                OutputName: Match.stringLikeRegexp(
                  `${get().stateful.getLogicalId(queue.queue.node.defaultChild as never)}QueueName`,
                ),
              }),
            },
          },
        ],
        Threshold: MAX_MESSAGE_AGE[definition.id]!.toSeconds(),
      });
    }
    // Read and write throttle events, per table and per index: the dimensions of each alarm's metrics.
    const throttled = alarms
      .filter((alarm) => alarm.Metrics)
      .map((alarm) =>
        (alarm.Metrics as any[])
          .filter((m) => m.MetricStat)
          .map((m) => ({
            name: m.MetricStat.Metric.MetricName,
            index:
              m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'GlobalSecondaryIndexName')?.Value ?? null,
            table: JSON.stringify(m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'TableName').Value).match(
              /(SubsidyTable|IdempotencyTable|StatisticsTable)/,
            )?.[1],
          })),
      );
    const expected = [MAIN_TABLE, IDEMPOTENCY_TABLE, STATISTICS_TABLE].flatMap((table) =>
      [null, ...table.indexes.map((index) => index.name)].map((index) => [
        { name: 'ReadThrottleEvents', index, table: table.id },
        { name: 'WriteThrottleEvents', index, table: table.id },
      ]),
    );
    expect(throttled).toEqual(expected);
    // The scheduler's failures, for the stage's own schedule group, which holds both schedules.
    const [[groupId, group]] = Object.entries(resources(template, 'AWS::Scheduler::ScheduleGroup')) as [
      [string, Resource],
    ];
    const groupName = group.Properties.Name;
    for (const schedule of Object.values(resources(template, 'AWS::Scheduler::Schedule')) as Array<
      Resource & { DependsOn?: string[] }
    >) {
      expect(schedule.Properties.GroupName).toBe(groupName);
      expect(schedule.DependsOn).toContain(groupId);
    }
    for (const metricName of ['TargetErrorCount', 'InvocationDroppedCount']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Scheduler',
        MetricName: metricName,
        Dimensions: [{ Name: 'ScheduleGroup', Value: groupName }],
      });
    }
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('has a README runbook entry for every alarm', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const runbook = readme.slice(readme.indexOf('### Runbook'), readme.indexOf('\n## ', readme.indexOf('### Runbook')));
    const functionIds = FUNCTION_NAMES.map((name) => get().stateless.functions[name].node.id);
    const indexNames = MAIN_TABLE.indexes.map((index) => index.name);
    const alarmIds = [get().stateful, get().stateless].flatMap((stack) =>
      stack.node
        .findAll()
        .filter((c) => c instanceof Alarm)
        .map((c) => c.node.id),
    );
    expect(alarmIds.length).toBeGreaterThan(FUNCTION_NAMES.length * 2);
    for (const id of alarmIds) {
      // An entry names the alarm, the queue it watches, or its family (`<function>ErrorsAlarm`, `SubsidyTable<index>ThrottlesAlarm`).
      const generic = functionIds.reduce((name, fn) => name.replace(new RegExp(`^${fn}(?=[A-Z])`), '<function>'), id);
      const names = [
        id,
        id.replace(/Alarm$/, ''),
        generic,
        indexNames.reduce((name, index) => name.replace(index, '<index>'), id),
      ];
      expect(
        names.some((name) => runbook.includes(`\`${name}\``)),
        `runbook entry for ${id}`,
      ).toBe(true);
    }
  });

  it('invokes every function through its live alias, moved by CodeDeploy: a canary rolled back by alarms in prod, all at once in dev', () => {
    const template = get().templates.stateless;
    const groups = Object.values(resources(template, 'AWS::CodeDeploy::DeploymentGroup')).map(
      (group) => group.Properties,
    );
    expect(groups).toHaveLength(FUNCTION_NAMES.length);
    const style =
      stageName === 'prod' ? 'CodeDeployDefault.LambdaCanary10Percent5Minutes' : 'CodeDeployDefault.LambdaAllAtOnce';
    const alarmId = (id: string) =>
      get().stateless.getLogicalId(get().stateless.node.findChild(id).node.defaultChild as never);
    for (const name of FUNCTION_NAMES) {
      template.hasResourceProperties('AWS::Lambda::Alias', {
        Name: 'live',
        FunctionName: { Ref: logicalId(get(), name) },
      });
      const servesApi = ROUTES.some((route) => route.function === name);
      const rollback = [
        `${get().stateless.functions[name].node.id}ErrorsAlarm`,
        ...(servesApi ? ['ApiServerErrorsAlarm'] : []),
      ];
      template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
        DeploymentConfigName: style,
        AlarmConfiguration: { Enabled: true, Alarms: rollback.map((id) => ({ Name: { Ref: alarmId(id) } })) },
        AutoRollbackConfiguration: {
          Enabled: true,
          Events: Match.arrayWith(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']),
        },
      });
      expect(template.toJSON().Resources[aliasId(get(), name)].UpdatePolicy.CodeDeployLambdaAliasUpdate).toBeDefined();
    }
    // The API integrations call the aliases.
    for (const integration of Object.values(resources(template, 'AWS::ApiGatewayV2::Integration'))) {
      expect(JSON.stringify(integration.Properties.IntegrationUri)).toMatch(
        new RegExp(`"Ref":"(${FUNCTION_NAMES.map((name) => aliasId(get(), name)).join('|')})"`),
      );
    }
  });

  it('loses no asynchronous failure: an alarmed 14-day on-failure queue for each asynchronously invoked function, a DLQ for each schedule target', () => {
    const template = get().templates.stateless;
    const queues = resources(template, 'AWS::SQS::Queue');
    const alarmed = (queueId: string) =>
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      });
    for (const name of [DOCUMENT_BUCKET.onObjectCreated, 'payout-planner', 'sweeper'] as const) {
      const [config] = Object.values(resources(template, 'AWS::Lambda::EventInvokeConfig')).filter(
        (c) => c.Properties.FunctionName.Ref === logicalId(get(), name),
      );
      expect(config!.Properties.Qualifier['Fn::Select'][1]['Fn::Split'][1].Ref).toBe(aliasId(get(), name));
      const queueId = config!.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0] as string;
      expect(queues[queueId]!.Properties.MessageRetentionPeriod).toBe(14 * 86_400);
      alarmed(queueId);
    }
    for (const schedule of Object.values(resources(template, 'AWS::Scheduler::Schedule'))) {
      const queueId = schedule.Properties.Target.DeadLetterConfig.Arn['Fn::GetAtt'][0] as string;
      expect(queues[queueId]!.Properties.MessageRetentionPeriod).toBe(14 * 86_400);
      alarmed(queueId);
    }
  });

  it('watches the outbox relay: its IteratorAge, and its failure store of events it gave up', () => {
    get().templates.stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Namespace: 'AWS/Lambda',
      Statistic: 'Maximum',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(get(), 'outbox-relay') } }],
      Threshold: OUTBOX_RELAY.giveUpAfterSeconds * 1000,
    });
    const storeId = get().stateful.getLogicalId(get().stateful.unpublishedEvents.node.defaultChild as never);
    expect(resources(get().templates.stateful, 'AWS::SQS::Queue')[storeId]!.Properties.MessageRetentionPeriod).toBe(
      UNPUBLISHED_EVENTS.retentionDays * 86_400,
    );
    get().templates.stateful.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [storeId, 'QueueName'] } }],
    });
  });

  it('grants each function only what it uses', () => {
    const template = get().templates.stateless;
    const functions = resources(template, 'AWS::Lambda::Function');
    const policies = Object.values(resources(template, 'AWS::IAM::Policy'));
    /** `action resource` pairs of the function's role; the resource as JSON (imports name the stateful resource). */
    const grantsOf = (name: FunctionName): string[] => {
      const role = functions[logicalId(get(), name)]!.Properties.Role['Fn::GetAtt'][0] as string;
      const grants: string[] = [];
      for (const policy of policies) {
        if (!(policy.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role)) continue;
        for (const statement of policy.Properties.PolicyDocument.Statement as {
          Effect: string;
          Action: string | string[];
          Resource: unknown;
        }[]) {
          expect(statement.Effect).toBe('Allow');
          for (const action of [statement.Action].flat()) {
            for (const resource of [statement.Resource].flat()) grants.push(`${action} ${JSON.stringify(resource)}`);
          }
        }
      }
      return grants;
    };
    const all = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, grantsOf(name)])) as Record<
      FunctionName,
      string[]
    >;
    const who = (action: string, resource: RegExp = /./) =>
      FUNCTION_NAMES.filter((name) =>
        all[name].some((grant) => grant.startsWith(`${action} `) && resource.test(grant)),
      ).sort();
    for (const [name, grants] of Object.entries(all)) {
      for (const grant of grants) {
        const [action] = grant.split(' ');
        // No wildcard actions, no Scan (every access pattern has a key or an index) but the statistics' daily recount, only these services.
        expect(action, `${name}: ${grant}`).not.toMatch(/\*/);
        if (action === 'dynamodb:Scan') expect(name, grant).toBe('reconcile-statistics');
        expect(action!.split(':')[0], `${name}: ${grant}`).toMatch(/^(xray|logs|dynamodb|sqs|events|lambda|s3)$/);
        // The only "*" resources are X-Ray's and the stream source's ListStreams, which have no resource-level permissions.
        if (grant.endsWith(' "*"'))
          expect(`${name} ${action}`, grant).toMatch(
            /^[\w-]+ xray:|^(outbox-relay|tally-statistics) dynamodb:ListStreams$/,
          );
      }
      expect(who('logs:PutLogEvents')).toContain(name);
    }
    // Tables and indexes: exactly the manifest's actions and indexes (stream reads come with the stream readers' event sources).
    for (const name of FUNCTION_NAMES) {
      for (const tableId of ['SubsidyTable', 'IdempotencyTable', 'StatisticsTable'] as const) {
        const onTable = all[name].filter(
          (grant) =>
            grant.startsWith('dynamodb:') &&
            grant.includes(tableId) &&
            !/Stream|GetRecords|GetShardIterator/.test(grant),
        );
        const access = FUNCTION_ACCESS[name].tables[tableId];
        expect(
          onTable
            .filter((grant) => !grant.includes('/index/'))
            .map((grant) => grant.split(' ')[0])
            .sort(),
          `${name} on ${tableId}`,
        ).toEqual((access?.actions ?? []).map((action) => `dynamodb:${action}`).sort());
        expect(
          onTable
            .filter((grant) => grant.includes('/index/'))
            .map((grant) => `${grant.split(' ')[0]} ${/\/index\/(\w+)/.exec(grant)![1]}`)
            .sort(),
          `${name} on ${tableId} indexes`,
        ).toEqual((access?.indexes ?? []).map((index) => `dynamodb:Query ${index}`).sort());
      }
    }
    expect(who('dynamodb:DeleteItem')).toEqual([]);
    expect(who('dynamodb:BatchWriteItem')).toEqual([]);
    expect(who('dynamodb:GetRecords', /SubsidyTable/)).toEqual(['outbox-relay', 'tally-statistics']);
    expect(who('dynamodb:PutItem', /IdempotencyTable/)).toEqual(['submit-application']);
    expect(who('sqs:SendMessage', /EvaluationQueue/)).toEqual(['admin-api', 'outbox-relay', 'sweeper']);
    expect(who('sqs:ReceiveMessage', /EvaluationQueueDLQ/)).toEqual(['admin-api']);
    expect(who('sqs:SendMessage', /PayoutQueue/)).toEqual(['admin-api', 'payout-planner', 'payout-worker', 'sweeper']);
    expect(who('sqs:SendMessage', /ExportQueue/)).toEqual(['admin-api', 'sweeper']);
    expect(who('sqs:ReceiveMessage', /ExportQueue/)).toEqual(['export-worker']);
    expect(who('sqs:ReceiveMessage', /EvaluationQueue(?!DLQ)/)).toEqual(['evaluate-application']);
    expect(who('sqs:ReceiveMessage', /PayoutQueue/)).toEqual(['payout-worker']);
    expect(who('sqs:SendMessage', /SimulationQueue/)).toEqual(['admin-api', 'simulation-worker', 'sweeper']);
    expect(who('sqs:ReceiveMessage', /SimulationQueue/)).toEqual(['simulation-worker']);
    // Events reach the bus only through the outbox relay (SPEC §5).
    expect(who('events:PutEvents')).toEqual(['outbox-relay']);
    const putEvents = policies
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as any[])
      .filter((statement) => [statement.Action].flat().includes('events:PutEvents'));
    expect(putEvents.map((statement) => statement.Condition)).toEqual([
      { StringEquals: { 'events:source': EVENT_SOURCE } },
    ]);
    expect(who('lambda:InvokeFunction')).toEqual([]);
    // Objects: exactly the manifest's actions, on each bucket's object prefix only.
    for (const name of FUNCTION_NAMES) {
      for (const bucket of BUCKETS) {
        const onObjects = all[name].filter(
          (grant) => grant.startsWith('s3:') && grant.includes(`-${bucket.nameStem}-`),
        );
        expect(onObjects.map((grant) => grant.split(' ')[0]).sort(), `${name} on ${bucket.id}`).toEqual(
          (FUNCTION_ACCESS[name].buckets?.[bucket.id as BucketId] ?? []).map((action) => `s3:${action}`).sort(),
        );
        for (const grant of onObjects) expect(grant, name).toMatch(new RegExp(`/${bucket.objectPrefix}\\*"\\]\\]}$`));
      }
      expect(all[name].filter((grant) => grant.startsWith('s3:')).length, name).toBe(
        Object.values(FUNCTION_ACCESS[name].buckets ?? {}).flat().length,
      );
    }
  });
});

describe('a stage with an external JWT issuer and an allowed origin', () => {
  it('uses the configured issuer and audience and creates no user pool', () => {
    const template = external.templates.stateless;
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    external.templates.stateful.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://login.example.gov.cn/realms/lingang', Audience: ['subsidy-api'] },
    });
    expect(external.templates.stateful.toJSON().Outputs).not.toHaveProperty('UserPoolId');
  });

  it('allows CORS from the configured origins only (none configured: no CORS)', () => {
    const [api] = Object.values(resources(external.templates.stateless, 'AWS::ApiGatewayV2::Api'));
    expect(api!.Properties.CorsConfiguration).toMatchObject({
      AllowOrigins: ['https://portal.example.gov.cn'],
      AllowHeaders: expect.arrayContaining(['authorization', 'idempotency-key']),
    });
    expect([...api!.Properties.CorsConfiguration.AllowMethods].sort()).toEqual(['GET', 'POST', 'PUT']);
    for (const stage of [dev, prod])
      stage.templates.stateless.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
    // Browsers upload and download documents from the same origins.
    external.templates.stateful.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({ AllowedOrigins: ['https://portal.example.gov.cn'], AllowedMethods: ['PUT', 'GET'] }),
        ],
      },
    });
  });
});

describe("route functions learn the stage's administrator rule and public routes", () => {
  it.each([
    ['dev', () => dev, { by: 'scope', scope: USER_POOL_ADMIN_SCOPE }],
    ['oidc', () => external, { by: 'scope', scope: 'subsidy.admin' }],
    ['cn', () => cn, CN.identity.admin],
  ] as const)('%s', (_name, get, rule) => {
    const functions = resources(get().templates.stateless, 'AWS::Lambda::Function');
    const routeFunctions = new Set<FunctionName>([...ROUTES.map((route) => route.function), UNMATCHED_ROUTE.function]);
    for (const name of FUNCTION_NAMES) {
      const variables = functions[logicalId(get(), name)]!.Properties.Environment.Variables as Record<string, string>;
      if (routeFunctions.has(name)) {
        expect(JSON.parse(variables.ADMIN_RECOGNITION!), name).toEqual(rule);
        expect(variables.PUBLIC_ROUTES, name).toBe(get().config.publicRoutes);
      } else {
        expect(variables.ADMIN_RECOGNITION, name).toBeUndefined();
      }
    }
  });

  it("a user pool stage puts the admin scope into admins' access tokens (pre-token-generation trigger, event version 2)", () => {
    for (const stage of [dev, prod]) {
      stage.templates.stateful.hasResourceProperties('AWS::Cognito::UserPool', {
        // The trigger's live alias.
        LambdaConfig: {
          PreTokenGenerationConfig: {
            LambdaArn: { Ref: Match.stringLikeRegexp('^AdminScopeLive') },
            LambdaVersion: 'V2_0',
          },
        },
      });
    }
  });
});

describe('the cn stage (AWS China)', () => {
  const template = () => cn.templates.stateless;
  const all = () =>
    ({ ...cn.templates.stateful.toJSON().Resources, ...template().toJSON().Resources }) as Record<string, Resource>;

  it('synthesizes no Cognito resource and trusts the configured OIDC issuer and audiences', () => {
    expect(Object.values(all()).filter((resource) => resource.Type.startsWith('AWS::Cognito::'))).toEqual([]);
    template().hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: CN.identity.issuer, Audience: CN.identity.audiences },
    });
    expect(cn.templates.stateful.toJSON().Outputs).not.toHaveProperty('UserPoolId');
  });

  it('names every ARN in the aws-cn partition (no global ARN written into a China template)', () => {
    for (const stack of [cn.templates.stateful, template()]) {
      const text = JSON.stringify(stack.toJSON());
      expect(text).toContain('arn:aws-cn:');
      expect(text).not.toMatch(/arn:aws:/);
    }
  });

  it('maps the API on its domain and gives that URL in the outputs', () => {
    template().hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: CN.domain.name,
      DomainNameConfigurations: [
        Match.objectLike({ CertificateArn: CN.domain.certificateArn, EndpointType: 'REGIONAL' }),
      ],
    });
    template().hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      Stage: Match.anyValue(),
      ApiId: Match.anyValue(),
    });
    const outputs = template().toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.ApiUrl!.Value).toBe(`https://${CN.domain.name}/`);
    expect(outputs.DocsUrl!.Value).toBe(`https://${CN.domain.name}/docs`);
    expect(outputs).toHaveProperty('ApiDomainTarget');
  });

  it('traces nothing with X-Ray (the region has no Lambda integration) and grants no X-Ray action', () => {
    for (const resource of Object.values(all())) {
      if (resource.Type === 'AWS::Lambda::Function') expect(resource.Properties.TracingConfig).toBeUndefined();
      if (resource.Type === 'AWS::IAM::Policy')
        expect(JSON.stringify(resource.Properties.PolicyDocument)).not.toContain('xray:');
    }
  });

  it("has no AsyncEventsDropped alarm (no such metric there): the verifier's on-failure queue and its alarm stand for it", () => {
    // Neither in an alarm nor in the dashboard's body.
    for (const metric of LAMBDA_METRICS_NOT_IN_CHINA)
      expect(JSON.stringify(template().toJSON()), metric).not.toContain(metric);
    const alarms = resources(template(), 'AWS::CloudWatch::Alarm');
    const [failures] = Object.entries(alarms).filter(([id]) => id.startsWith('VerifyDocumentAsyncFailuresAlarm'));
    expect(failures![1].Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
    template().hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(cn, 'verify-document') },
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^VerifyDocumentAsyncFailures'), 'Arn'] } },
      },
    });
    // The global stages keep Lambda's own metric.
    for (const stage of [dev, prod])
      expect(JSON.stringify(stage.templates.stateless.toJSON())).toContain('AsyncEventsDropped');
  });
});

describe('public routes by stage configuration', () => {
  const routeKeys = (stage: SynthesizedStage) =>
    Object.values(resources(stage.templates.stateless, 'AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
  it.each(['authenticated', 'absent'] as const)(
    '%s: behind the JWT authorizer, or not routed at all',
    (publicRoutes) => {
      const stage = synthStage('dev', { config: { publicRoutes } });
      if (stage.error) throw stage.error;
      const routes = routeKeys(stage);
      for (const key of PUBLIC_ROUTES) {
        const route = routes.find((candidate) => candidate.RouteKey === key);
        if (publicRoutes === 'absent') expect(route, key).toBeUndefined();
        else expect(route, key).toMatchObject({ AuthorizationType: 'JWT' });
      }
      expect(routes.find((route) => route.RouteKey === '$default')).toMatchObject({ AuthorizationType: 'NONE' });
      expect(Object.keys(stage.templates.stateless.toJSON().Outputs)).toEqual(
        publicRoutes === 'absent'
          ? ['ApiUrl', 'ReconcileStatisticsFunctionName']
          : ['ApiUrl', 'DocsUrl', 'ReconcileStatisticsFunctionName'],
      );
    },
    120_000,
  );
});
