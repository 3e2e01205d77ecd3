/**
 * The evaluate function under SQS semantics: redelivery, withdrawal before evaluation, poison
 * messages, and claims racing for the last of a cap.
 */
import { ChangeMessageVisibilityCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { SQSEvent } from 'aws-lambda';
import { handler as evaluateHandler } from '../../functions/evaluate-application/handler.js';
import { dynamoDb } from '../../functions/commons/clients/dynamodb.js';
import { lambdaContext } from '../../infra/local/lambda-context.js';
import { EVALUATION_QUEUE } from '../../shared/contract/resources.js';
import { localAws } from '../support/emulators/env.js';
import {
  applicantItems,
  awardedFen,
  body,
  certify,
  deleteMessage,
  doc,
  evaluate,
  eventsAbout,
  newApplicantId,
  queueUrl,
  receive,
  receiveAll,
  seedAward,
  sendRaw,
  sqs,
  sqsRecord,
  storedApplication,
  submit,
  tableName,
} from './write-path.js';

describe('redelivery', () => {
  it('a redelivered message changes nothing and publishes nothing more', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    const { body: accepted } = await submit(applicantId, body('OSP_RND'));
    const [message] = await receiveAll(1);
    const event: SQSEvent = { Records: [sqsRecord(message!)] };

    expect(await evaluateHandler(event, lambdaContext('evaluate-application'))).toEqual({ batchItemFailures: [] });
    const first = await storedApplication(accepted.applicationId);
    const lockAfterFirst = await applicantItems(applicantId);
    // The same message again (Lambda crashed before deleting it), then the same body sent anew.
    expect(await evaluateHandler(event, lambdaContext('evaluate-application'))).toEqual({ batchItemFailures: [] });
    await deleteMessage(message!);
    await sendRaw(message!.Body!);
    // The message sent anew, waited for (not a first empty read) and handled.
    const [again] = await receiveAll(1);
    expect(again!.Body).toBe(message!.Body);
    expect((await evaluate([again!])).batchItemFailures).toEqual([]);

    expect(await storedApplication(accepted.applicationId)).toEqual(first);
    expect(await applicantItems(applicantId)).toEqual(lockAfterFirst);
    const events = await eventsAbout(accepted.applicationId, 'ApplicationEvaluated');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({
      applicationId: accepted.applicationId,
      outcome: first!.decision!.outcome,
      amount: first!.decision!.amount,
    });
  });

  it('an application withdrawn before evaluation is acknowledged and left alone', async () => {
    const applicantId = newApplicantId();
    const { body: accepted } = await submit(applicantId, body('AI_ACTIVITY'));
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `APP#${accepted.applicationId}`, sk: 'APP' },
        UpdateExpression: 'SET #status = :withdrawn',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':withdrawn': 'WITHDRAWN' },
      }),
    );
    // Its one message, waited for: it stays WITHDRAWN, so "decided" would not say its message was handled.
    const [message] = await receiveAll(1);
    expect(message!.Body).toContain(accepted.applicationId);
    expect((await evaluate([message!])).batchItemFailures).toEqual([]);
    const stored = await storedApplication(accepted.applicationId);
    expect(stored!.status).toBe('WITHDRAWN');
    expect(stored!.decision).toBeUndefined();
    expect(await eventsAbout(accepted.applicationId, 'ApplicationEvaluated')).toEqual([]);
  });
});

describe("the applicant's history", () => {
  /** The Query requests the handlers' client sends while `work` runs. */
  async function queriesDuring(work: () => Promise<unknown>): Promise<number> {
    let queries = 0;
    const name = 'countQueries';
    dynamoDb.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'QueryCommand') queries++;
        return next(args);
      },
      { step: 'initialize', name, override: true },
    );
    try {
      await work();
    } finally {
      dynamoDb.middlewareStack.remove(name);
    }
    return queries;
  }

  it('is read for a programme whose rules read it, and not for one whose rules never do', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    const { body: activity } = await submit(applicantId, body('AI_ACTIVITY'));
    const { body: rnd } = await submit(applicantId, body('OSP_RND'));
    const messages = await receiveAll(2);
    const messageOf = (applicationId: string) => messages.find((message) => message.Body!.includes(applicationId))!;

    expect(await queriesDuring(() => evaluate([messageOf(activity.applicationId)]))).toBe(0);
    expect(await queriesDuring(() => evaluate([messageOf(rnd.applicationId)]))).toBeGreaterThan(0);
    expect((await storedApplication(activity.applicationId))!.status).toBe('NEEDS_REVIEW');
    expect((await storedApplication(rnd.applicationId))!.status).toBe('ELIGIBLE');
  });
});

describe('poison messages', () => {
  it('malformed bodies and unknown applications fail one by one; the rest of the batch succeeds', async () => {
    const applicantId = newApplicantId();
    const { body: accepted } = await submit(applicantId, body('AI_ACTIVITY'));
    await sendRaw('not json');
    await sendRaw(JSON.stringify({ applicationId: 42 }));
    await sendRaw(JSON.stringify({ applicationId: 'no-such-application' }));
    const messages = await receiveAll(4);

    const response = await evaluate(messages);
    const good = messages.find((message) => message.Body!.includes(accepted.applicationId))!;
    const failed = response.batchItemFailures.map((failure) => failure.itemIdentifier).sort();
    expect(failed).toEqual(
      messages
        .filter((message) => message !== good)
        .map((message) => message.MessageId)
        .sort(),
    );
    expect((await storedApplication(accepted.applicationId))!.status).toBe('NEEDS_REVIEW');
    // Left for redelivery (and the DLQ after maxReceiveCount); removed here to keep the queue clean.
    await Promise.all(messages.filter((message) => message !== good).map(deleteMessage));
  });

  it('a poison message reaches the DLQ after maxReceiveCount receives', async () => {
    await sendRaw('{"applicationId":');
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
    const dlqUrl = localAws().resources.queues[EVALUATION_QUEUE.id]!.dlqUrl;
    const dead = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    expect(dead.Messages?.map((message) => message.Body)).toEqual(['{"applicationId":']);
  });
});

describe('caps under concurrency', () => {
  it('R&D claims racing for the last 1,000,000 yuan of the 30M cap never pass it together', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    await seedAward(applicantId, 'OSP_RND', '29000000.00');
    const claims = 5;
    for (let i = 0; i < claims; i++) await submit(applicantId, body('OSP_RND', { rndCosts: '4000000.00' }));
    const messages = await receiveAll(claims);

    // Each message in its own invocation, all at once, like concurrent Lambdas.
    const responses = await Promise.all(messages.map((message) => evaluate([message])));
    expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);

    expect(await awardedFen(applicantId, 'OSP_RND')).toBe(30_000_000_00n);
    const decided = await Promise.all(
      messages.map((message) => storedApplication(JSON.parse(message.Body!).applicationId)),
    );
    const outcomes = decided.map((application) => `${application!.status} ${application!.decision!.amount}`).sort();
    expect(outcomes).toEqual(['ELIGIBLE 1000000.00', ...Array(claims - 1).fill('INELIGIBLE 0.00')]);
    const winner = decided.find((application) => application!.status === 'ELIGIBLE')!;
    expect(winner.decision!.capApplied).toBe(true);
    for (const loser of decided.filter((application) => application!.status === 'INELIGIBLE')) {
      expect(loser!.decision!.reasons.map((reason) => reason.rule)).toContain('OSP_RND.cap');
    }
  });

  it('operating-cost claims of one fiscal year racing for the 1M cap never pass it together', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    const claims = 4;
    for (let i = 0; i < claims; i++) await submit(applicantId, body('OSP_OPERATING', { operatingCosts: '4000000.00' }));
    // Another year's claim has a cap of its own.
    await submit(applicantId, body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '4000000.00' }));
    const messages = await receiveAll(claims + 1);

    const responses = await Promise.all(messages.map((message) => evaluate([message])));
    expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);

    const items = await applicantItems(applicantId);
    const awards = items.filter((item) => String(item.sk).startsWith('AWARD#'));
    const sumFor = (year: number) =>
      awards
        .filter((a) => a.fiscalYear === year)
        .reduce((sum, a) => sum + BigInt(String(a.amount).replace('.', '')), 0n);
    expect(sumFor(2021)).toBe(1_000_000_00n);
    expect(sumFor(2022)).toBe(400_000_00n);
    expect(
      awards
        .filter((a) => a.fiscalYear === 2021)
        .map((a) => a.amount)
        .sort(),
    ).toEqual(['200000.00', '400000.00', '400000.00']);
  });

  it('claims in one batch are serialised by the same lock', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    await seedAward(applicantId, 'OSP_RND', '29500000.00');
    for (let i = 0; i < 3; i++) await submit(applicantId, body('OSP_RND', { rndCosts: '600000.00' }));
    const response = await evaluate(await receiveAll(3));
    expect(response.batchItemFailures).toEqual([]);
    expect(await awardedFen(applicantId, 'OSP_RND')).toBe(30_000_000_00n);
  });
});
