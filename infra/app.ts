/**
 * The CDK app: `npm run deploy|diff -- --stage dev|prod|cn` (or `npx cdk synth|deploy --all
 * -c stage=dev|prod|cn`, default dev); the stage's settings are committed in
 * infra/stages/<stage>.ts (infra/config.ts validates them). Two top-level stacks per stage:
 * `LingangAiSubsidy-<stage>-Stateful` (tables, queues, bus and archive, user pool, alarm topic;
 * termination-protected where the stage retains data) and `LingangAiSubsidy-<stage>-Stateless`
 * (functions, API, schedules, alarms), which depends on it and never the other way round.
 * cdk-nag's AWS Solutions checks run on every synth; an unacknowledged finding fails it
 * (`-c nag=false` skips).
 */
import { App, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfigFromContext, type StageConfig } from './config.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';
import { validateSiblingRegions } from './sibling-region-validation.js';

export interface SubsidyStacks {
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/** The name of a stage's stack (`LingangAiSubsidy-prod-Stateful`). */
export const stackName = (config: Pick<StageConfig, 'stage'>, part: 'Stateful' | 'Stateless') =>
  `LingangAiSubsidy-${config.stage}-${part}`;

/** Adds the two stacks of one stage to an app (used by this entry point and by the tests). */
export function addStage(app: App, config: StageConfig, defaultEnv?: StackProps['env']): SubsidyStacks {
  const env = config.env ?? defaultEnv;
  const common = { config, ...(env ? { env } : {}) };
  const stateful = new StatefulStack(app, stackName(config, 'Stateful'), {
    ...common,
    description: `Lin-gang AI subsidy platform (${config.stage}): data, queues, event bus, users`,
  });
  const stateless = new StatelessStack(app, stackName(config, 'Stateless'), {
    ...common,
    stateful,
    description: `Lin-gang AI subsidy platform (${config.stage}): API, functions, schedules, alarms`,
  });
  for (const stack of [stateful, stateless]) {
    Tags.of(stack).add('project', 'lingang-ai-subsidy');
    Tags.of(stack).add('stage', config.stage);
  }
  return { stateful, stateless };
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
  validateSiblingRegions(app, config.env?.region);
  if (app.node.tryGetContext('nag') !== 'false' && app.node.tryGetContext('nag') !== false) addNagChecks(app);
  app.synth();
}
