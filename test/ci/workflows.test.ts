/**
 * The delivery pipeline (SPEC §10.2) as GitHub would read it: every workflow in .github/workflows
 * parses with GitHub's own parser (@actions/workflow-parser) without an error, and calls only npm
 * scripts that package.json defines and the README documents (`npm run <script>`), so what CI
 * and the deploys run is what a developer runs. Also what the pipeline must do: pull requests
 * run .ci/run; main deploys dev, then prod, each in its GitHub environment, with OIDC credentials
 * from the environment (no stored keys) and the CDK diff in the job summary first.
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

  it('deploys main to dev, then prod, each in its environment (prod behind required reviewers)', async () => {
    const deploy = await parsed('deploy.yml');
    expect(JSON.stringify(deploy.events)).toMatch(/"push".*"main"/);
    const byId = Object.fromEntries(deploy.jobs.map((job) => [job.id.value, job]));
    expect(Object.keys(byId)).toEqual(['test', 'dev', 'prod']);
    expect(byId.dev!.needs?.map((need) => need.value)).toEqual(['test']);
    expect(byId.prod!.needs?.map((need) => need.value)).toEqual(['dev']);
    expect(text('deploy.yml')).toMatch(/dev:[\s\S]*stage: dev[\s\S]*prod:[\s\S]*stage: prod/);
    expect(text('deploy-stage.yml')).toContain('environment: ${{ inputs.stage }}');
  });

  it('takes AWS credentials by OIDC from the environment, shows the CDK diff in the summary, then deploys', async () => {
    const stage = text('deploy-stage.yml');
    expect(stage).toContain('id-token: write');
    expect(stage).toMatch(
      /uses: aws-actions\/configure-aws-credentials@v\d+[\s\S]*role-to-assume: \$\{\{ vars\.AWS_DEPLOY_ROLE_ARN \}\}/,
    );
    expect(stage).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\.AWS/);
    const runs = runScripts(await parsed('deploy-stage.yml'));
    const diff = runs.findIndex(
      (run) => run.includes('npm run --silent diff -- --stage') && run.includes('$GITHUB_STEP_SUMMARY'),
    );
    const deploy = runs.findIndex((run) => run.includes('npm run --silent deploy -- --stage'));
    expect(diff).toBeGreaterThanOrEqual(0);
    expect(deploy).toBeGreaterThan(diff);
  });
});
