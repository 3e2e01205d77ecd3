/**
 * The outbox relay at its crash point (SPEC §5): state changes committed, then the bus refuses
 * (or the relay dies) before their events are published. The stream still holds the committed
 * writes: the relay reports the first record it could not publish, the stream source retries
 * from it, and each event reaches the bus exactly once; nothing is lost. A write that changes
 * nothing publishes nothing.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { eventBridge } from '../../functions/commons/clients/eventbridge.js';
import { addedEvents } from '../../functions/commons/store/outbox.js';
import { relayOutbox } from '../support/emulators/env.js';
import { body, doc, drainQueue, eventsAbout, newApplicantId, storedApplication, submit, tableName } from './write-path.js';

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
});

describe('the outbox relay', () => {
  it('publishes committed events exactly once when the bus refused them first', async () => {
    const applicantId = newApplicantId();
    const accepted = await Promise.all([1, 2, 3].map(() => submit(applicantId, body('AI_ACTIVITY'))));
    const ids = accepted.map((answer) => answer.body.applicationId as string);
    refusals = 2; // the first two publication attempts fail: the stream source retries from the first unpublished record
    await relayOutbox();
    expect(refusals).toBe(0);
    await drainQueue();

    for (const applicationId of ids) {
      expect(await eventsAbout(applicationId, 'ApplicationSubmitted')).toHaveLength(1);
      expect(await eventsAbout(applicationId, 'ApplicationEvaluated')).toHaveLength(1);
      // A retried batch may queue an evaluation twice: it is decided once.
      expect((await storedApplication(applicationId))!.audit.filter((entry) => entry.from === 'SUBMITTED')).toHaveLength(1);
    }
  });

  it('publishes nothing for a write that adds no event to the outbox', async () => {
    const { body: accepted } = await submit(newApplicantId(), body('AI_ACTIVITY'));
    await drainQueue();
    await doc.send(
      new UpdateCommand({ TableName: tableName, Key: { pk: `APP#${accepted.applicationId}`, sk: 'APP' }, UpdateExpression: 'SET touched = :yes', ExpressionAttributeValues: { ':yes': true } }),
    );
    expect(await eventsAbout(accepted.applicationId, 'ApplicationSubmitted')).toHaveLength(1);
    expect(await eventsAbout(accepted.applicationId, 'ApplicationEvaluated')).toHaveLength(1);
  });

  it('tells added events by their ids: a rewrite of the same outbox adds none', () => {
    const event = (eventId: string) => ({ type: 'ApplicationSubmitted', detail: { eventId } });
    expect(addedEvents(undefined, { outbox: [event('a')] })).toEqual([event('a')]);
    expect(addedEvents({ outbox: [event('a')] }, { outbox: [event('a')] })).toEqual([]);
    expect(addedEvents({ outbox: [event('a')] }, { outbox: [event('b')] })).toEqual([event('b')]);
    expect(addedEvents({ outbox: [event('a')] }, undefined)).toEqual([]);
  });
});
