/** Publishing and the events of the write path: stable ids, batches of ten, refused entries. */
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applicationEvaluated, applicationSubmitted } from '../../shared/domain/events/application.js';
import { reviewBodySchema } from '../../functions/admin-api/review-body.js';

import { eventBridge } from '../../functions/commons/clients/eventbridge.js';
import { publish } from '../../functions/commons/messaging/publisher.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';

// The bus the published entries name.
const BUS = 'unit-bus';

const submitted = (i: number) =>
  applicationSubmitted({
    applicationId: `app-${i}`,
    applicantId: 'applicant-1',
    programme: 'AI_ACTIVITY',
    submittedAt: '2021-05-01T02:00:00.000Z',
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('publish', () => {
  it('sends PutEvents batches of at most ten to the bus, typed and sourced', async () => {
    const send = vi.spyOn(eventBridge, 'send').mockImplementation(async () => ({ FailedEntryCount: 0, Entries: [] }));
    await publish(
      Array.from({ length: 23 }, (_, i) => submitted(i)),
      BUS,
    );
    const batches = send.mock.calls.map(([command]) => (command as PutEventsCommand).input.Entries!);
    expect(batches.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(batches[0]![0]).toEqual({
      EventBusName: BUS,
      Source: 'lingang.ai-subsidy',
      DetailType: 'ApplicationSubmitted',
      Detail: JSON.stringify(submitted(0).detail),
    });
  });

  it('answers exactly the entries EventBridge refused', async () => {
    vi.spyOn(eventBridge, 'send').mockImplementation(async () => ({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'a' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'x' }],
    }));
    expect(await publish([submitted(1), submitted(2)], BUS)).toEqual([
      { event: submitted(2), reason: 'InternalFailure' },
    ]);
  });

  it('answers a failed call and every later batch as refused, and the earlier batches as published', async () => {
    let calls = 0;
    vi.spyOn(eventBridge, 'send').mockImplementation(async () => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('down'), { name: 'ServiceUnavailable' });
      return { FailedEntryCount: 0, Entries: [] };
    });
    const events = Array.from({ length: 25 }, (_, i) => submitted(i));
    const refused = await publish(events, BUS);
    expect(calls).toBe(2);
    expect(refused.map(({ event }) => event)).toEqual(events.slice(10));
    expect(new Set(refused.map(({ reason }) => reason))).toEqual(new Set(['ServiceUnavailable']));
  });
});

describe('applicationEvaluated', () => {
  const record: ApplicationRecord & { decision: NonNullable<ApplicationRecord['decision']> } = {
    applicationId: 'app-1',
    applicantId: 'applicant-1',
    programme: 'OSP_RND',
    status: 'ELIGIBLE',
    submittedAt: '2021-05-01T02:00:00.000Z',
    organisation: { name: 'Org', unifiedSocialCreditCode: '91350100M000100Y43', registeredInLingang: true },
    details: {},
    decision: { outcome: 'ELIGIBLE', amount: '10.00', capApplied: false, policyVersion: 'LG-AI-2020', reasons: [] },
    audit: [
      { at: '2021-05-01T02:00:00.000Z', by: 'applicant-1', from: null, to: 'SUBMITTED' },
      { at: '2021-05-01T02:00:01.000Z', by: 'system:evaluator', from: 'SUBMITTED', to: 'ELIGIBLE' },
    ],
  };

  it('is fixed by the state change: the same decision gives the same event, id included', () => {
    const at = '2021-05-01T02:00:01.000Z';
    const event = applicationEvaluated(record, record.decision!, at);
    expect(applicationEvaluated(structuredClone(record), structuredClone(record.decision!), at)).toEqual(event);
    expect(event.detail).toMatchObject({ outcome: 'ELIGIBLE', amount: '10.00', occurredAt: at });
    expect(applicationEvaluated({ ...record, applicationId: 'app-2' }, record.decision!, at).detail.eventId).not.toBe(
      event.detail.eventId,
    );
  });
});

describe('review body', () => {
  it('needs an amount to approve and refuses one with a rejection', () => {
    expect(reviewBodySchema.safeParse({ decision: 'APPROVE', note: 'ok' }).error?.issues[0]?.path).toEqual(['amount']);
    expect(
      reviewBodySchema.safeParse({ decision: 'REJECT', amount: '1.00', note: 'no' }).error?.issues[0]?.path,
    ).toEqual(['amount']);
    expect(reviewBodySchema.parse({ decision: 'APPROVE', amount: '1.5', note: ' ok ' })).toEqual({
      decision: 'APPROVE',
      amount: 150n,
      note: 'ok',
    });
    expect(reviewBodySchema.safeParse({ decision: 'REJECT', note: 'x'.repeat(2001) }).success).toBe(false);
  });
});
