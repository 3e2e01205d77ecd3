/**
 * Stateless resources, in a top-level stack of their own: the functions (each invoked through
 * its `live` alias), the HTTP API with its JWT authorizer (trusting the stage's user pool or its
 * OIDC issuer) and its custom domain where the stage names one, the SQS and stream event sources, the EventBridge Scheduler schedules, the
 * on-failure queues of asynchronous invocations, the alarms, and the deployments they roll back. Everything stateful arrives through
 * props from the stateful stack, so this stack can be destroyed and redeployed freely.
 */
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { CORS_POLICY } from '../cors.js';
import type { SubsidyFunction } from '../constructs/subsidy-function.js';
import { addFunctions, PASCAL } from '../constructs/subsidy-functions.js';
import {
  DOCUMENT_BUCKET,
  REPORT_BUCKET,
  ROUTES,
  SCHEDULES,
  UNMATCHED_ROUTE,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { ApiIdentity } from '../constructs/api-identity.js';
import { mapApiDomain } from '../constructs/api-domain.js';
import { addOperations } from './operations.js';
import { consumeQueuesAndStream } from '../constructs/event-sources.js';
import { deployFunctions } from '../constructs/deployments.js';
import { addSchedules } from '../constructs/subsidy-schedules.js';
import { bucketNameOf, type StatefulStack } from './stateful-stack.js';

export interface StatelessStackProps extends StackProps {
  config: StageConfig;
  /** The stage's stateful resources. */
  stateful: Pick<
    StatefulStack,
    | 'table'
    | 'idempotencyTable'
    | 'statisticsTable'
    | 'tallyFailures'
    | 'eventBus'
    | 'evaluationQueue'
    | 'payoutQueue'
    | 'simulationQueue'
    | 'exportQueue'
    | 'relayFailures'
    | 'unpublishedEvents'
    | 'alarmTopic'
    | 'tokens'
  >;
}

/** Functions invoked asynchronously: by the document bucket's notification and by the schedules. */
const ASYNC_INVOKED: readonly FunctionName[] = [
  DOCUMENT_BUCKET.onObjectCreated,
  SCHEDULES.payoutRun.function,
  SCHEDULES.sweeper.function,
  SCHEDULES.statisticsReconciliation.function,
];
/** Functions behind the HTTP API: the API's 5xx alarm also rolls their canary back. */
const SERVES_API = new Set<FunctionName>([...ROUTES.map((route) => route.function), UNMATCHED_ROUTE.function]);

export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, SubsidyFunction>;
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;
    const { table, idempotencyTable, eventBus, evaluationQueue, payoutQueue, simulationQueue } = stateful;
    // Named, not referenced: see bucketNameOf.
    const documentBucket = Bucket.fromBucketName(this, 'DocumentBucketRef', bucketNameOf(config, DOCUMENT_BUCKET));
    const reportBucket = Bucket.fromBucketName(this, 'ReportBucketRef', bucketNameOf(config, REPORT_BUCKET));

    // ---- functions, with their grants and environment from shared/contract/function-access.ts
    const functions = (this.functions = addFunctions(this, config, {
      tables: { SubsidyTable: table, IdempotencyTable: idempotencyTable, StatisticsTable: stateful.statisticsTable },
      queues: {
        EvaluationQueue: evaluationQueue,
        PayoutQueue: payoutQueue,
        SimulationQueue: simulationQueue,
        ExportQueue: stateful.exportQueue,
      },
      eventBus,
      buckets: { DocumentBucket: documentBucket, ReportBucket: reportBucket },
      unpublishedEvents: stateful.unpublishedEvents,
    }));

    // ---- event sources on the live aliases (consume grants come with them) -------------------
    consumeQueuesAndStream(functions, stateful);
    this.notifyUploads(functions[DOCUMENT_BUCKET.onObjectCreated], documentBucket);
    // Asynchronous invocations (S3, the scheduler) keep what still fails after Lambda's retries.
    for (const name of ASYNC_INVOKED)
      functions[name].keepAsyncFailures({ alarmTopic: stateful.alarmTopic, removalPolicy: config.removalPolicy });

    // ---- schedules ---------------------------------------------------------------------------
    const scheduleGroup = addSchedules(this, { config, functions, alarmTopic: stateful.alarmTopic });

    // ---- HTTP API ----------------------------------------------------------------------------
    // The stage's user pool (stateful stack) or its OIDC issuer (infra/stages/<stage>.ts).
    const identity = new ApiIdentity({ tokens: stateful.tokens, publicRoutes: config.publicRoutes });

    const { api, stage } = this.addHttpApi(config);
    this.routeRequests(api, identity, functions);
    this.httpApi = api;
    const url = config.domain ? mapApiDomain(this, api, stage, config.domain) : stage.url;
    new CfnOutput(this, 'ApiUrl', { value: url, description: 'Base URL of the API (routes under /v1)' });
    if (config.publicRoutes !== 'absent')
      new CfnOutput(this, 'DocsUrl', { value: `${url}docs`, description: 'Human API reference (GET /docs)' });
    new CfnOutput(this, 'ReconcileStatisticsFunctionName', {
      value: functions['reconcile-statistics'].functionName,
      description:
        'Invoke to reconcile the statistics now: aws lambda invoke --function-name <this> result.json (README Statistics)',
    });

    // ---- alarms and dashboard, then the deployments they roll back -----------------------------
    const { functionErrors, apiServerErrors } = addOperations(this, {
      config,
      functions,
      apiStage: stage,
      scheduleGroup,
      stateful,
    });
    deployFunctions(this, config, functions, (name) => [
      functionErrors[name],
      ...(SERVES_API.has(name) ? [apiServerErrors] : []),
    ]);
  }

  /** The HTTP API with its CORS and its one stage: throttled, access-logged without personal data. */
  private addHttpApi(config: StageConfig): { api: HttpApi; stage: HttpStage } {
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
    return { api, stage };
  }

  /**
   * Each route of the contract to its function's live alias, behind the authorizer the stage's
   * identity gives it (public routes acknowledged, absent ones not routed), and every request no
   * route matches to the function that answers 404/405 problem documents.
   */
  private routeRequests(api: HttpApi, identity: ApiIdentity, functions: Record<FunctionName, SubsidyFunction>): void {
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationFor = (name: FunctionName) => {
      let integration = integrations.get(name);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${PASCAL(name)}Integration`, functions[name].live);
        integrations.set(name, integration);
      }
      return integration;
    };
    for (const route of ROUTES) {
      const authorizer = identity.authorizerFor(route);
      if (!authorizer) continue;
      identity.informRouteFunction(functions[route.function]);
      const [created] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrationFor(route.function),
        authorizer,
      });
      if (authorizer !== identity.authorizer && created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by SPEC §4 and §9 (the policy, the API's OpenAPI document and its reference page: no personal data).`,
        });
      }
    }
    // Requests no route matches reach the function's 404/405 problem documents, not API Gateway's own {"message":"Not Found"}.
    identity.informRouteFunction(functions[UNMATCHED_ROUTE.function]);
    const unmatched = new HttpRoute(this, 'UnmatchedRoute', {
      httpApi: api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrationFor(UNMATCHED_ROUTE.function),
    });
    Validations.of(unmatched).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The $default route serves only 404 and 405 problem documents for requests no route matches; it reads no data.',
    });
  }

  /**
   * The document bucket's object-created events invoke the verifier. The notification is set on
   * the bucket as imported here (CDK then manages it from this stack, merged with any others),
   * so that the stateful stack never refers to a function of this one.
   */
  private notifyUploads(verifier: SubsidyFunction, bucket: IBucket): void {
    const before = new Set(this.node.children);
    bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(verifier.live), {
      prefix: DOCUMENT_BUCKET.objectPrefix,
    });
    // CDK's singleton handler that sets the notification configuration when the stack deploys.
    for (const handler of this.node.children.filter((child) => !before.has(child))) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's bucket-notifications handler runs once per deployment to set the notification; the managed policy only lets it write its own logs.",
      });
    }
  }
}
