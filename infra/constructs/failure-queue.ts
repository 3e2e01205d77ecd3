/**
 * A queue that only holds failures (a DLQ, an on-failure destination, the relay's failure store):
 * encrypted, TLS only, kept `retentionDays` (14: SQS's longest), retained with the stage's data,
 * and alarmed as soon as it holds anything, and again when it is worked down. Its alarm's id is
 * `<id>Alarm`, with a README runbook entry.
 */
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { addAlarm } from './alarm.js';

export interface FailureQueueProps {
  /** What its messages are and what to do (the alarm's description). */
  description: string;
  alarmTopic: ITopic;
  removalPolicy: RemovalPolicy;
  /** Default 14. */
  retentionDays?: number;
  visibilityTimeout?: Duration;
}

export function addFailureQueue(scope: Construct, id: string, props: FailureQueueProps): Queue {
  const queue = new Queue(scope, id, {
    retentionPeriod: Duration.days(props.retentionDays ?? 14),
    removalPolicy: props.removalPolicy,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    ...(props.visibilityTimeout ? { visibilityTimeout: props.visibilityTimeout } : {}),
  });
  addAlarm(scope, `${id}Alarm`, props.alarmTopic, {
    description: props.description,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
    notifyOk: true,
  });
  return queue;
}
