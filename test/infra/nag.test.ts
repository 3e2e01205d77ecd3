/**
 * cdk-nag's AWS Solutions pack as a test, through cdk-nag 3's policy-validation plugin API:
 * `Validations.of(app).addPlugins(new AwsSolutionsChecks(app))` makes `app.synth()` throw
 * `ValidationFailed` on any unacknowledged finding (error or warning). Every acknowledgement
 * (`Validations.of(construct).acknowledge({ id, reason })`) must name one rule, or one finding
 * of a rule, on a specific construct, and give a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, Stage, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
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

const stages: Record<string, SynthesizedStage> = {};
// Four stacks, each bundled, checked by cdk-nag and by CloudFormation validation: minutes on a busy 2-core machine.
beforeAll(() => {
  stages.dev = synthStage('dev', { nag: true, cfnValidation: true });
  stages.prod = synthStage('prod', { nag: true, cfnValidation: true });
}, 300_000);
afterAll(cleanUpSyntheses);

describe.each(['dev', 'prod'])('cdk-nag AwsSolutionsChecks, %s stage', (stage) => {
  it('synthesizes with no unacknowledged finding', () => {
    const synthesized = stages[stage]!;
    // On failure the message is cdk-nag's report: rule, construct path, explanation.
    expect(synthesized.error, String(synthesized.error)).toBeUndefined();
    const report = synthesized.validationReport;
    expect(report, 'validation-report.json written').toBeDefined();
    expect(report!.pluginReports).toEqual([]);
  });

  it('acknowledges only specific rules on specific constructs, each with a reason', () => {
    const { app } = stages[stage]!;
    const found = acknowledgements(app).filter((ack) => ack.id.startsWith('AwsSolutions-'));
    expect(found.length).toBeGreaterThan(0);
    for (const ack of found) {
      // On a resource (or the construct owning it), never on the app, a stage or a whole stack.
      expect(Stage.isStage(ack.construct) || Stack.isStack(ack.construct), `${ack.id} acknowledged on ${ack.path || 'the app'}`).toBe(false);
      // IAM5 only per finding (a resource or action), never the whole rule.
      if (ack.id.startsWith('AwsSolutions-IAM5')) expect(ack.id).toMatch(/^AwsSolutions-IAM5\[(Resource|Action)::.+\]$/);
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
});
