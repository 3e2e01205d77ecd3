/**
 * Every function's deployment (SPEC §10.2): CodeDeploy moves its `live` alias to the new version
 * in the stage's style (dev all at once, prod a canary) and back by itself when the function's
 * errors alarm, or for an API function the API's 5xx alarm, fires during the shift.
 */
import type { Stack } from 'aws-cdk-lib';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { LambdaApplication } from 'aws-cdk-lib/aws-codedeploy';
import type { StageConfig } from '../config.js';
import { FUNCTION_NAMES, type FunctionName } from '../../shared/contract/resources.js';
import type { SubsidyFunction } from './subsidy-function.js';

export function deployFunctions(
  stack: Stack,
  config: StageConfig,
  functions: Record<FunctionName, SubsidyFunction>,
  rollbackAlarms: (name: FunctionName) => IAlarm[],
): void {
  const application = new LambdaApplication(stack, 'Deployments');
  for (const name of FUNCTION_NAMES)
    functions[name].deployThrough(application, config.deployment, rollbackAlarms(name));
}
