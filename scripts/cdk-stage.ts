/**
 * `npm run deploy -- --stage <stage> [cdk options]` and `npm run diff -- --stage <stage> [...]`:
 * the CDK CLI on both stacks of one stage, stateful first. The stage is required (no default),
 * so a forgotten flag cannot deploy dev settings; its settings are the committed
 * infra/stages/<stage>.ts. A deploy writes the stacks' outputs (ApiUrl, DocsUrl, UserPoolId,
 * UserPoolClientId, EventBusArn) to cdk.out/outputs-<stage>.json as well as printing them.
 * A diff without AWS credentials (offline) still synthesizes and validates the stage, and shows
 * each stack against an empty template: everything as added.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stackName } from '../infra/app.js';
import { STAGES, type StageName } from '../infra/stages/settings.js';

const COMMANDS = ['deploy', 'diff'] as const;
const [command, ...rest] = process.argv.slice(2);
const { values, tokens } = parseArgs({
  args: rest,
  options: { stage: { type: 'string' } },
  strict: false,
  tokens: true,
});
const stage = values.stage;
if (
  !(COMMANDS as readonly (string | undefined)[]).includes(command) ||
  !(STAGES as readonly unknown[]).includes(stage)
) {
  process.stderr.write(`usage: npm run ${COMMANDS.join('|')} -- --stage ${STAGES.join('|')} [cdk options]\n`);
  process.exit(2);
}
// Everything but --stage goes to the CDK CLI unchanged.
const stageArgs = new Set(
  tokens.flatMap((token) =>
    token.kind === 'option' && token.name === 'stage' ? [token.index, token.index + (token.inlineValue ? 0 : 1)] : [],
  ),
);
const passed = rest.filter((_, index) => !stageArgs.has(index));
const context = ['-c', `stage=${String(stage)}`];

if (command === 'deploy') {
  const result = spawnSync(
    'npx',
    ['cdk', 'deploy', '--all', ...context, '--outputs-file', `cdk.out/outputs-${String(stage)}.json`, ...passed],
    {
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
}

// `cdk diff` compares every stack of the app (it has no --all); its output is passed on as it comes.
const online = spawnSync('npx', ['cdk', 'diff', ...context, ...passed], {
  stdio: ['inherit', 'inherit', 'pipe'],
  encoding: 'utf8',
});
process.stderr.write(online.stderr);
if (online.status === 0 || !/no credentials have been configured|Unable to resolve AWS account/.test(online.stderr))
  process.exit(online.status ?? 1);

process.stderr.write(
  '\nNo AWS credentials: the stage was synthesized and validated (cdk.out); each stack against an empty template:\n',
);
const empty = join(mkdtempSync(join(tmpdir(), 'cdk-diff-')), 'empty.template.json');
writeFileSync(empty, '{"Resources":{}}');
for (const part of ['Stateful', 'Stateless'] as const) {
  const name = stackName({ stage: stage as StageName }, part);
  const offline = spawnSync(
    'npx',
    ['cdk', 'diff', '--app', 'cdk.out', '--exclusively', name, '--template', empty, ...passed],
    { stdio: 'inherit' },
  );
  if (offline.status !== 0) process.exit(offline.status ?? 1);
}
