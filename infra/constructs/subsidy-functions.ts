/**
 * Every function of the stage (shared/contract/resources.ts FUNCTION_NAMES), added to the stack
 * itself so that their logical ids stay put: settings from infra/stacks/function-settings.ts,
 * and what each may touch — its grants and the environment variables that name the resources —
 * from the one manifest, shared/contract/function-access.ts.
 */
import { Token, Validations, type Stack } from 'aws-cdk-lib';
import type { StageConfig } from '../config.js';
import {
  BUCKETS,
  DEFAULT_FUNCTION_MEMORY_MB,
  FUNCTION_MEMORY_MB,
  FUNCTION_NAMES,
  type FunctionName,
} from '../../shared/contract/resources.js';
import {
  FUNCTION_ACCESS,
  environmentOf,
  type BucketId,
  type ResourceLocator,
} from '../../shared/contract/function-access.js';
import { FUNCTION_SETTINGS } from '../stacks/function-settings.js';
import { bucketNameOf } from '../stacks/stateful-stack.js';
import { grantAccess, type AccessTargets } from './grant-access.js';
import { SubsidyFunction } from './subsidy-function.js';

/** `submit-application` → `SubmitApplication`: a function's construct id. */
export const PASCAL = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase());

export function addFunctions(
  stack: Stack,
  config: StageConfig,
  targets: AccessTargets,
): Record<FunctionName, SubsidyFunction> {
  const locator: ResourceLocator = {
    tableName: (id) => targets.tables[id].tableName,
    queueUrl: (id) => targets.queues[id].queue.queueUrl,
    deadLetterQueueUrl: (id) => targets.queues[id].deadLetterQueue.queueUrl,
    eventBusName: targets.eventBus.eventBusName,
    bucketName: (id) => targets.buckets[id].bucketName,
    unpublishedEventsQueueUrl: targets.unpublishedEvents.queueUrl,
  };
  const functions = {} as Record<FunctionName, SubsidyFunction>;
  for (const name of FUNCTION_NAMES) {
    const setting = FUNCTION_SETTINGS[name];
    functions[name] = new SubsidyFunction(stack, PASCAL(name), {
      name,
      tracing: config.tracing,
      description: setting.description,
      environment: environmentOf(name, locator),
      logRetention: config.logRetention,
      logRemovalPolicy: config.removalPolicy,
      ...(setting.timeout ? { timeout: setting.timeout } : {}),
      memorySize: FUNCTION_MEMORY_MB[name] ?? DEFAULT_FUNCTION_MEMORY_MB,
    });
  }
  // Events reach the bus only through the outbox relay (SPEC §5): only its entry publishes.
  for (const name of FUNCTION_NAMES) grantAccess(functions[name], FUNCTION_ACCESS[name], targets);
  acknowledgeObjectGrants(stack, config, functions);
  return functions;
}

/** The object grants' resources as cdk-nag reads them: the objects under each bucket's prefix. */
function acknowledgeObjectGrants(stack: Stack, config: StageConfig, functions: Record<FunctionName, SubsidyFunction>) {
  // As cdk-nag flattens the ARN: a stage with a fixed region has a literal partition.
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  for (const bucket of BUCKETS) {
    const objects = `arn:${partition}:s3:::${bucketNameOf(config, bucket, '<AWS::AccountId>', '<AWS::Region>')}/${bucket.objectPrefix}*`;
    for (const name of FUNCTION_NAMES.filter((fn) => FUNCTION_ACCESS[fn].buckets?.[bucket.id as BucketId])) {
      Validations.of(functions[name].serviceRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${objects}]`,
        reason: `Object actions on the objects under ${bucket.objectPrefix} of ${bucket.id} only: object keys are made at run time.`,
      });
    }
  }
}
