/**
 * The one way a Lambda function of this project is defined: Node.js 22 on ARM64, an ESM
 * bundle built by the local esbuild (no Docker), minified with source maps, an explicit log
 * group with retention, active X-Ray tracing, the Powertools environment, and an execution
 * role that can write only to its own log group (grants are added by the stack, one by one).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, CfnFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { DEFAULT_FUNCTION_MEMORY_MB, PACKAGE_FILES, type FunctionName } from '../../shared/contract/resources.js';

/** The repository root (this file is `infra/constructs/subsidy-function.ts`). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** CloudWatch metrics namespace of every function (Powertools Metrics). */
export const METRICS_NAMESPACE = 'LingangAiSubsidy';

/**
 * Without this banner an ESM bundle that contains the AWS SDK fails at import with
 * `Dynamic require of "node:https" is not supported`: esbuild's CommonJS shim needs a `require`.
 */
export const ESM_REQUIRE_BANNER = 'import { createRequire } from "module";const require = createRequire(import.meta.url);';

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
  return { ...SUBSIDY_BUNDLING, commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: copy } };
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
}

export class SubsidyFunction extends NodejsFunction {
  readonly functionLogGroup: LogGroup;
  readonly serviceRole: Role;
  readonly subsidyFunctionName: string;

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
        ...props.environment,
      },
    });
    this.functionLogGroup = logGroup;
    this.serviceRole = role;
    this.subsidyFunctionName = props.name;

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
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; this policy holds only those two actions.',
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22.x is the runtime pinned by the design and exercised by the bundle import tests; moving to 24.x is a deliberate, tested upgrade.',
    });
  }
}
