/**
 * The sweeper (SPEC §7), the safety net behind the outbox relay: an application stored but never
 * queued is re-queued once it has been SUBMITTED longer than the threshold, and is evaluated
 * exactly once even if it is queued twice; fresh submissions are left alone; the re-queues are
 * bounded, after which the application needs attention and is left to people.
 */
import { describe, expect, it } from 'vitest';
import { handler as sweeper, sweeperWith, thresholdMinutesOf } from '../../functions/sweeper/handler.js';
import { MAX_SWEEPS } from '../../functions/sweeper/submitted.js';
import { sampleApplication, seedApplications } from '../support/applications.js';
import { localAws } from '../support/emulators/env.js';
import { adminApiDepsOf } from '../support/function-deps.js';
import {
  doc,
  drainQueue,
  eventsAbout,
  newApplicantId,
  rawItem,
  receive,
  deleteMessage,
  storedApplication,
  tableName,
} from '../write-path/write-path.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('the sweeper', () => {
  it('re-queues only applications SUBMITTED longer than the threshold, and each is evaluated once', async () => {
    // Nothing else may sit in this file's evaluation queue.
    for (let batch = await receive(); batch.length > 0; batch = await receive())
      await Promise.all(batch.map(deleteMessage));

    const applicantId = newApplicantId();
    const [lost, fresh] = [
      sampleApplication({ applicantId, submittedAt: minutesAgo(30) }),
      sampleApplication({ applicantId, submittedAt: minutesAgo(2) }),
    ];
    await seedApplications(doc, tableName, [lost!, fresh!]);

    // Two sweeps before any evaluation: the lost application is queued twice, the fresh one not at all.
    const sweeps = [await sweeper({ source: 'schedule' }), await sweeper({ source: 'schedule' })];
    expect(sweeps.every((sweep) => sweep.requeued >= 1)).toBe(true);
    const handled = await drainQueue(lost!.applicationId);
    const queuedIds = handled.map((message) => JSON.parse(message.Body!).applicationId as string);
    expect(queuedIds.filter((id) => id === lost!.applicationId)).toHaveLength(2);
    expect(queuedIds).not.toContain(fresh!.applicationId);

    const evaluated = await storedApplication(lost!.applicationId);
    expect(evaluated).toMatchObject({ status: 'NEEDS_REVIEW', decision: { outcome: 'NEEDS_REVIEW' } });
    expect(evaluated!.audit.filter((entry) => entry.from === 'SUBMITTED')).toHaveLength(1);
    expect(
      new Set((await eventsAbout(lost!.applicationId, 'ApplicationEvaluated')).map((event) => event.detail.eventId))
        .size,
    ).toBe(1);
    expect(await storedApplication(fresh!.applicationId)).toMatchObject({ status: 'SUBMITTED' });

    // Evaluated applications have left the SUBMITTED index: the next sweep does not queue them again.
    await sweeper({ source: 'schedule' });
    const again = (await receive(10, 1)).map((message) => JSON.parse(message.Body!).applicationId as string);
    expect(again).not.toContain(lost!.applicationId);
  });

  it(`re-queues an application at most ${MAX_SWEEPS} times, then marks it as needing attention and leaves it alone`, async () => {
    for (let batch = await receive(); batch.length > 0; batch = await receive())
      await Promise.all(batch.map(deleteMessage));
    const stuck = sampleApplication({ applicantId: newApplicantId(), submittedAt: minutesAgo(30) });
    await seedApplications(doc, tableName, [stuck]);
    // A long poll: a message just sent may not be visible to a read without a wait (the local queue
    // makes it visible on its next tick), and under load that read came first.
    const queued = async () =>
      (await receive(10, 1)).filter((message) => JSON.parse(message.Body!).applicationId === stuck.applicationId);

    for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      await sweeper({ source: 'schedule' });
      // Each re-queued message is lost again (deleted unhandled), as a broken queue would.
      const messages = await queued();
      expect(messages).toHaveLength(1);
      await Promise.all(messages.map(deleteMessage));
    }
    expect(await sweeper({ source: 'schedule' })).toMatchObject({ markedForAttention: 1 });
    expect(await queued()).toHaveLength(0);
    const item = await rawItem(`APP#${stuck.applicationId}`, 'APP');
    expect(item).toMatchObject({
      status: 'SUBMITTED',
      sweeps: MAX_SWEEPS,
      needsAttention: { error: 'NotEvaluatedAfterSweeps' },
    });
    await sweeper({ source: 'schedule' });
    expect(await queued()).toHaveLength(0);
  });

  it('sweeps with the threshold it is composed with, read from the environment once by its handler', async () => {
    for (let batch = await receive(); batch.length > 0; batch = await receive())
      await Promise.all(batch.map(deleteMessage));
    const recent = sampleApplication({ applicantId: newApplicantId(), submittedAt: minutesAgo(3) });
    await seedApplications(doc, tableName, [recent]);
    const { table, evaluationQueue, payoutQueue, exportQueue, simulationQueue } = adminApiDepsOf(localAws().resources);
    const resources = { table, evaluationQueue, payoutQueue, exportQueue, simulationQueue };
    // The environment's threshold (10 minutes by default) leaves it alone; one of 2 minutes re-queues it.
    expect(process.env.SWEEPER_THRESHOLD_MINUTES).toBeUndefined();
    await sweeper({ source: 'schedule' });
    const queuedIds = async () =>
      (await receive(10, 1)).map((message) => JSON.parse(message.Body!).applicationId as string);
    expect(await queuedIds()).not.toContain(recent.applicationId);
    await sweeperWith({ ...resources, thresholdMinutes: 2 })({ source: 'schedule' });
    expect(await queuedIds()).toContain(recent.applicationId);

    expect(thresholdMinutesOf(undefined)).toBe(10);
    expect(thresholdMinutesOf('2.5')).toBe(2.5);
    for (const refused of ['-1', 'ten', 'Infinity']) expect(() => thresholdMinutesOf(refused), refused).toThrow();
  });
});
