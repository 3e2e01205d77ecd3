/**
 * Every function of the stage (shared/contract/resources.ts FUNCTION_NAMES), added to the stack
 * itself so that their logical ids stay put: settings from infra/stacks/function-settings.ts,
 * and what each may touch — its grants and the environment variables that name the resources —
 * from the one manifest, shared/contract/function-access.ts.
 */
import { Token, Validations, type Stack } from 'aws-cdk-lib';
import type { StageConfig } from '../config.js';
import {
  DEFAULT_FUNCTION_MEMORY_MB,
  DOCUMENT_BUCKET,
  FUNCTION_MEMORY_MB,
  FUNCTION_NAMES,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { FUNCTION_ACCESS, environmentOf, type ResourceLocator } from '../../shared/contract/function-access.js';
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
  acknowledgeDocumentObjects(stack, config, functions);
  return functions;
}

/** The object grants' resource as cdk-nag reads it: the documents under the bucket's prefix. */
function acknowledgeDocumentObjects(
  stack: Stack,
  config: StageConfig,
  functions: Record<FunctionName, SubsidyFunction>,
): void {
  // As cdk-nag flattens the ARN: a stage with a fixed region has a literal partition.
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  const objects = `arn:${partition}:s3:::${bucketNameOf(config, DOCUMENT_BUCKET, '<AWS::AccountId>', '<AWS::Region>')}/${DOCUMENT_BUCKET.objectPrefix}*`;
  for (const name of FUNCTION_NAMES.filter((fn) => FUNCTION_ACCESS[fn].buckets?.DocumentBucket)) {
    Validations.of(functions[name].serviceRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${objects}]`,
      reason: `Object actions on the documents under ${DOCUMENT_BUCKET.objectPrefix} only: object keys are per application and document, created at run time.`,
    });
  }
}
