/**
 * Turns a function's entry of the access manifest (shared/contract/function-access.ts) into IAM
 * statements on its role: named actions on named resources only (no `index/*`, no wildcard
 * action), and PutEvents conditioned on the event source.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { BucketId, FunctionAccess, QueueId, TableId } from '../../shared/contract/function-access.js';
import { BUCKETS, EVENT_SOURCE } from '../../shared/contract/resources.js';

export interface AccessTargets {
  tables: Record<TableId, ITable>;
  queues: Record<QueueId, { queue: IQueue; deadLetterQueue: IQueue }>;
  eventBus: IEventBus;
  buckets: Record<BucketId, IBucket>;
  unpublishedEvents: IQueue;
}

export function grantAccess(grantee: IGrantable, access: FunctionAccess, targets: AccessTargets): void {
  const allow = (actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions, resources, ...(conditions ? { conditions } : {}) }),
    );
  for (const [id, table] of Object.entries(access.tables) as Array<
    [TableId, NonNullable<FunctionAccess['tables'][TableId]>]
  >) {
    const { tableArn } = targets.tables[id];
    allow(
      table.actions.map((action) => `dynamodb:${action}`),
      [tableArn],
    );
    if (table.indexes?.length)
      allow(
        ['dynamodb:Query'],
        table.indexes.map((index) => `${tableArn}/index/${index}`),
      );
  }
  for (const queue of access.sendsTo ?? []) allow(['sqs:SendMessage'], [targets.queues[queue].queue.queueArn]);
  for (const queue of access.drains ?? [])
    allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], [targets.queues[queue].deadLetterQueue.queueArn]);
  for (const [id, actions] of Object.entries(access.buckets ?? {}) as Array<[BucketId, string[]]>) {
    const prefix = BUCKETS.find((bucket) => bucket.id === id)!.objectPrefix;
    allow(
      actions.map((action) => `s3:${action}`),
      [targets.buckets[id].arnForObjects(`${prefix}*`)],
    );
  }
  if (access.unpublishedEvents === 'keeps') allow(['sqs:SendMessage'], [targets.unpublishedEvents.queueArn]);
  if (access.unpublishedEvents === 'republishes')
    allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], [targets.unpublishedEvents.queueArn]);
  if (access.publishes)
    allow(['events:PutEvents'], [targets.eventBus.eventBusArn], { StringEquals: { 'events:source': EVENT_SOURCE } });
}
