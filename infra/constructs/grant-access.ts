/**
 * Turns a function's entry of the access manifest (infra/function-access.ts) into IAM
 * statements on its role: named actions on named resources only (no `index/*`, no wildcard
 * action), and PutEvents conditioned on the event source.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { FunctionAccess, QueueId, TableId } from '../function-access.js';
import { EVENT_SOURCE } from '../resources.js';

export interface AccessTargets {
  tables: Record<TableId, ITable>;
  queues: Record<QueueId, { queue: IQueue; deadLetterQueue: IQueue }>;
  eventBus: IEventBus;
}

export function grantAccess(grantee: IGrantable, access: FunctionAccess, targets: AccessTargets): void {
  const allow = (actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions, resources, ...(conditions ? { conditions } : {}) }));
  for (const [id, table] of Object.entries(access.tables) as Array<[TableId, NonNullable<FunctionAccess['tables'][TableId]>]>) {
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
  for (const queue of access.drains ?? []) allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], [targets.queues[queue].deadLetterQueue.queueArn]);
  if (access.publishes) allow(['events:PutEvents'], [targets.eventBus.eventBusArn], { StringEquals: { 'events:source': EVENT_SOURCE } });
}
