/**
 * CDK's CloudFormation validation checks each stack against the resource schemas of the stack's
 * own region. A China stage may move between the two China regions by changing only its region
 * (cn-northwest-1 Ningxia, cn-north-1 Beijing), so its templates are validated against the other
 * one as well, in the same synthesis: `npx cdk synth -c stage=cn` fails on a finding in either.
 */
import {
  CloudFormationValidatePlugin,
  Validations,
  type App,
  type IPolicyValidationContext,
  type IPolicyValidationPlugin,
  type PolicyValidationPluginReport,
} from 'aws-cdk-lib';
import { partitionOf } from './stages/regions.js';

/** The China regions a stage of the aws-cn partition may deploy to. */
export const CHINA_REGIONS = ['cn-northwest-1', 'cn-north-1'] as const;

/**
 * CDK's own validator, the one instance it keeps for the process and validates the stage's region
 * with: an engine takes seconds to start (a second instance started one of its own), and is reused
 * while the templates' resource types are ones it has loaded, as they are for a sibling region.
 */
const validator = (): CloudFormationValidatePlugin => CloudFormationValidatePlugin._singletonInstance();

class RegionValidation implements IPolicyValidationPlugin {
  readonly name: string;

  constructor(private readonly region: string) {
    this.name = `CloudFormation Validate (${region})`;
  }

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const stackTemplates = context.stackTemplates.map((stack) => ({ ...stack, region: this.region }));
    return validator().validate({ ...context, region: this.region, stackTemplates });
  }
}

/** For a stage in a China region, also validates its templates against the other China region. */
export function validateSiblingRegions(app: App, region: string | undefined): void {
  if (!region || partitionOf(region) !== 'aws-cn') return;
  const siblings = CHINA_REGIONS.filter((other) => other !== region);
  Validations.of(app).addPlugins(...siblings.map((other) => new RegionValidation(other)));
}
