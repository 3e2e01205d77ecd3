/**
 * The outbox relay at its crash point (SPEC §5): state changes committed, then the bus refuses
 * (or the relay dies) before their events are published. The stream still holds the committed
 * writes: the relay reports the first record it could not publish, the stream source retries
 * from it, and each event reaches the bus exactly once; nothing is lost. A record the bus keeps
 * refusing past the give-up age has its events kept in the relay's failure store (SPEC §10.2),
 * and the republish route hands them back: each then reaches the bus once, with its eventId.
 * A write that changes nothing publishes nothing.
 */
import { ChangeMessageVisibilityCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { eventBridge } from '../../functions/commons/clients/eventbridge.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { addedEvents } from '../../functions/commons/store/items/outbox.js';
import { OUTBOX_RELAY } from '../../shared/contract/resources.js';
import { EVENT_TYPES, FOLLOW_UPS, followUpOf, publishableDetail } from '../../shared/domain/events/index.js';
import { localAws, relayOutbox } from '../support/emulators/env.js';
import { admin, caller } from '../support/http-events.js';
import {
  body,
  doc,
  drainQueue,
  evaluate,
  eventsAbout,
  newApplicantId,
  receive,
  receiveAll,
  sqs,
  storedApplication,
  submit,
  tableName,
} from './write-path.js';

let refusals = 0;
eventBridge.middlewareStack.add(
  (next) => async (args) => {
    if (refusals > 0) {
      refusals -= 1;
      throw Object.assign(new Error('the bus is unavailable'), { name: 'ServiceUnavailable' });
    }
    return next(args);
  },
  { step: 'initialize', name: 'refuseWhileDown' },
);
afterEach(() => {
  refusals = 0;
  clock.now = () => new Date();
});

const adminCall = caller(adminApi);
const storeUrl = localAws().env.UNPUBLISHED_EVENTS_QUEUE_URL!;

/** What the failure store holds now (each message visible again afterwards). */
async function keptEvents(): Promise<Array<{ eventId: string; type: string; reason: string; detailId: string }>> {
  const kept = [];
  const handles: string[] = [];
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: storeUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        MessageAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) break;
    for (const message of Messages) {
      handles.push(message.ReceiptHandle!);
      const { event, reason } = JSON.parse(message.Body!) as {
        event: { type: string; detail: { eventId: string } };
        reason: string;
      };
      kept.push({
        eventId: message.MessageAttributes!.eventId!.StringValue!,
        type: message.MessageAttributes!.type!.StringValue!,
        reason,
        detailId: event.detail.eventId,
      });
    }
  }
  await Promise.all(
    handles.map((handle) =>
      sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: storeUrl, ReceiptHandle: handle, VisibilityTimeout: 0 })),
    ),
  );
  return kept;
}

describe('the outbox relay', () => {
  it('publishes committed events exactly once when the bus refused them first', async () => {
    const applicantId = newApplicantId();
    const accepted = await Promise.all([1, 2, 3].map(() => submit(applicantId, body('AI_ACTIVITY'))));
    const ids = accepted.map((answer) => answer.body.applicationId as string);
    refusals = 2; // the first two publication attempts fail: the stream source retries from the first unpublished record
    await relayOutbox(localAws().resources);
    expect(refusals).toBe(0);
    await drainQueue(...ids);

    for (const applicationId of ids) {
      expect(await eventsAbout(applicationId, 'ApplicationSubmitted')).toHaveLength(1);
      expect(await eventsAbout(applicationId, 'ApplicationEvaluated')).toHaveLength(1);
      // A retried batch may queue an evaluation twice: it is decided once.
      expect(
        (await storedApplication(applicationId))!.audit.filter((entry) => entry.from === 'SUBMITTED'),
      ).toHaveLength(1);
    }
  });

  it('keeps what the bus refuses past the give-up age, and the republish puts each kept event on the bus exactly once', async () => {
    const applicantId = newApplicantId();
    const accepted = await Promise.all([1, 2, 3].map(() => submit(applicantId, body('AI_ACTIVITY'))));
    const ids = accepted.map((answer) => answer.body.applicationId as string);
    // The bus refuses every PutEvents while the records are older than the relay retries.
    refusals = Number.POSITIVE_INFINITY;
    const later = Date.now() + (OUTBOX_RELAY.giveUpAfterSeconds + 60) * 1000;
    clock.now = () => new Date(later);
    await relayOutbox(localAws().resources);
    refusals = 0;
    clock.now = () => new Date();

    for (const applicationId of ids) expect(await eventsAbout(applicationId, 'ApplicationSubmitted')).toHaveLength(0);
    const kept = (await keptEvents()).filter((entry) => entry.type === 'ApplicationSubmitted');
    expect(kept).toHaveLength(ids.length);
    for (const entry of kept) expect(entry).toMatchObject({ eventId: entry.detailId, reason: 'ServiceUnavailable' });
    // The relay still queued their evaluations: giving up an event gives up nothing else.
    await drainQueue(...ids);
    for (const applicationId of ids) expect(await eventsAbout(applicationId, 'ApplicationEvaluated')).toHaveLength(1);

    // Once the bus takes events again, the republish hands them back to the relay.
    const republished = await adminCall('POST /v1/admin/event-republish', { as: admin() });
    expect(republished.status).toBe(200);
    expect(republished.body.moved).toBe(ids.length);
    for (const applicationId of ids) {
      const published = await eventsAbout(applicationId, 'ApplicationSubmitted');
      expect(published).toHaveLength(1);
      expect(kept.map((entry) => entry.eventId)).toContain(published[0]!.detail.eventId);
    }
    // Nothing left, and a second republish publishes nothing again.
    expect((await adminCall('POST /v1/admin/event-republish', { as: admin() })).body.moved).toBe(0);
    for (const applicationId of ids) expect(await eventsAbout(applicationId, 'ApplicationSubmitted')).toHaveLength(1);
  });

  it('publishes nothing for a write that adds no event to the outbox', async () => {
    const { body: accepted } = await submit(newApplicantId(), body('AI_ACTIVITY'));
    await drainQueue(accepted.applicationId);
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `APP#${accepted.applicationId}`, sk: 'APP' },
        UpdateExpression: 'SET touched = :yes',
        ExpressionAttributeValues: { ':yes': true },
      }),
    );
    expect(await eventsAbout(accepted.applicationId, 'ApplicationSubmitted')).toHaveLength(1);
    expect(await eventsAbout(accepted.applicationId, 'ApplicationEvaluated')).toHaveLength(1);
  });

  it('publishes as stored an event that another deploy wrote with another schema version (a rollout in progress)', async () => {
    const { body: accepted } = await submit(newApplicantId(), body('AI_ACTIVITY'));
    await drainQueue(accepted.applicationId);
    const [submitted] = await eventsAbout(accepted.applicationId, 'ApplicationSubmitted');
    const { correlationId: _newer, ...older } = submitted!.detail as Record<string, unknown>;
    const olderEvent = {
      type: 'ApplicationSubmitted',
      detail: { ...older, eventId: randomUUID(), schemaVersion: '1.1' },
    };
    const unenveloped = {
      type: 'ApplicationSubmitted',
      detail: { ...older, eventId: randomUUID(), schemaVersion: '1.1', occurredAt: 'yesterday' },
    };
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `APP#${accepted.applicationId}`, sk: 'APP' },
        UpdateExpression: 'SET outbox = list_append(outbox, :older)',
        ExpressionAttributeValues: { ':older': [olderEvent] },
      }),
    );
    const published = await eventsAbout(accepted.applicationId, 'ApplicationSubmitted');
    expect(published.map((event) => event.detail)).toContainEqual(olderEvent.detail);
    // What every version shares is still checked: an envelope that is not one stops the record.
    expect(() => publishableDetail('ApplicationSubmitted', unenveloped.detail as never)).toThrow();
  });

  it('queues the follow-up work its table declares: the evaluation of a submitted application, and nothing for an event not in the table', async () => {
    const { body: accepted } = await submit(newApplicantId(), body('AI_ACTIVITY'));
    // Waited for: the relay may queue it after a first empty read.
    const queued = await receiveAll(1);
    // As before the table: one message, with the application as stored.
    expect(queued.map((message) => JSON.parse(message.Body!))).toEqual([
      { applicationId: accepted.applicationId, application: await storedApplication(accepted.applicationId) },
    ]);
    // The evaluation's write adds ApplicationEvaluated, which the table does not list: the relay publishes it and queues nothing.
    expect(FOLLOW_UPS.ApplicationEvaluated).toBeUndefined();
    await evaluate(queued);
    expect(await receive()).toEqual([]);
    expect(await eventsAbout(accepted.applicationId, 'ApplicationEvaluated')).toHaveLength(1);
  });

  it('reads the follow-up table: only a listed event starts work, and only while its application has the status listed', () => {
    for (const type of EVENT_TYPES) {
      const followUp = FOLLOW_UPS[type];
      expect(followUpOf(type, 'SUBMITTED')).toBe(followUp?.whileStatus === 'SUBMITTED' ? followUp.work : undefined);
      expect(followUpOf(type, undefined)).toBeUndefined();
    }
    expect(followUpOf('ApplicationSubmitted', 'SUBMITTED')).toBe('evaluate');
    expect(followUpOf('ApplicationSubmitted', 'ELIGIBLE')).toBeUndefined();
  });

  it('tells added events by their ids: a rewrite of the same outbox adds none', () => {
    const event = (eventId: string) => ({ type: 'ApplicationSubmitted', detail: { eventId } });
    expect(addedEvents(undefined, { outbox: [event('a')] })).toEqual([event('a')]);
    expect(addedEvents({ outbox: [event('a')] }, { outbox: [event('a')] })).toEqual([]);
    expect(addedEvents({ outbox: [event('a')] }, { outbox: [event('b')] })).toEqual([event('b')]);
    expect(addedEvents({ outbox: [event('a')] }, undefined)).toEqual([]);
  });
});
