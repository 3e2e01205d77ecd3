/**
 * The stage's custom domain (name and ACM certificate, infra/stages/<stage>.ts): a regional API
 * Gateway domain name with the HTTP API's `$default` stage mapped at its root. In China every
 * custom domain needs an ICP filing, and public routes are served only on one. The deployer points
 * the name's DNS at the `ApiDomainTarget` output.
 */
import { CfnOutput } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { ApiMapping, DomainName, type HttpApi, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Construct } from 'constructs';
import type { DomainConfig } from '../stages/settings.js';

/** Maps the API on the domain and answers the API's base URL there (`https://<name>/`). */
export function mapApiDomain(scope: Construct, api: HttpApi, stage: HttpStage, domain: DomainConfig): string {
  const domainName = new DomainName(scope, 'ApiDomain', {
    domainName: domain.name,
    certificate: Certificate.fromCertificateArn(scope, 'ApiCertificate', domain.certificateArn),
  });
  new ApiMapping(scope, 'ApiDomainMapping', { api, domainName, stage });
  new CfnOutput(scope, 'ApiDomainTarget', {
    value: domainName.regionalDomainName,
    description: `DNS target of ${domain.name}: a CNAME to it, or an alias record with ApiDomainHostedZoneId`,
  });
  new CfnOutput(scope, 'ApiDomainHostedZoneId', {
    value: domainName.regionalHostedZoneId,
    description: `Hosted zone id for an alias record of ${domain.name}`,
  });
  return `https://${domain.name}/`;
}
