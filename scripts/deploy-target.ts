/**
 * `npm run --silent deploy-target -- --stage <stage> --region <AWS_REGION> --role <AWS_DEPLOY_ROLE_ARN>`:
 * prints the stage's deploy target as `name=value` lines (region, partition, audience) for the
 * pipeline's `$GITHUB_OUTPUT` (infra/stages/deploy-target.ts); exits 1 naming the setting when the
 * environment's variables disagree with the stage's committed settings.
 */
import { parseArgs } from 'node:util';
import { stageConfig } from '../infra/config.js';
import { deployTarget } from '../infra/stages/deploy-target.js';
import { STAGES, type StageName } from '../infra/stages/settings.js';

const { values } = parseArgs({
  options: { stage: { type: 'string' }, region: { type: 'string' }, role: { type: 'string' } },
});
if (!(STAGES as readonly unknown[]).includes(values.stage)) {
  process.stderr.write(`usage: npm run deploy-target -- --stage ${STAGES.join('|')} --region <region> --role <arn>\n`);
  process.exit(2);
}
try {
  const target = deployTarget(stageConfig(values.stage as StageName), {
    ...(values.region ? { region: values.region } : {}),
    ...(values.role ? { roleArn: values.role } : {}),
  });
  process.stdout.write(
    Object.entries(target)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
