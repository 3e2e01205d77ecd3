/**
 * Handing an event back to the outbox relay: an item of its own whose outbox holds it, so the
 * relay publishes it from the table's stream as it publishes every event, with its eventId, and
 * keeps it again if the bus still refuses it. Only PutItem, so the republishing function's grants
 * stay what its other routes need.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../../../../shared/domain/events/index.js';
import { documentClient } from '../../clients/dynamodb.js';
import { nowIso } from '../../runtime/clock.js';
import { republishKey } from '../items/keys.js';
import { OUTBOX_ATTRIBUTE } from '../items/outbox.js';

/** Writes the item to `table` once per failure-store message (`handBackId`); a second hand-back of the same message writes nothing. */
export async function handBackToRelay(table: string, handBackId: string, event: DomainEvent): Promise<void> {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: table,
        Item: { ...republishKey(handBackId), [OUTBOX_ATTRIBUTE]: [event], handedBackAt: nowIso() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
