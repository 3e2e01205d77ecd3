/**
 * Poison evaluations stop (SPEC §7): an application whose evaluation fails on every receive
 * goes to the DLQ with its message and becomes visible to admins as needing attention; the
 * sweeper leaves it alone; once the cause is fixed, the redrive route sends the DLQ's messages
 * back and the application is decided, its mark gone, its event published once.
 */
import { ChangeMessageVisibilityCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { handler as sweeper } from '../../functions/sweeper/handler.js';
import { EVALUATION_QUEUE } from '../../shared/contract/resources.js';
import { localAws } from '../support/emulators/env.js';
import { admin, caller } from '../support/http-events.js';
import {
  body,
  deleteMessage,
  doc,
  drainQueue,
  eventsAbout,
  evaluate,
  newApplicantId,
  queueUrl,
  rawItem,
  receive,
  receiveAll,
  sendRaw,
  sqs,
  storedApplication,
  submit,
  tableName,
} from './write-path.js';

const adminCall = caller(adminApi);
const dlqUrl = localAws().resources.queues[EVALUATION_QUEUE.id]!.dlqUrl;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('an evaluation that keeps failing', () => {
  it('is dead-lettered, needs attention, is left alone by the sweeper, and is decided after a redrive', async () => {
    const applicantId = newApplicantId();
    const { body: accepted } = await submit(applicantId, body('AI_ACTIVITY'));
    const { applicationId } = accepted;
    const key = { pk: `APP#${applicationId}`, sk: 'APP' };
    // The cause: stored details the policy cannot read (as a bad migration would leave them); old enough for the sweeper.
    const original = (await rawItem(key.pk, key.sk))!;
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET details = :broken, gsi2sk = :old',
        ExpressionAttributeValues: {
          ':broken': { activityType: 'NO_SUCH_KIND' },
          ':old': `${minutesAgo(30)}#${applicationId}`,
        },
      }),
    );
    // The relay's message carries the application as submitted (it would succeed); the sweeper's and a
    // redrive's carry the id only, and the evaluator then reads the stored, broken details.
    const [queued] = await receiveAll(1);
    await deleteMessage(queued!);
    await sendRaw(JSON.stringify({ applicationId }));

    for (let receives = 1; receives <= EVALUATION_QUEUE.maxReceiveCount; receives++) {
      const messages = await receiveAll(1);
      expect((await evaluate(messages)).batchItemFailures).toHaveLength(1);
      // Stand-in for the visibility timeout running out.
      await sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: queueUrl,
          ReceiptHandle: messages[0]!.ReceiptHandle!,
          VisibilityTimeout: 0,
        }),
      );
    }
    expect(await receive()).toEqual([]);
    const dead = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    expect(dead.Messages?.map((message) => JSON.parse(message.Body!).applicationId)).toEqual([applicationId]);
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: dlqUrl,
        ReceiptHandle: dead.Messages![0]!.ReceiptHandle!,
        VisibilityTimeout: 0,
      }),
    );

    // Visible to admins, with what happened; not to the applicant.
    const attention = await adminCall('GET /v1/admin/applications', { as: admin(), query: { needsAttention: 'true' } });
    expect(attention.status).toBe(200);
    expect(attention.body.items).toEqual([
      expect.objectContaining({
        applicationId,
        status: 'SUBMITTED',
        needsAttention: expect.objectContaining({ receives: EVALUATION_QUEUE.maxReceiveCount }),
      }),
    ]);
    // The sweeper does not undo the DLQ.
    expect(await sweeper({ source: 'schedule' })).toMatchObject({ requeued: 0 });
    expect(await receive()).toEqual([]);

    // The cause is fixed; the redrive moves the message back; the evaluation succeeds.
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET details = :details',
        ExpressionAttributeValues: { ':details': original.details },
      }),
    );
    const redrive = await adminCall('POST /v1/admin/evaluation-redrive', { as: admin() });
    expect(redrive).toMatchObject({ status: 200, body: { moved: 1 } });
    await drainQueue(applicationId);
    const decided = await storedApplication(applicationId);
    expect(decided).toMatchObject({ status: 'NEEDS_REVIEW' });
    expect((await rawItem(key.pk, key.sk))!.needsAttention).toBeUndefined();
    expect(await eventsAbout(applicationId, 'ApplicationEvaluated')).toHaveLength(1);
    const again = await adminCall('GET /v1/admin/applications', { as: admin(), query: { needsAttention: 'true' } });
    expect(again.body.items).toEqual([]);
  });
});
