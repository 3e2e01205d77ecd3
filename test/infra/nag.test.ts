/**
 * cdk-nag's AWS Solutions pack and CDK's CloudFormation validation as a test, on every stage in
 * its region: cn in cn-northwest-1 (committed) and in cn-north-1, prod in us-east-1, dev without a
 * fixed region. cdk-nag 3 is a policy-validation plugin:
 * `Validations.of(app).addPlugins(new AwsSolutionsChecks(app))` makes `app.synth()` throw
 * `ValidationFailed` on any unacknowledged finding (error or warning). CDK's built-in
 * CloudFormation validation checks each template against the resource schemas of the stack's
 * region (a resource type the region lacks is an error: CloudFormation-Validate::F3006); with
 * cdk.json's `@aws-cdk/core:validateAgainstDefaultRules` its errors fail the synthesis, and any
 * warning is in the report, which must be empty. No CloudFormation validation finding is
 * acknowledged anywhere. Every cdk-nag acknowledgement
 * (`Validations.of(construct).acknowledge({ id, reason })`) must name one rule, or one finding
 * of a rule, on a specific construct, and give a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, Stage, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { CfnIdentityPool } from 'aws-cdk-lib/aws-cognito';
import { parseStageSettings, stageConfig } from '../../infra/config.js';
import { CN } from '../../infra/stages/cn.js';
import type { SubsidyStacks } from '../../infra/app.js';
import { cleanUpSyntheses, synthStage, type SynthesizedStage } from './synth.js';

interface Acknowledgement {
  construct: IConstruct;
  path: string;
  id: string;
  reason: string;
}

function acknowledgements(root: IConstruct): Acknowledgement[] {
  const found: Acknowledgement[] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ construct, path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason });
      }
    }
  }
  return found;
}

/** The cn stage moved to Beijing: its region and its certificate's (the certificate must be in the stage's region). */
const cnBeijing = parseStageSettings(
  {
    ...CN,
    env: { ...CN.env, region: 'cn-north-1' },
    domain: { ...CN.domain, certificateArn: CN.domain.certificateArn.replace('cn-northwest-1', 'cn-north-1') },
  },
  'cn in cn-north-1',
);

const stages: Record<string, SynthesizedStage> = {};
// Eight stacks, checked by cdk-nag and by CloudFormation validation. Neither reads the functions'
// bundles (a template names its asset, whatever is in it), so none is built: bundles.test.ts builds them.
beforeAll(() => {
  const validated = { nag: true, cfnValidation: true } as const;
  stages.dev = synthStage('dev', validated);
  stages.prod = synthStage('prod', validated);
  stages['cn (cn-northwest-1)'] = synthStage('cn', validated);
  stages['cn (cn-north-1)'] = synthStage('cn', { ...validated, config: cnBeijing });
}, 600_000);
afterAll(cleanUpSyntheses);

describe.each(['dev', 'prod', 'cn (cn-northwest-1)', 'cn (cn-north-1)'])(
  'cdk-nag and CloudFormation validation, %s',
  (stage) => {
    it('synthesizes with no unacknowledged finding', () => {
      const synthesized = stages[stage]!;
      // On failure the message is cdk-nag's report: rule, construct path, explanation.
      expect(synthesized.error, String(synthesized.error)).toBeUndefined();
      const report = synthesized.validationReport;
      expect(report, 'validation-report.json written').toBeDefined();
      expect(report!.pluginReports).toEqual([]);
    });

    it('acknowledges no CloudFormation validation finding', () => {
      const found = acknowledgements(stages[stage]!.app).filter((ack) => !ack.id.startsWith('AwsSolutions-'));
      expect(found.map((ack) => `${ack.id} on ${ack.path}`)).toEqual([]);
    });

    it('acknowledges only specific rules on specific constructs, each with a reason', () => {
      const { app } = stages[stage]!;
      const found = acknowledgements(app).filter((ack) => ack.id.startsWith('AwsSolutions-'));
      expect(found.length).toBeGreaterThan(0);
      for (const ack of found) {
        // On a resource (or the construct owning it), never on the app, a stage or a whole stack.
        expect(
          Stage.isStage(ack.construct) || Stack.isStack(ack.construct),
          `${ack.id} acknowledged on ${ack.path || 'the app'}`,
        ).toBe(false);
        // IAM5 only per finding (a resource or action), never the whole rule.
        if (ack.id.startsWith('AwsSolutions-IAM5'))
          expect(ack.id).toMatch(/^AwsSolutions-IAM5\[(Resource|Action)::.+\]$/);
        expect(ack.reason.length, `${ack.id} on ${ack.path}`).toBeGreaterThanOrEqual(40);
      }
      // Printed so that the run shows what is acknowledged and why.
      const summary = new Map<string, { reason: string; paths: string[] }>();
      for (const ack of found) {
        const key = `${ack.id} — ${ack.reason}`;
        const entry = summary.get(key) ?? { reason: ack.reason, paths: [] };
        entry.paths.push(ack.path.split('/').slice(1).join('/'));
        summary.set(key, entry);
      }
      console.log(
        `cdk-nag acknowledgements (${stage}):\n` +
          [...summary.entries()].map(([key, { paths }]) => `  ${key}\n    on ${paths.join(', ')}`).join('\n'),
      );
    });
  },
);

describe('CloudFormation validation per region', () => {
  it('validates a China stage for the other China region too (an identity pool exists in Beijing only)', () => {
    // Validated as `cdk synth` does: Beijing by the stacks' region, Ningxia as the sibling.
    const extend = (stacks: SubsidyStacks) =>
      void new CfnIdentityPool(stacks.stateful, 'BeijingOnly', { allowUnauthenticatedIdentities: false });
    const synthesized = synthStage('cn', { config: cnBeijing, cfnValidation: true, extend });
    expect(String(synthesized.error)).toMatch(/AWS::Cognito::IdentityPool' does not exist in 'cn-northwest-1'/);
    expect(String(synthesized.error)).not.toMatch(/does not exist in 'cn-north-1'/);
  }, 120_000);

  it('fails a stage with a user pool in a China region (the check can fail; settings refuse such a stage before)', () => {
    // prod's settings with cn-north-1 forced past the settings schema: only CDK's validation stands in the way.
    const prodInBeijing = stageConfig('prod', { env: { account: '123456789012', region: 'cn-north-1' } });
    const synthesized = synthStage('prod', { cfnValidation: true, config: prodInBeijing });
    expect(String(synthesized.error)).toMatch(/Resource type 'AWS::Cognito::UserPool' does not exist in 'cn-north-1'/);
  }, 120_000);
});
