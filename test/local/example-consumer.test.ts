/**
 * The example consumer (examples/consumer/) on the local bus, as `npm start` runs it: it receives
 * exactly the events its rule's pattern selects — every award outside the payout run, of schema
 * 1.x, on the platform's bus — each once although some are delivered twice; and the local bus
 * retries a failing target, then dead-letters the event.
 */
import { describe, expect, it } from 'vitest';
import { LocalEventBus } from '../../infra/local/eventbridge-local.js';
import { startExampleConsumer } from '../../infra/local/example-consumer.js';
import { appealDecided } from '../../shared/domain/events/appeal.js';
import {
  applicationEvaluated,
  applicationReviewed,
  applicationSubmitted,
  applicationWithdrawn,
  type ApplicationRef,
} from '../../shared/domain/events/application.js';
import { documentVerified } from '../../shared/domain/events/document.js';
import type { DomainEvent } from '../../shared/domain/events/index.js';
import { payoutIssued } from '../../shared/domain/events/payout.js';
import type { Decision, ProgrammeCode } from '../../shared/policy/index.js';

const BUS = 'SubsidyEventBus';
const at = '2027-03-01T02:00:00.000Z';
const app = (n: number, programme: ProgrammeCode, eventSequence: number): ApplicationRef => ({
  applicationId: `app-${n}`,
  applicantId: `applicant-${n}`,
  programme,
  eventSequence,
});
const decision = (outcome: Decision['outcome'], amount: string): Decision => ({
  outcome,
  amount,
  capApplied: false,
  policyVersion: 'LG-AI-2020',
  reasons: [],
});

/** What the platform publishes over a few applications' lives: every kind the pattern must tell apart. */
const platformEvents: DomainEvent[] = [
  applicationSubmitted({ ...app(1, 'OSP_RND', 0), submittedAt: at }),
  applicationEvaluated(app(1, 'OSP_RND', 1), decision('ELIGIBLE', '6250000.00'), at),
  applicationEvaluated(app(2, 'OSP_OPERATING', 1), decision('ELIGIBLE', '100000.00'), at),
  applicationEvaluated(app(3, 'REVENUE_MILESTONE', 1), decision('INELIGIBLE', '0.00'), at),
  applicationEvaluated(app(4, 'AI_ACTIVITY', 1), decision('NEEDS_REVIEW', '300000.00'), at),
  applicationReviewed(app(4, 'AI_ACTIVITY', 2), {
    decision: 'APPROVE',
    amount: '250000.00',
    reviewedBy: 'admin-1',
    reviewedAt: at,
  }),
  applicationEvaluated(app(5, 'ENTERPRISE_SETTLEMENT', 1), decision('NEEDS_REVIEW', '8000000.00'), at),
  applicationReviewed(app(5, 'ENTERPRISE_SETTLEMENT', 2), {
    decision: 'REJECT',
    reviewedBy: 'admin-1',
    reviewedAt: at,
  }),
  appealDecided(
    app(5, 'ENTERPRISE_SETTLEMENT', 4),
    { decision: 'GRANT', amount: '500000.00', decidedBy: 'admin-2', decidedAt: at, reasons: [] },
    'APPROVED',
  ),
  appealDecided(
    app(3, 'REVENUE_MILESTONE', 3),
    { decision: 'UPHOLD', decidedBy: 'admin-2', decidedAt: at, reasons: [] },
    'INELIGIBLE',
  ),
  appealDecided(
    app(6, 'OSP_OPERATING', 3),
    { decision: 'GRANT', amount: '90000.00', decidedBy: 'admin-2', decidedAt: at, reasons: [] },
    'ELIGIBLE',
  ),
  applicationWithdrawn(app(7, 'NATIONAL_PLATFORM', 2), 'NEEDS_REVIEW', at),
  payoutIssued(
    {
      payoutId: 'pay-2',
      applicationId: 'app-2',
      applicantId: 'applicant-2',
      fiscalYear: 2026,
      amount: '100000.00',
      runId: 'run-1',
    },
    at,
  ),
  documentVerified(
    {
      documentId: 'doc-1',
      applicationId: 'app-5',
      applicantId: 'applicant-5',
      kind: 'BUSINESS_LICENCE',
      contentType: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
    },
    at,
  ),
];

type Entry = { Source: string; DetailType: string; Detail: string; EventBusName: string };
const entry = (
  { type, detail }: DomainEvent,
  changes: { source?: string; bus?: string; detail?: Record<string, unknown> } = {},
): Entry => ({
  Source: changes.source ?? 'lingang.ai-subsidy',
  DetailType: type,
  Detail: JSON.stringify({ ...detail, ...changes.detail }),
  EventBusName: changes.bus ?? BUS,
});

const entries: Entry[] = [
  ...platformEvents.map((event) => entry(event)),
  // Redeliveries (at least once): the same events, the same ids.
  entry(platformEvents[1]!),
  entry(platformEvents[5]!),
  // A future major schema version, another source, another bus: not for this rule.
  entry(platformEvents[1]!, { detail: { schemaVersion: '2.0', eventId: 'future-1' } }),
  entry(platformEvents[1]!, { source: 'someone.else', detail: { eventId: 'other-source-1' } }),
  entry(platformEvents[1]!, { bus: 'default', detail: { eventId: 'other-bus-1' } }),
];

/** The rule, said in plain code: what an integrator expects the pattern to select. */
function selected({ Source, DetailType, Detail, EventBusName }: Entry): boolean {
  const detail = JSON.parse(Detail) as Record<string, unknown>;
  const awards =
    (detail.outcome === 'ELIGIBLE' || detail.decision === 'APPROVE' || detail.decision === 'GRANT') &&
    detail.amount !== undefined;
  return (
    Source === 'lingang.ai-subsidy' &&
    EventBusName === BUS &&
    ['ApplicationEvaluated', 'ApplicationReviewed', 'AppealDecided'].includes(DetailType) &&
    String(detail.schemaVersion).startsWith('1.') &&
    detail.programme !== 'OSP_OPERATING' &&
    Number(detail.sequence) > 1 &&
    awards
  );
}

describe('the example consumer on the local bus', () => {
  it('receives exactly the events its pattern selects, each once', async () => {
    const bus = new LocalEventBus();
    const consumer = startExampleConsumer(bus, BUS);
    for (let i = 0; i < entries.length; i += 10)
      expect(bus.putEvents({ Entries: entries.slice(i, i + 10) }).FailedEntryCount).toBe(0);
    await bus.idle();

    const expected = [
      ...new Map(entries.filter(selected).map((e) => [JSON.parse(e.Detail).eventId as string, e])).values(),
    ];
    expect(expected.map((e) => e.DetailType)).toEqual(['ApplicationEvaluated', 'ApplicationReviewed', 'AppealDecided']);
    const notices = consumer.notices();
    expect(notices.map((notice) => notice.eventId)).toEqual(expected.map((e) => JSON.parse(e.Detail).eventId));
    expect(
      notices.map(({ applicationId, amount, awardedBy, sequence }) => ({ applicationId, amount, awardedBy, sequence })),
    ).toEqual([
      { applicationId: 'app-1', amount: '6250000.00', awardedBy: 'ApplicationEvaluated', sequence: 2 },
      { applicationId: 'app-4', amount: '250000.00', awardedBy: 'ApplicationReviewed', sequence: 3 },
      { applicationId: 'app-5', amount: '500000.00', awardedBy: 'AppealDecided', sequence: 5 },
    ]);
    expect(bus.deadLetters).toEqual([]);
  });

  it('retries a failing target, then dead-letters the event', async () => {
    const bus = new LocalEventBus();
    const calls = { flaky: 0, recovers: 0 };
    const flaky = async () => {
      calls.flaky++;
      throw new Error('down');
    };
    const recovers = async () => {
      if (++calls.recovers < 3) throw new Error('not yet');
    };
    bus.addRule({
      name: 'flaky',
      eventBusName: BUS,
      pattern: { source: ['lingang.ai-subsidy'] },
      maxAttempts: 2,
      target: flaky,
    });
    bus.addRule({
      name: 'recovers',
      eventBusName: BUS,
      pattern: { 'detail-type': ['ApplicationSubmitted'] },
      target: recovers,
    });
    bus.putEvents({ Entries: [entry(platformEvents[0]!)] });
    await bus.idle();
    expect(bus.deadLetters.map(({ rule, event }) => [rule, event['detail-type']])).toEqual([
      ['flaky', 'ApplicationSubmitted'],
    ]);
    expect(calls).toEqual({ flaky: 2, recovers: 3 });
  });
});
