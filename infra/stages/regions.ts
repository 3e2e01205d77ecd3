/**
 * What a region offers of the features these stacks use beyond their resource types. Resource
 * types and properties are checked by CDK's CloudFormation validation against each region's
 * resource schemas (test/infra/region-validation.test.ts); features and metrics inside a type are
 * not, so the China differences are listed here, from "Getting Started with Amazon Web Services in
 * China" (https://docs.amazonaws.cn/en_us/aws/latest/userguide/): lambda.html ("Amazon X-Ray
 * integration with Lambda functions is not available", "the asynchronous invocation metrics
 * AsyncEventsReceived, AsyncEventAge and AsyncEventsDropped are not available"), cognito.html
 * ("User Pools are not currently available"), api-gateway.html (unauthenticated requests and every
 * custom domain need an ICP filing).
 */
export type Partition = 'aws' | 'aws-cn';

/** Lambda metrics the China regions do not publish: no alarm or graph of a China stage may use them. */
export const LAMBDA_METRICS_NOT_IN_CHINA = ['AsyncEventsReceived', 'AsyncEventAge', 'AsyncEventsDropped'] as const;

export const partitionOf = (region: string): Partition => (region.startsWith('cn-') ? 'aws-cn' : 'aws');

export interface RegionCapabilities {
  partition: Partition;
  /** Cognito user pools (the `cognito` identity provider). */
  userPools: boolean;
  /** Lambda's X-Ray integration (active tracing). */
  lambdaTracing: boolean;
  /** Lambda's AsyncEventsReceived, AsyncEventAge and AsyncEventsDropped metrics. */
  asyncInvocationMetrics: boolean;
  /** Public (unauthenticated) API routes are served only on an ICP-filed custom domain. */
  publicRoutesNeedDomain: boolean;
}

/** A region's capabilities; a stage without a fixed region deploys to a global one (the CLI's). */
export function regionCapabilities(region: string | undefined): RegionCapabilities {
  const china = region !== undefined && partitionOf(region) === 'aws-cn';
  return {
    partition: china ? 'aws-cn' : 'aws',
    userPools: !china,
    lambdaTracing: !china,
    asyncInvocationMetrics: !china,
    publicRoutesNeedDomain: china,
  };
}
