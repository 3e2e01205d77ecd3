/**
 * The one way a Lambda function of this project is defined: Node.js 22 on ARM64, an ESM
 * bundle built by the local esbuild (no Docker), minified with source maps, an explicit log
 * group with retention, X-Ray tracing where the stage enables it, the Powertools environment,
 * and an execution role that can write only to its own log group (grants are added by the
 * stack, one by one). What invokes it invokes its `live` alias; the function owns its alarms,
 * the on-failure destination of its asynchronous invocations, and the CodeDeploy deployment
 * group that moves the alias to a new version (./function-delivery.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { Alarm, IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { LambdaApplication, LambdaDeploymentConfig, LambdaDeploymentGroup } from 'aws-cdk-lib/aws-codedeploy';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Architecture, CfnFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { DEFAULT_FUNCTION_MEMORY_MB, PACKAGE_FILES, type FunctionName } from '../../shared/contract/resources.js';
import type { DeploymentStyle } from '../stages/settings.js';
import { addAlarm } from './alarm.js';
import { addFailureQueue, type FailureQueueProps } from './failure-queue.js';

const FIVE_MINUTES = Duration.minutes(5);

/** The repository root (this file is `infra/constructs/subsidy-function.ts`). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** CloudWatch metrics namespace of every function (Powertools Metrics). */
export const METRICS_NAMESPACE = 'LingangAiSubsidy';

/**
 * Without this banner an ESM bundle that contains the AWS SDK fails at import with
 * `Dynamic require of "node:https" is not supported`: esbuild's CommonJS shim needs a `require`.
 */
export const ESM_REQUIRE_BANNER =
  'import { createRequire } from "module";const require = createRequire(import.meta.url);';

/**
 * The esbuild settings of every function bundle. Exported so that anything else that builds
 * or measures bundles (bench/bundles.bench.ts) uses exactly these.
 */
export const SUBSIDY_BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  // Mappings only: stack traces resolve to file:line, and the bundle stays small.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // The SDK is bundled (pinned by the lockfile) instead of taken from the runtime.
  externalModules: [],
  // Local esbuild from node_modules; never Docker.
  forceDockerBundling: false,
  // esbuild's warnings and errors only (its default, info, lists every output file).
  logLevel: LogLevel.WARNING,
} as const satisfies BundlingOptions;

/** Bundling that also copies the function's PACKAGE_FILES beside its bundle, under node_modules/. */
function bundlingFor(name: string): BundlingOptions {
  const files = PACKAGE_FILES[name as FunctionName];
  if (!files) return SUBSIDY_BUNDLING;
  const copy = (inputDir: string, outputDir: string) =>
    files.flatMap((file) => [
      `mkdir -p "${join(outputDir, 'node_modules', dirname(file))}"`,
      `cp "${join(inputDir, 'node_modules', file)}" "${join(outputDir, 'node_modules', file)}"`,
    ]);
  return {
    ...SUBSIDY_BUNDLING,
    commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: copy },
  };
}

export interface SubsidyFunctionProps {
  /** `functions/<name>/handler.ts`, also the Powertools service name. */
  name: string;
  /** Overrides the entry file (default `functions/<name>/handler.ts`). */
  entry?: string;
  description?: string;
  logRetention: RetentionDays;
  /** Removal policy of the log group (default RETAIN). */
  logRemovalPolicy?: RemovalPolicy;
  environment?: Record<string, string>;
  /** Default 10 seconds. */
  timeout?: Duration;
  /** Default DEFAULT_FUNCTION_MEMORY_MB. */
  memorySize?: number;
  /** X-Ray active tracing and the Powertools Tracer (the stage's `tracing`). */
  tracing: boolean;
}

export class SubsidyFunction extends NodejsFunction {
  readonly functionLogGroup: LogGroup;
  readonly serviceRole: Role;
  readonly subsidyFunctionName: string;
  /** What every trigger invokes: the version a deploy moves it to (all at once, or as a canary). */
  readonly live: Alias;

  constructor(scope: Construct, id: string, props: SubsidyFunctionProps) {
    // The log group and role must exist before the function: they are its siblings.
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.name} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: props.entry ?? join(PROJECT_ROOT, 'functions', props.name, 'handler.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? DEFAULT_FUNCTION_MEMORY_MB,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description,
      logGroup,
      role,
      bundling: bundlingFor(props.name),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.name,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_TRACE_ENABLED: String(props.tracing),
        ...props.environment,
      },
    });
    this.functionLogGroup = logGroup;
    this.serviceRole = role;
    this.subsidyFunctionName = props.name;
    this.live = new Alias(this, 'Live', { aliasName: 'live', version: this.currentVersion });
    if (props.tracing) this.traceActively(scope, id, role);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22.x is the runtime pinned by the design and exercised by the bundle import tests; moving to 24.x is a deliberate, tested upgrade.',
    });
  }

  private traceActively(scope: Construct, id: string, role: Role): void {
    // Active tracing, with its permissions in a policy of their own rather than in the
    // role's default policy (where `tracing: Tracing.ACTIVE` would put them): that keeps the
    // one unavoidable wildcard acknowledgement below scoped to these two X-Ray actions.
    (this.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
    const xray = new Policy(scope, `${id}XRayPolicy`, {
      statements: [
        new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
      ],
    });
    xray.attachToRole(role);
    this.node.addDependency(xray);
    Validations.of(xray).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; this policy holds only those two actions.',
    });
  }

  /**
   * Its errors and throttles alarms (in the stack, `<id>ErrorsAlarm` and `<id>ThrottlesAlarm`,
   * each with a README runbook entry); the errors alarm also rolls a canary back.
   */
  addAlarms(topic: ITopic): { errors: Alarm; throttles: Alarm } {
    const stack = Stack.of(this);
    const errors = addAlarm(stack, `${this.node.id}ErrorsAlarm`, topic, {
      description: `${this.subsidyFunctionName} reported function errors (see its log group and traces); during a canary deploy this rolls the new version back (README runbook).`,
      metric: this.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
    });
    const throttles = addAlarm(stack, `${this.node.id}ThrottlesAlarm`, topic, {
      description: `${this.subsidyFunctionName} was throttled: the account's or the function's concurrency is exhausted (README runbook).`,
      metric: this.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
    });
    return { errors, throttles };
  }

  /**
   * For a function invoked asynchronously (S3, EventBridge Scheduler): an event that still fails
   * after Lambda's two retries, or waits too long, goes to a queue of its own
   * (`<id>AsyncFailures`, kept 14 days, alarmed) instead of being dropped.
   */
  keepAsyncFailures(props: Omit<FailureQueueProps, 'description'>): Queue {
    const queue = addFailureQueue(Stack.of(this), `${this.node.id}AsyncFailures`, {
      ...props,
      description: `${this.subsidyFunctionName} failed on an asynchronous event after Lambda's retries: the event is in this queue (README runbook).`,
    });
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `This queue is itself where failures end: the on-failure destination of ${this.subsidyFunctionName}'s asynchronous invocations.`,
    });
    this.live.configureAsyncInvoke({
      onFailure: new SqsDestination(queue),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });
    return queue;
  }

  /**
   * CodeDeploy moves the `live` alias to each new version in the stage's style (all at once, or a
   * canary share first) and moves it back by itself when one of `rollbackAlarms` fires meanwhile.
   */
  deployThrough(
    application: LambdaApplication,
    style: DeploymentStyle,
    rollbackAlarms: IAlarm[],
  ): LambdaDeploymentGroup {
    const group = new LambdaDeploymentGroup(this, 'Deployment', {
      application,
      alias: this.live,
      deploymentConfig: LambdaDeploymentConfig[style],
      alarms: rollbackAlarms,
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
    Validations.of(group).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
      reason:
        "CodeDeploy's own service-role policy for Lambda deployments (shift an alias, read the alarms), assumed only by codedeploy.amazonaws.com.",
    });
    return group;
  }
}
