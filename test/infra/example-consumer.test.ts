/**
 * The example consumer's CDK construct (examples/consumer/construct.ts) synthesizes what the
 * README promises: on the platform's bus, a rule with exactly the pattern the local bus runs,
 * targeting the consumer's function with retries and a dead-letter queue, and the claims table
 * the function may write.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { AwardNoticesConsumer } from '../../examples/consumer/construct.js';
import { AWARD_EVENTS_PATTERN } from '../../examples/consumer/pattern.js';

const BUS_ARN = 'arn:aws:events:cn-north-1:123456789012:event-bus/lingang-ai-subsidy-prod';

describe('AwardNoticesConsumer', () => {
  // What the template says, read as it is synthesized: the function's asset is named, not bundled
  // (test/local/example-consumer.test.ts runs the handler), and CloudFormation validation is off:
  // its engine takes seconds to start, and without cdk.json's flags this app would only print its findings.
  const app = new App({ builtinCloudFormationValidation: false, context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Integrator', { env: { account: '123456789012', region: 'cn-north-1' } });
  new AwardNoticesConsumer(stack, 'AwardNotices', { eventBusArn: BUS_ARN });
  const template = Template.fromStack(stack);

  it('puts a rule with the example pattern on the platform’s bus, targeting the function with retries and a DLQ', () => {
    const [rule] = Object.values(template.findResources('AWS::Events::Rule')) as Array<{
      Properties: Record<string, any>;
    }>;
    expect(rule!.Properties.EventPattern).toEqual(AWARD_EVENTS_PATTERN);
    expect(rule!.Properties.EventBusName).toBe('lingang-ai-subsidy-prod');
    expect(rule!.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^AwardNoticesHandler/), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^AwardNoticesDeadLetters/), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
      }),
    ]);
  });

  it('gives the function its claims table, which it may only put to and delete from', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Environment: { Variables: { DEDUPE_TABLE: { Ref: Match.stringLikeRegexp('^AwardNoticesClaims') } } },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] })]),
      },
    });
  });
});
