/**
 * An application whose evaluation keeps failing (on the evaluation queue's last allowed receive,
 * its message then going to the DLQ; or after the sweeper's last re-queue) is marked
 * `needsAttention` `{since, receives, error}` (the error's name only: no personal data), while
 * still SUBMITTED. Admins find it with `GET /v1/admin/applications?needsAttention=true`; the
 * sweeper skips it; the mark ends with the application's next transition (transitionUpdate
 * removes it) or a redrive.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { nowIso } from '../../runtime/clock.js';
import { count } from '../../runtime/metrics.js';
import { applicationKey } from '../items/keys.js';
import { NEEDS_ATTENTION } from '../items/application-item.js';

/**
 * Updates an application only while it is SUBMITTED and not needing attention (`#attention` and
 * `#status` are bound here); false when it is unknown or has moved on.
 */
export async function updateWhileAwaitingEvaluation(
  table: string,
  applicationId: string,
  update: string,
  values: Record<string, unknown>,
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: table,
        Key: applicationKey(applicationId),
        UpdateExpression: update,
        ConditionExpression: '#status = :submitted AND attribute_not_exists(#attention)',
        ExpressionAttributeNames: { '#attention': NEEDS_ATTENTION, '#status': 'status' },
        ExpressionAttributeValues: { ...values, ':submitted': 'SUBMITTED' },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function markNeedsAttention(
  table: string,
  applicationId: string,
  receives: number,
  error: Pick<Error, 'name'>,
): Promise<void> {
  const attention = { since: nowIso(), receives, error: error.name };
  // Unknown, no longer SUBMITTED or already marked: nothing to mark; the message still goes to the DLQ.
  if (
    await updateWhileAwaitingEvaluation(table, applicationId, 'SET #attention = :attention', {
      ':attention': attention,
    })
  ) {
    count({ ApplicationsNeedingAttention: 1 });
  }
}

/** Counts one more sweep of an application awaiting evaluation; false when it moved on meanwhile. */
export const countSweep = (table: string, applicationId: string) =>
  updateWhileAwaitingEvaluation(table, applicationId, 'ADD sweeps :one', { ':one': 1 });
