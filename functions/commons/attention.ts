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
import { applicationKey } from './application-item.js';
import { documentClient } from './clients/dynamodb.js';
import { nowIso } from './clock.js';
import { count } from './metrics.js';
import { NEEDS_ATTENTION, tableName } from './transactions.js';

export async function markNeedsAttention(applicationId: string, receives: number, error: Pick<Error, 'name'>): Promise<void> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: applicationKey(applicationId),
        UpdateExpression: 'SET #attention = :attention',
        ConditionExpression: '#status = :submitted',
        ExpressionAttributeNames: { '#attention': NEEDS_ATTENTION, '#status': 'status' },
        ExpressionAttributeValues: { ':attention': { since: nowIso(), receives, error: error.name }, ':submitted': 'SUBMITTED' },
      }),
    );
    count({ ApplicationsNeedingAttention: 1 });
  } catch (markError) {
    // Unknown or no longer SUBMITTED: nothing to mark; the message still goes to the DLQ.
    if (!(markError instanceof ConditionalCheckFailedException)) throw markError;
  }
}
