/**
 * The one shape of this project's alarms: "more than `threshold`" over the given periods, no
 * data is fine (an idle stage is healthy), and the stage's alarm topic is told. Every alarm has
 * a runbook entry in the README (Operations → Runbook) under its construct id.
 */
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

export interface SubsidyAlarmProps {
  /** What it means and where to look; shown in the notification. */
  description: string;
  metric: IMetric;
  /** Alarm above this value (default 0: any occurrence). */
  threshold?: number;
  /** Consecutive breaching periods (default 1). */
  evaluationPeriods?: number;
  /** Also notify when it clears (for alarms an operator works down, like a DLQ). */
  notifyOk?: boolean;
}

export function addAlarm(scope: Construct, id: string, topic: ITopic, props: SubsidyAlarmProps): Alarm {
  const alarm = new Alarm(scope, id, {
    alarmDescription: props.description,
    metric: props.metric,
    threshold: props.threshold ?? 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: props.evaluationPeriods ?? 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const action = new SnsAction(topic);
  alarm.addAlarmAction(action);
  if (props.notifyOk) alarm.addOkAction(action);
  return alarm;
}
