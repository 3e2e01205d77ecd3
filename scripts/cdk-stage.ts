/**
 * `npm run deploy -- --stage <stage> [cdk options]` and `npm run diff -- --stage <stage> [...]`:
 * the CDK CLI on both stacks of one stage, stateful first. The stage is required (no default),
 * so a forgotten flag cannot deploy dev settings; its settings are the committed
 * infra/stages/<stage>.ts. A deploy writes the stacks' outputs (ApiUrl, DocsUrl, UserPoolId,
 * UserPoolClientId, EventBusArn) to cdk.out/outputs-<stage>.json as well as printing them.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { STAGES } from '../infra/stages/settings.js';

const COMMANDS = ['deploy', 'diff'] as const;
const [command, ...rest] = process.argv.slice(2);
const { values, tokens } = parseArgs({ args: rest, options: { stage: { type: 'string' } }, strict: false, tokens: true });
const stage = values.stage;
if (!(COMMANDS as readonly (string | undefined)[]).includes(command) || !(STAGES as readonly unknown[]).includes(stage)) {
  process.stderr.write(`usage: npm run ${COMMANDS.join('|')} -- --stage ${STAGES.join('|')} [cdk options]\n`);
  process.exit(2);
}
// Everything but --stage goes to the CDK CLI unchanged.
const stageArgs = new Set(
  tokens.flatMap((token) => (token.kind === 'option' && token.name === 'stage' ? [token.index, token.index + (token.inlineValue ? 0 : 1)] : [])),
);
const passed = rest.filter((_, index) => !stageArgs.has(index));
const outputs = command === 'deploy' ? ['--outputs-file', `cdk.out/outputs-${String(stage)}.json`] : [];
const result = spawnSync('npx', ['cdk', command!, '--all', '-c', `stage=${String(stage)}`, ...outputs, ...passed], { stdio: 'inherit' });
process.exit(result.status ?? 1);
