/** Publishing and the events of the write path: stable ids, batches of ten, refused entries. */
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applicationEvaluated, applicationSubmitted } from '../../shared/domain/events/application.js';
import { reviewBodySchema } from '../../functions/admin-api/review-body.js';

import { eventBridge } from '../../functions/commons/clients/eventbridge.js';
import { publish, PublishError } from '../../functions/commons/messaging/publisher.js';
import type { ApplicationRecord } from '../../functions/commons/store/application-item.js';

// The bus the published entries name.
vi.stubEnv('EVENT_BUS_NAME', 'unit-bus');

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
    await publish(Array.from({ length: 23 }, (_, i) => submitted(i)));
    const batches = send.mock.calls.map(([command]) => (command as PutEventsCommand).input.Entries!);
    expect(batches.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(batches[0]![0]).toEqual({
      EventBusName: 'unit-bus',
      Source: 'lingang.ai-subsidy',
      DetailType: 'ApplicationSubmitted',
      Detail: JSON.stringify(submitted(0).detail),
    });
  });

  it('throws when EventBridge refuses an entry', async () => {
    vi.spyOn(eventBridge, 'send').mockImplementation(async () => ({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'a' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'x' }],
    }));
    await expect(publish([submitted(1), submitted(2)])).rejects.toBeInstanceOf(PublishError);
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
    expect(applicationEvaluated({ ...record, applicationId: 'app-2' }, record.decision!, at).detail.eventId).not.toBe(event.detail.eventId);
  });
});

describe('review body', () => {
  it('needs an amount to approve and refuses one with a rejection', () => {
    expect(reviewBodySchema.safeParse({ decision: 'APPROVE', note: 'ok' }).error?.issues[0]?.path).toEqual(['amount']);
    expect(reviewBodySchema.safeParse({ decision: 'REJECT', amount: '1.00', note: 'no' }).error?.issues[0]?.path).toEqual(['amount']);
    expect(reviewBodySchema.parse({ decision: 'APPROVE', amount: '1.5', note: ' ok ' })).toEqual({ decision: 'APPROVE', amount: 150n, note: 'ok' });
    expect(reviewBodySchema.safeParse({ decision: 'REJECT', note: 'x'.repeat(2001) }).success).toBe(false);
  });
});
