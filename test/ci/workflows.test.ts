/**
 * The delivery pipeline (SPEC §10.2) as GitHub would read it: every workflow in .github/workflows
 * parses with GitHub's own parser (@actions/workflow-parser) without an error, and calls only npm
 * scripts that package.json defines and the README documents (`npm run <script>`), so what CI
 * and the deploys run is what a developer runs. Also what the pipeline must do: pull requests
 * run .ci/run; main deploys dev, then prod and cn (AWS China) alike, each in its GitHub
 * environment, with OIDC credentials from the environment (no stored keys) for the region,
 * partition and token audience of the stage's committed settings, the CDK diff in the job
 * summary first, and no step whose failure is ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { stageConfig } from '../../infra/config.js';
import { deployTarget } from '../../infra/stages/deploy-target.js';
import { STAGES } from '../../infra/stages/settings.js';

const WORKFLOWS = join(PROJECT_ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

async function parsed(name: string): Promise<WorkflowTemplate> {
  const result = parseWorkflow(
    { name, content: readFileSync(join(WORKFLOWS, name), 'utf8') },
    new NoOperationTraceWriter(),
  );
  expect(
    result.context.errors.getErrors().map((error) => error.message),
    `${name} parse errors`,
  ).toEqual([]);
  const template = await convertWorkflowTemplate(result.context, result.value!);
  expect(
    (template.errors ?? []).map((error) => error.Message),
    `${name} errors`,
  ).toEqual([]);
  return template;
}

/** The text of every `run:` of a workflow (its steps, as GitHub's parser read them). */
const runScripts = (template: WorkflowTemplate): string[] =>
  template.jobs
    .flatMap((job) => ('steps' in job ? job.steps : []))
    .flatMap((step) => ('run' in step ? [String(step.run)] : []));

describe.each(files)('.github/workflows/%s', (name) => {
  it("parses with GitHub's workflow parser without an error", async () => {
    const template = await parsed(name);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('calls only npm scripts that package.json defines and the README documents', async () => {
    const runs = runScripts(await parsed(name)).join('\n');
    for (const [, script] of runs.matchAll(/npm run (?:--silent )?([\w:-]+)/g)) {
      expect(Object.keys(scripts), `${name} runs npm run ${script!}`).toContain(script);
      expect(readme, `README documents npm run ${script!}`).toContain(`npm run ${script!}`);
    }
  });
});

describe('the pipeline', () => {
  const text = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');

  it('runs .ci/run on pull requests, and before deploying main', async () => {
    const ci = await parsed('ci.yml');
    expect(JSON.stringify(ci.events)).toContain('pull_request');
    expect(runScripts(ci)).toContain('bash .ci/run');
    expect(text('deploy.yml')).toMatch(/test:\s+uses: \.\/\.github\/workflows\/ci\.yml/);
  });

  it('deploys main to dev, then prod and cn alike, each in its environment (behind required reviewers)', async () => {
    const deploy = await parsed('deploy.yml');
    expect(JSON.stringify(deploy.events)).toMatch(/"push".*"main"/);
    const byId = Object.fromEntries(deploy.jobs.map((job) => [job.id.value, job]));
    expect(Object.keys(byId)).toEqual(['test', 'dev', 'prod', 'cn']);
    expect(Object.keys(byId).slice(1)).toEqual([...STAGES]);
    expect(byId.dev!.needs?.map((need) => need.value)).toEqual(['test']);
    expect(byId.prod!.needs?.map((need) => need.value)).toEqual(['dev']);
    expect(byId.cn!.needs?.map((need) => need.value)).toEqual(['dev']);
    expect(text('deploy.yml')).toMatch(/dev:[\s\S]*stage: dev[\s\S]*prod:[\s\S]*stage: prod[\s\S]*cn:[\s\S]*stage: cn/);
    expect(text('deploy-stage.yml')).toContain('environment: ${{ inputs.stage }}');
  });

  it('ships every stage after dev as prod is shipped: a canary that rolls back by itself on an alarm', () => {
    expect(stageConfig('dev').deployment).toBe('ALL_AT_ONCE');
    for (const stage of ['prod', 'cn'] as const) {
      expect(stageConfig(stage).deployment, stage).toBe('CANARY_10PERCENT_5MINUTES');
      expect(stageConfig(stage).deletionProtection, stage).toBe(true);
    }
  });

  it('ignores no failure: no step continues on error, no command is made to succeed', () => {
    for (const name of files) {
      expect(text(name), name).not.toMatch(/continue-on-error|\|\|\s*true|set \+e/);
    }
    // The diff's pipe into the summary keeps the diff's exit status.
    expect(text('deploy-stage.yml')).toMatch(/set -o pipefail[\s\S]*npm run --silent diff/);
  });

  it('takes AWS credentials by OIDC from the environment, shows the CDK diff in the summary, then deploys', async () => {
    const stage = text('deploy-stage.yml');
    expect(stage).toContain('id-token: write');
    expect(stage).toMatch(
      /uses: aws-actions\/configure-aws-credentials@v\d+[\s\S]*role-to-assume: \$\{\{ vars\.AWS_DEPLOY_ROLE_ARN \}\}/,
    );
    expect(stage).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\.AWS/);
    // The region and audience come from the stage's settings (npm run deploy-target), checked first.
    expect(stage).toMatch(
      /id: target[\s\S]*npm run --silent deploy-target[\s\S]*configure-aws-credentials[\s\S]*aws-region: \$\{\{ steps\.target\.outputs\.region \}\}\s+audience: \$\{\{ steps\.target\.outputs\.audience \}\}/,
    );
    const runs = runScripts(await parsed('deploy-stage.yml'));
    const diff = runs.findIndex(
      (run) => run.includes('npm run --silent diff -- --stage') && run.includes('$GITHUB_STEP_SUMMARY'),
    );
    const deploy = runs.findIndex((run) => run.includes('npm run --silent deploy -- --stage'));
    expect(diff).toBeGreaterThanOrEqual(0);
    expect(deploy).toBeGreaterThan(diff);
  });
});

describe("a stage's deploy target (npm run deploy-target)", () => {
  const roleIn = (partition: string, account = '123456789012') => `arn:${partition}:iam::${account}:role/deploy-cn`;

  it("cn: the China region and partition of its settings, and the audience China's STS takes", () => {
    const cn = stageConfig('cn');
    expect(cn.env).toMatchObject({ region: 'cn-northwest-1' });
    expect(deployTarget(cn, { region: 'cn-northwest-1', roleArn: roleIn('aws-cn', cn.env!.account) })).toEqual({
      region: 'cn-northwest-1',
      partition: 'aws-cn',
      audience: 'sts.amazonaws.com.cn',
    });
    // Beijing, should the stage move there.
    const beijing = { ...cn, env: { ...cn.env!, region: 'cn-north-1' } };
    expect(deployTarget(beijing, { roleArn: roleIn('aws-cn', cn.env!.account) })).toMatchObject({
      region: 'cn-north-1',
      partition: 'aws-cn',
    });
  });

  it('prod and dev: the global partition; dev in the region its environment names', () => {
    const prod = stageConfig('prod');
    expect(deployTarget(prod, { region: '', roleArn: roleIn('aws', prod.env!.account) })).toEqual({
      region: prod.env!.region,
      partition: 'aws',
      audience: 'sts.amazonaws.com',
    });
    expect(deployTarget(stageConfig('dev'), { region: 'eu-west-1', roleArn: roleIn('aws', '210987654321') })).toEqual({
      region: 'eu-west-1',
      partition: 'aws',
      audience: 'sts.amazonaws.com',
    });
  });

  it("refuses a region, role, partition or account that is not the stage's, naming it", () => {
    const cn = stageConfig('cn');
    const account = cn.env!.account;
    expect(() => deployTarget(cn, { region: 'us-east-1', roleArn: roleIn('aws-cn', account) })).toThrow(
      /AWS_REGION us-east-1 is not stage cn's region cn-northwest-1/,
    );
    expect(() => deployTarget(cn, { roleArn: roleIn('aws', account) })).toThrow(
      /AWS_DEPLOY_ROLE_ARN .*partition aws-cn/,
    );
    expect(() => deployTarget(cn, { roleArn: roleIn('aws-cn', '210987654321') })).toThrow(/account 123456789012/);
    expect(() => deployTarget(cn, {})).toThrow(/AWS_DEPLOY_ROLE_ARN ""/);
    expect(() => deployTarget(stageConfig('dev'), { roleArn: roleIn('aws') })).toThrow(/fixes no region/);
  });
});
