/**
 * Synthesizes one stage of the CDK app in-process, with the feature flags of cdk.json, into a
 * directory of its own; real esbuild bundling only with `bundle: true` (bundling happens when the
 * stacks are constructed and takes most of a synthesis: only bundles.test.ts reads the bundles).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { addNagChecks, addStage, type SubsidyStacks } from '../../infra/app.js';
import { validateSiblingRegions } from '../../infra/sibling-region-validation.js';
import { stageConfig, type StageConfig } from '../../infra/config.js';
import type { StageName } from '../../infra/stages/settings.js';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';

export interface SynthesizedStage extends SubsidyStacks {
  app: App;
  config: StageConfig;
  outdir: string;
  /** Undefined when synthesis threw (only possible with `nag: true`); then `error` is set. */
  assembly?: CloudAssembly;
  error?: unknown;
  /** validation-report.json as written by this synthesis (read at once: the directory may be shared). */
  validationReport?: { pluginReports: unknown[] };
  templates: { stateful: Template; stateless: Template };
}

const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> }).context ??
  {};

const outdirs: string[] = [];

function newOutdir(stage: StageName): string {
  const dir = mkdtempSync(join(tmpdir(), `cdk-${stage}-`));
  outdirs.push(dir);
  return dir;
}

export interface SynthOptions {
  /** Register cdk-nag's AwsSolutionsChecks as a validation plugin. */
  nag?: boolean;
  /**
   * CDK's built-in CloudFormation template validation (on in `cdk synth`; its findings are
   * warnings). Its engine takes seconds to start in a process, so it runs only where asked (the nag test).
   */
  cfnValidation?: boolean;
  /** Bundle the functions with esbuild (default false: the assets are named, not built). */
  bundle?: boolean;
  config?: Partial<StageConfig>;
  /** Adds to the stacks before synthesis (a resource a test wants validated). */
  extend?: (stacks: SubsidyStacks) => void;
}

export function synthStage(stage: StageName, options: SynthOptions = {}): SynthesizedStage {
  const outdir = newOutdir(stage);
  const app = new App({
    outdir,
    builtinCloudFormationValidation: options.cfnValidation ?? false,
    context: {
      ...cdkJsonContext(),
      stage,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const config = stageConfig(stage, options.config);
  const stacks = addStage(app, config);
  options.extend?.(stacks);
  // The same registrations as infra/app.ts: Validations.of(app).addPlugins(new AwsSolutionsChecks(app)), and a China stage validated for both China regions.
  if (options.nag) addNagChecks(app);
  if (options.cfnValidation) validateSiblingRegions(app, config.env?.region);
  let assembly: CloudAssembly | undefined;
  let error: unknown;
  let validationReport: SynthesizedStage['validationReport'];
  try {
    assembly = app.synth();
    const reportFile = join(assembly.directory, 'validation-report.json');
    if (existsSync(reportFile))
      validationReport = JSON.parse(readFileSync(reportFile, 'utf8')) as SynthesizedStage['validationReport'];
  } catch (caught) {
    error = caught;
  }
  const lazy = (stack: SubsidyStacks[keyof SubsidyStacks]) => {
    let template: Template | undefined;
    return () => (template ??= Template.fromStack(stack));
  };
  const stateful = lazy(stacks.stateful);
  const stateless = lazy(stacks.stateless);
  return {
    ...stacks,
    app,
    config,
    outdir,
    ...(assembly ? { assembly } : {}),
    ...(error ? { error } : {}),
    ...(validationReport ? { validationReport } : {}),
    templates: {
      get stateful() {
        return stateful();
      },
      get stateless() {
        return stateless();
      },
    },
  };
}

const shared = new Map<StageName, SynthesizedStage>();

/**
 * The stage as synthStage builds it with no options, synthesized once per worker process and
 * shared by the files that only read it (stacks, drift, event-schemas): the unit project runs its
 * files one after another in each worker without isolating them (vitest.config.ts). Its assembly
 * outlives cleanUpSyntheses, until the worker exits. Add nothing to what it returns: a test that
 * changes a stage synthesizes its own (synthStage).
 */
export function sharedStage(stage: StageName): SynthesizedStage {
  const found = shared.get(stage);
  if (found) return found;
  const synthesized = synthStage(stage);
  outdirs.splice(outdirs.indexOf(synthesized.outdir), 1);
  if (shared.size === 0)
    process.once('exit', () => {
      for (const { outdir } of shared.values()) rmSync(outdir, { recursive: true, force: true });
    });
  shared.set(stage, synthesized);
  return synthesized;
}

/** Removes the cloud assemblies written by synthStage (call in afterAll). */
export function cleanUpSyntheses(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
