/**
 * Where the pipeline deploys a stage (.github/workflows/deploy-stage.yml): its region and
 * partition, and the audience GitHub's OIDC token must carry for that partition's STS —
 * `sts.amazonaws.com`, or `sts.amazonaws.com.cn` in AWS China (configure-aws-credentials'
 * `audience`; the China account's OIDC provider and role trust that one). A stage that fixes its
 * region (prod, cn) takes it from its committed settings: the GitHub environment's `AWS_REGION`
 * must then agree, and the deploy role must be an IAM role of the stage's account in its
 * partition, so a China stage is never deployed with a global role or region, nor the reverse.
 */
import type { StageConfig } from '../config.js';
import { partitionOf, type Partition } from './regions.js';

export interface DeployTarget {
  region: string;
  partition: Partition;
  /** The OIDC token's audience the partition's STS accepts. */
  audience: string;
}

const STS_AUDIENCE: Record<Partition, string> = { aws: 'sts.amazonaws.com', 'aws-cn': 'sts.amazonaws.com.cn' };

/** The stage's target from its settings and the environment's variables; throws naming what disagrees. */
export function deployTarget(
  { stage, env }: Pick<StageConfig, 'stage' | 'env'>,
  given: { region?: string; roleArn?: string },
): DeployTarget {
  const region = env?.region ?? given.region;
  if (!region) throw new Error(`stage ${stage} fixes no region: set AWS_REGION in its GitHub environment`);
  if (env && given.region && given.region !== env.region)
    throw new Error(
      `AWS_REGION ${given.region} is not stage ${stage}'s region ${env.region} (infra/stages/${stage}.ts)`,
    );
  const partition = partitionOf(region);
  const role = new RegExp(`^arn:${partition}:iam::${env ? env.account : '\\d{12}'}:role/[\\w+=,.@/-]+$`);
  if (!given.roleArn || !role.test(given.roleArn))
    throw new Error(
      `AWS_DEPLOY_ROLE_ARN ${JSON.stringify(given.roleArn ?? '')} is not an IAM role ARN of ${env ? `account ${env.account}` : 'an account'} in partition ${partition}`,
    );
  return { region, partition, audience: STS_AUDIENCE[partition] };
}
