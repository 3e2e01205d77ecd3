/**
 * The EventBridge Scheduler schedules (shared/contract/resources.ts SCHEDULES) in the stage's own
 * schedule group, so that the scheduler's failure metrics are this stage's. Each invokes its
 * function's `live` alias, and an invocation the scheduler gives up on goes to the schedule's
 * dead-letter queue (`<id>DLQ`, kept 14 days, alarmed) instead of being dropped. Added to the
 * stack itself, so that the schedules' logical ids stay put.
 */
import { Duration, RemovalPolicy, TimeZone, Validations, type Stack } from 'aws-cdk-lib';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { StageConfig } from '../config.js';
import { SCHEDULES, type FunctionName } from '../../shared/contract/resources.js';
import { addFailureQueue } from './failure-queue.js';
import type { SubsidyFunction } from './subsidy-function.js';

interface ScheduleProps {
  id: string;
  description: string;
  definition: { function: FunctionName; expression: string; timeZone: string };
  retryAttempts: number;
  maxEventAge: Duration;
}

const SCHEDULE_PROPS: ScheduleProps[] = [
  {
    id: 'PayoutRunSchedule',
    description: 'Annual operating-cost payout run for the fiscal year just ended (SPEC §6)',
    definition: SCHEDULES.payoutRun,
    retryAttempts: 3,
    maxEventAge: Duration.hours(6),
  },
  {
    id: 'SweeperSchedule',
    description: 'Re-queues applications still SUBMITTED after a threshold (SPEC §7)',
    definition: SCHEDULES.sweeper,
    retryAttempts: 0,
    maxEventAge: Duration.minutes(5),
  },
  {
    id: 'StatisticsReconciliationSchedule',
    description: 'Recounts the statistics from the records; a difference raises an alarm (SPEC §12)',
    definition: SCHEDULES.statisticsReconciliation,
    retryAttempts: 2,
    maxEventAge: Duration.hours(1),
  },
];

export interface SchedulesProps {
  config: StageConfig;
  functions: Record<FunctionName, SubsidyFunction>;
  alarmTopic: ITopic;
}

export function addSchedules(stack: Stack, props: SchedulesProps): ScheduleGroup {
  const { config, functions, alarmTopic } = props;
  const group = new ScheduleGroup(stack, 'Schedules', {
    scheduleGroupName: config.prefix,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  for (const { id, description, definition, retryAttempts, maxEventAge } of SCHEDULE_PROPS) {
    const fn = functions[definition.function];
    const deadLetterQueue = addFailureQueue(stack, `${id}DLQ`, {
      description: `EventBridge Scheduler gave up invoking ${fn.subsidyFunctionName} for ${id}: the invocation is in this queue (README runbook).`,
      alarmTopic,
      removalPolicy: config.removalPolicy,
    });
    Validations.of(deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `This queue is itself a dead-letter queue: the ${id} target's.`,
    });
    const schedule = new Schedule(stack, id, {
      description,
      scheduleGroup: group,
      schedule: ScheduleExpression.expression(definition.expression, TimeZone.of(definition.timeZone)),
      target: new LambdaInvoke(fn.live, {
        input: ScheduleTargetInput.fromObject({ source: 'schedule', scheduledTime: ContextAttribute.scheduledTime }),
        retryAttempts,
        maxEventAge,
        deadLetterQueue,
      }),
    });
    // The group is referenced by its name, a literal: CloudFormation must still create it first.
    schedule.node.addDependency(group);
  }
  return group;
}
