/**
 * Stateless resources, in a top-level stack of their own: the functions, the HTTP API and its
 * JWT authorizer (trusting the stage's user pool or an external issuer), the SQS event sources,
 * the EventBridge Scheduler schedules, and the alarms. Everything stateful arrives through
 * props from the stateful stack, so this stack can be destroyed and redeployed freely.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Role } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleGroup, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { CORS_POLICY } from '../cors.js';
import { SubsidyFunction } from '../constructs/subsidy-function.js';
import {
  DEFAULT_FUNCTION_MEMORY_MB,
  DOCUMENT_BUCKET,
  FUNCTION_MEMORY_MB,
  FUNCTION_NAMES,
  OUTBOX_RELAY,
  ROUTES,
  SCHEDULES,
  UNMATCHED_ROUTE,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { FUNCTION_ACCESS, environmentOf, type ResourceLocator } from '../../shared/contract/function-access.js';
import { grantAccess, type AccessTargets } from '../constructs/grant-access.js';
import { addOperations } from './operations.js';
import { bucketNameOf, type StatefulStack } from './stateful-stack.js';

export interface StatelessStackProps extends StackProps {
  config: StageConfig;
  /** The stage's stateful resources. */
  stateful: Pick<StatefulStack, 'table' | 'idempotencyTable' | 'eventBus' | 'evaluationQueue' | 'payoutQueue' | 'relayFailures' | 'alarmTopic' | 'tokens'>;
}

const PASCAL = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase());

export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, SubsidyFunction>;
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;
    const { table, idempotencyTable, eventBus, evaluationQueue, payoutQueue, relayFailures } = stateful;
    // Named, not referenced: see bucketNameOf.
    const documentBucket = Bucket.fromBucketName(this, 'DocumentBucketRef', bucketNameOf(config, DOCUMENT_BUCKET));

    // ---- functions: settings here, access (grants and environment) from shared/contract/function-access.ts
    const settings: Record<FunctionName, { description: string; timeout?: Duration }> = {
      'submit-application': {
        description: 'POST /v1/applications: validates and stores an application with its event, idempotently, in one write',
      },
      'applicant-api': {
        description: 'Applicant routes: own applications, withdraw, payouts, and the public policy',
      },
      'admin-api': {
        description: 'Admin routes (admin group checked here): certification, review, payout runs, ledger, evaluation redrive',
      },
      'evaluate-application': {
        description: 'SQS EvaluationQueue consumer: evaluates under the policy in force, stores the decision and awards',
        // The queue's visibility timeout (resources.ts) is six times this.
        timeout: Duration.seconds(evaluationQueue.definition.visibilityTimeoutSeconds / 6),
      },
      'payout-planner': {
        description: 'Creates a payout run and enqueues the fiscal year\'s unpaid operating-cost entitlements',
        timeout: Duration.minutes(15),
      },
      'payout-worker': {
        description: 'SQS PayoutQueue consumer: pages entitlements (plan messages) and pays each exactly once into the ledger',
        timeout: Duration.seconds(payoutQueue.definition.visibilityTimeoutSeconds / 6),
      },
      sweeper: {
        description: 'Safety net: re-queues applications still SUBMITTED (bounded), resumes stalled payout runs',
        timeout: Duration.minutes(1),
      },
      'outbox-relay': {
        description: 'Table stream consumer: publishes outbox events to the bus, queues evaluations of new applications',
        timeout: Duration.seconds(30),
      },
      'verify-document': {
        description: 'Document bucket object-created consumer: checks size, SHA-256 and type signature; VERIFIED or REJECTED (object removed)',
        // Streams and hashes at most 20 MiB.
        timeout: Duration.seconds(30),
      },
    };
    const targets: AccessTargets = {
      tables: { SubsidyTable: table, IdempotencyTable: idempotencyTable },
      queues: { EvaluationQueue: evaluationQueue, PayoutQueue: payoutQueue },
      eventBus,
      buckets: { DocumentBucket: documentBucket },
    };
    const locator: ResourceLocator = {
      tableName: (id) => targets.tables[id].tableName,
      queueUrl: (id) => targets.queues[id].queue.queueUrl,
      deadLetterQueueUrl: (id) => targets.queues[id].deadLetterQueue.queueUrl,
      eventBusName: eventBus.eventBusName,
      bucketName: (id) => targets.buckets[id].bucketName,
    };
    const functions = {} as Record<FunctionName, SubsidyFunction>;
    for (const name of FUNCTION_NAMES) {
      const setting = settings[name];
      functions[name] = new SubsidyFunction(this, PASCAL(name), {
        name,
        description: setting.description,
        environment: environmentOf(name, locator),
        logRetention: config.logRetention,
        logRemovalPolicy: config.removalPolicy,
        ...(setting.timeout ? { timeout: setting.timeout } : {}),
        memorySize: FUNCTION_MEMORY_MB[name] ?? DEFAULT_FUNCTION_MEMORY_MB,
      });
    }
    this.functions = functions;

    // ---- least-privilege grants from the same manifest ----------------------------------------
    // Events reach the bus only through the outbox relay (SPEC §5): only its entry publishes.
    for (const name of FUNCTION_NAMES) grantAccess(functions[name], FUNCTION_ACCESS[name], targets);
    // As cdk-nag flattens the ARN: a stage with a fixed region has a literal partition.
    const partition = Token.isUnresolved(this.partition) ? '<AWS::Partition>' : this.partition;
    const objects = `arn:${partition}:s3:::${bucketNameOf(config, DOCUMENT_BUCKET, '<AWS::AccountId>', '<AWS::Region>')}/${DOCUMENT_BUCKET.objectPrefix}*`;
    for (const name of FUNCTION_NAMES.filter((fn) => FUNCTION_ACCESS[fn].buckets?.DocumentBucket)) {
      Validations.of(functions[name].serviceRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${objects}]`,
        reason: `Object actions on the documents under ${DOCUMENT_BUCKET.objectPrefix} only: object keys are per application and document, created at run time.`,
      });
    }

    // ---- event sources (consume grants come with them) --------------------------------------
    // Each consumer has a maximum concurrency, so no queue can take the concurrency the API needs.
    functions['evaluate-application'].addEventSource(
      new SqsEventSource(evaluationQueue.queue, {
        batchSize: evaluationQueue.definition.batchSize,
        maxConcurrency: evaluationQueue.definition.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
    functions['payout-worker'].addEventSource(
      new SqsEventSource(payoutQueue.queue, {
        batchSize: payoutQueue.definition.batchSize,
        maxConcurrency: payoutQueue.definition.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
    // The relay resumes from a failed record (partial batch responses), halves a failing batch to
    // isolate a poison record, and after its retries records it in the relay's failure queue.
    functions['outbox-relay'].addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: OUTBOX_RELAY.batchSize,
        bisectBatchOnError: true,
        retryAttempts: OUTBOX_RELAY.retryAttempts,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(relayFailures),
      }),
    );
    Validations.of(functions['outbox-relay'].serviceRole).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'The stream event source needs dynamodb:ListStreams, which supports no resource-level permission; the stream read actions are scoped to the table stream.',
    });

    this.notifyUploads(functions[DOCUMENT_BUCKET.onObjectCreated], documentBucket);

    // ---- schedules ---------------------------------------------------------------------------
    // The stage's own group, so that the scheduler's failure metrics are this stage's.
    const scheduleGroup = new ScheduleGroup(this, 'Schedules', { scheduleGroupName: config.prefix, removalPolicy: RemovalPolicy.DESTROY });
    const schedule = (id: string, description: string, definition: { expression: string; timeZone: string }, fn: SubsidyFunction, target: { retryAttempts: number; maxEventAge: Duration }) => {
      const before = new Set(this.node.children);
      const created = new Schedule(this, id, {
        description,
        scheduleGroup,
        schedule: ScheduleExpression.expression(definition.expression, TimeZone.of(definition.timeZone)),
        target: new LambdaInvoke(fn, {
          input: ScheduleTargetInput.fromObject({ source: 'schedule', scheduledTime: ContextAttribute.scheduledTime }),
          ...target,
        }),
      });
      // The group is referenced by its name, a literal: CloudFormation must still create it first.
      created.node.addDependency(scheduleGroup);
      // LambdaInvoke creates the scheduler's role (with aws:SourceAccount/SourceArn conditions)
      // and grants it fn.grantInvoke, which also allows the function's versions and aliases.
      for (const role of this.node.children.filter((child) => !before.has(child) && child instanceof Role)) {
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(fn.node.defaultChild as CfnFunction)}.Arn>:*]`,
          reason: `The scheduler role may invoke only the ${fn.subsidyFunctionName} function; the :* suffix is CDK's grantInvoke covering that function's versions and aliases.`,
        });
      }
    };
    schedule('PayoutRunSchedule', 'Annual operating-cost payout run for the fiscal year just ended (SPEC §6)', SCHEDULES.payoutRun, functions['payout-planner'], {
      retryAttempts: 3,
      maxEventAge: Duration.hours(6),
    });
    schedule('SweeperSchedule', 'Re-queues applications still SUBMITTED after a threshold (SPEC §7)', SCHEDULES.sweeper, functions.sweeper, {
      retryAttempts: 0,
      maxEventAge: Duration.minutes(5),
    });

    // ---- HTTP API ----------------------------------------------------------------------------
    // The stage's user pool (stateful stack) or an external issuer (infra/stages/<stage>.ts).
    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', stateful.tokens.issuer, { jwtAudience: stateful.tokens.audience });

    const api = new HttpApi(this, 'HttpApi', {
      apiName: config.prefix,
      description: `Lin-gang AI subsidy API v1 (${config.stage})`,
      createDefaultStage: false,
      // Browsers only from the stage's allowed origins (SPEC §9); none configured means no CORS at all.
      ...(config.allowedOrigins.length
        ? {
            corsPreflight: {
              allowOrigins: config.allowedOrigins,
              allowMethods: CORS_POLICY.allowMethods.map((method) => CorsHttpMethod[method]),
              allowHeaders: [...CORS_POLICY.allowHeaders],
              exposeHeaders: [...CORS_POLICY.exposeHeaders],
              maxAge: Duration.seconds(CORS_POLICY.maxAgeSeconds),
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    // No source IP, user agent or claims: only what operations needs (SPEC §7: no personal data in logs).
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttling,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            errorMessage: '$context.error.message',
          }),
        ),
      },
    });

    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationFor = (name: FunctionName) => {
      let integration = integrations.get(name);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${PASCAL(name)}Integration`, functions[name]);
        integrations.set(name, integration);
      }
      return integration;
    };
    for (const route of ROUTES) {
      const [created] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrationFor(route.function),
        // Admin routes: API Gateway JWT authorizers can require OAuth scopes but not group
        // membership, and Cognito puts groups in `cognito:groups`, not in `scope`. So the gateway
        // only verifies the token here, and the admin-api function refuses (403) a principal
        // without the admin group (functions/commons/edge/auth.ts requireAdmin). No
        // authorizationScopes are set: with Cognito groups they could never match.
        authorizer: route.access === 'public' ? new HttpNoneAuthorizer() : authorizer,
      });
      if (route.access === 'public' && created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by SPEC §4 and §9 (the policy, the API's OpenAPI document and its reference page: no personal data).`,
        });
      }
    }
    // Requests no route matches reach the function's 404/405 problem documents, not API Gateway's own {"message":"Not Found"}.
    const unmatched = new HttpRoute(this, 'UnmatchedRoute', {
      httpApi: api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrationFor(UNMATCHED_ROUTE.function),
    });
    Validations.of(unmatched).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The $default route serves only 404 and 405 problem documents for requests no route matches; it reads no data.',
    });
    this.httpApi = api;
    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'Base URL of the API (routes under /v1)' });
    new CfnOutput(this, 'DocsUrl', { value: `${stage.url}docs`, description: 'Human API reference (GET /docs)' });

    // ---- alarms and dashboard -----------------------------------------------------------------
    addOperations(this, { config, functions, apiStage: stage, scheduleGroup, stateful });
  }

  /**
   * The document bucket's object-created events invoke the verifier. The notification is set on
   * the bucket as imported here (CDK then manages it from this stack, merged with any others),
   * so that the stateful stack never refers to a function of this one.
   */
  private notifyUploads(verifier: SubsidyFunction, bucket: IBucket): void {
    const before = new Set(this.node.children);
    bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(verifier), { prefix: DOCUMENT_BUCKET.objectPrefix });
    // CDK's singleton handler that sets the notification configuration when the stack deploys.
    for (const handler of this.node.children.filter((child) => !before.has(child))) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK\'s bucket-notifications handler runs once per deployment to set the notification; the managed policy only lets it write its own logs.',
      });
    }
  }
}
