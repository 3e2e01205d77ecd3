/**
 * The CDK app: `npx cdk synth|deploy -c stage=dev|prod` (default dev); the stage's settings are
 * committed in infra/stages/<stage>.ts (infra/config.ts validates them). One deployable stack
 * per stage, `LingangAiSubsidy-<stage>`, so a plain `cdk deploy` selects it, holding two nested
 * stacks: `Stateful` (tables, queues, bus, alarm topic) and `Stateless` (functions, API,
 * schedules, alarms); the stateful one never depends on the stateless one. cdk-nag's AWS
 * Solutions checks run on every synth; an unacknowledged finding fails it (`-c nag=false` skips).
 */
import { App, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfigFromContext, type StageConfig } from './config.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';

export interface SubsidyStacks {
  /** The stage's one deployable stack, parent of the two below. */
  stage: Stack;
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/** Adds the two stacks of one stage to an app (used by this entry point and by the tests). */
export function addStage(app: App, config: StageConfig, defaultEnv?: StackProps['env']): SubsidyStacks {
  const env = config.env ?? defaultEnv;
  const stage = new Stack(app, `LingangAiSubsidy-${config.stage}`, {
    description: `Lin-gang AI subsidy platform (${config.stage})`,
    terminationProtection: config.deletionProtection,
    ...(env ? { env } : {}),
  });
  const stateful = new StatefulStack(stage, 'Stateful', {
    config,
    description: `Lin-gang AI subsidy platform (${config.stage}): data, queues, event bus`,
  });
  const stateless = new StatelessStack(stage, 'Stateless', {
    config,
    stateful,
    description: `Lin-gang AI subsidy platform (${config.stage}): API, functions, schedules`,
  });
  Tags.of(stage).add('project', 'lingang-ai-subsidy');
  Tags.of(stage).add('stage', config.stage);
  return { stage, stateful, stateless };
}

/** Registers cdk-nag's AWS Solutions pack as a policy-validation plugin (cdk-nag 3). */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}

// Run only as the entry point (cdk.json: `npx tsx infra/app.ts`), not when imported by tests.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('infra/app.ts')) {
  const app = new App();
  const config = stageConfigFromContext(app.node);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  addStage(app, config, account && region ? { account, region } : undefined);
  if (app.node.tryGetContext('nag') !== 'false' && app.node.tryGetContext('nag') !== false) addNagChecks(app);
  app.synth();
}
