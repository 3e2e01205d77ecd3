/**
 * The invariants of SPEC §5–§7 the model-based test checks after every step, as pure functions
 * of what the table held and what the bus received. Each returns the violations it finds, in
 * words that name the application, so that a failing scenario explains itself.
 */
import type { AuditEntry } from '../../shared/domain/application.js';
import { canTransition } from '../../shared/domain/application.js';
import { stableEventId, type EventType } from '../../shared/domain/events/index.js';
import { parseYuan, type Fen } from '../../shared/policy/index.js';
import type { LocalEvent } from '../../infra/local/eventbridge-local.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';

type Item = Record<string, unknown>;

/** SPEC §3: 30,000,000 per platform over all R&D claims; 1,000,000 per platform and fiscal year of operating costs. */
const RND_CAP = parseYuan('30000000.00');
const OPERATING_CAP = parseYuan('1000000.00');
const ONCE_PER_APPLICANT = ['ENTERPRISE_SETTLEMENT'];
/** SPEC §3 (LG-AI-2020-R1): each revenue threshold rewarded once; in all, at most the reward of the highest threshold rewarded. */
const REVENUE_REWARDS = new Map(
  [
    ['5000000.00', '200000.00'],
    ['10000000.00', '300000.00'],
    ['20000000.00', '500000.00'],
    ['50000000.00', '1000000.00'],
    ['100000000.00', '2000000.00'],
    ['500000000.00', '5000000.00'],
    ['1000000000.00', '8000000.00'],
    ['5000000000.00', '12000000.00'],
  ].map(([threshold, reward]) => [threshold, parseYuan(reward!)]),
);
const AWARDED = new Set(['ELIGIBLE', 'APPROVED', 'PAID']);

/**
 * SPEC §3: references that differ only in width, whitespace or case are the same recognition.
 * Written out here rather than imported, so that the check does not share the implementation's mistakes.
 */
export const normalisedRecognition = (reference: string) =>
  reference.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** What the table holds for one scenario at one moment. */
export interface Snapshot {
  /** Every application the scenario was told about, read consistently. */
  applications: Map<string, ApplicationRecord | undefined>;
  /** The AWARD# items of the scenario's applicants, earlier history included. */
  awards: Item[];
  /** Ledger entries by application id. */
  ledger: Map<string, Item>;
  /** Recognition markers, by the reference the system keys them by. */
  recognitions: Map<string, Item | undefined>;
}

/** The published events, as mirrored from the bus. */
export interface Published {
  withId(eventId: string): readonly LocalEvent[];
  about(applicationId: string): readonly LocalEvent[];
}

/** What the system answered the scenario, which the table must bear out. */
export type Acknowledgement =
  | { applicationId: string; answer: 'withdrawn' }
  | { applicationId: string; answer: 'reviewed'; decision: 'APPROVE' | 'REJECT'; amount?: string };

const fen = (amount: unknown): Fen => parseYuan(String(amount));

/** Missing, or some field other than expected. */
const disagrees = (actual: Item | undefined, expected: Item) =>
  !actual || Object.entries(expected).some(([field, value]) => actual[field] !== value);

const records = (snapshot: Pick<Snapshot, 'applications'>) =>
  [...snapshot.applications.values()].filter((record): record is ApplicationRecord => record !== undefined);

function sumBy(items: Item[], keyOf: (item: Item) => string): Map<string, Fen> {
  const sums = new Map<string, Fen>();
  for (const item of items) sums.set(keyOf(item), (sums.get(keyOf(item)) ?? 0n) + fen(item.amount));
  return sums;
}

function countBy(items: Item[], keyOf: (item: Item) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

const ofProgramme = (items: Item[], programme: string) => items.filter((item) => item.programme === programme);

/** Caps and once-only awards, over every award of the scenario's applicants (earlier history included). */
export function capsAndOnceOnly({ awards, recognitions }: Snapshot): string[] {
  const found: string[] = [];
  for (const [applicant, sum] of sumBy(ofProgramme(awards, 'OSP_RND'), (award) => String(award.applicantId))) {
    if (sum > RND_CAP) found.push(`${applicant}: OSP_RND awards total ${sum} fen, over the cap of ${RND_CAP}`);
  }
  for (const [applicantYear, sum] of sumBy(
    ofProgramme(awards, 'OSP_OPERATING'),
    (award) => `${award.applicantId} ${award.fiscalYear}`,
  )) {
    if (sum > OPERATING_CAP)
      found.push(`${applicantYear}: OSP_OPERATING awards total ${sum} fen, over the cap of ${OPERATING_CAP}`);
  }
  for (const programme of ONCE_PER_APPLICANT) {
    for (const [applicant, count] of countBy(ofProgramme(awards, programme), (award) => String(award.applicantId))) {
      if (count > 1) found.push(`${applicant}: ${count} ${programme} awards, a once-only award`);
    }
  }
  const revenue = ofProgramme(awards, 'REVENUE_MILESTONE');
  for (const [applicantThreshold, count] of countBy(revenue, (award) => `${award.applicantId} ${award.threshold}`)) {
    if (count > 1) found.push(`${applicantThreshold}: revenue threshold rewarded ${count} times`);
  }
  for (const [applicant, sum] of sumBy(revenue, (award) => String(award.applicantId))) {
    const ceiling = revenue
      .filter((award) => award.applicantId === applicant)
      .reduce((most, award) => {
        const reward = REVENUE_REWARDS.get(String(award.threshold)) ?? 0n;
        return reward > most ? reward : most;
      }, 0n);
    if (sum > ceiling)
      found.push(
        `${applicant}: REVENUE_MILESTONE awards total ${sum} fen, over ${ceiling}, the reward of the highest threshold rewarded`,
      );
  }
  const national = ofProgramme(awards, 'NATIONAL_PLATFORM');
  for (const [reference, count] of countBy(national, (award) =>
    normalisedRecognition(String(award.recognitionReference)),
  )) {
    if (count > 1) found.push(`recognition ${reference}: rewarded ${count} times`);
  }
  for (const award of national) {
    const marker = recognitions.get(String(award.recognitionReference));
    if (marker?.applicationId !== award.applicationId)
      found.push(`${award.applicationId}: its recognition marker names ${marker?.applicationId}`);
  }
  return found;
}

/** Exactly the awarded applications hold an award, for the amount decided or approved. */
export function awardsMatchDecisions(snapshot: Snapshot, history: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const awardOf = new Map(snapshot.awards.map((award) => [String(award.applicationId), award]));
  for (const record of records(snapshot)) {
    const award = awardOf.get(record.applicationId);
    const expected = record.status === 'APPROVED' ? record.review?.amount : record.decision?.amount;
    if (!AWARDED.has(record.status)) {
      if (award) found.push(`${record.applicationId}: ${record.status} but awarded ${award.amount}`);
    } else if (!award || award.amount !== expected) {
      found.push(`${record.applicationId}: ${record.status} for ${expected}, award ${award?.amount}`);
    }
  }
  for (const applicationId of awardOf.keys()) {
    if (!history.has(applicationId) && !snapshot.applications.get(applicationId))
      found.push(`award for an unknown application ${applicationId}`);
  }
  return found;
}

/** One ledger entry per paid entitlement, none for anything else, and the cap holds in the ledger. */
export function ledgerMatchesPayments(snapshot: Snapshot): string[] {
  const found: string[] = [];
  for (const record of records(snapshot)) {
    const entry = snapshot.ledger.get(record.applicationId);
    if (record.status !== 'PAID') {
      if (entry) found.push(`${record.applicationId}: ${record.status} but in the ledger`);
      continue;
    }
    const expected = {
      applicantId: record.applicantId,
      fiscalYear: record.details.fiscalYear,
      amount: record.decision?.amount,
    };
    if (disagrees(entry, expected)) {
      found.push(`${record.applicationId}: PAID ${JSON.stringify(expected)}, ledger ${JSON.stringify(entry)}`);
    }
  }
  for (const [applicantYear, sum] of sumBy(
    [...snapshot.ledger.values()],
    (entry) => `${entry.applicantId} ${entry.fiscalYear}`,
  )) {
    if (sum > OPERATING_CAP) found.push(`${applicantYear}: ${sum} fen paid, over the cap of ${OPERATING_CAP}`);
  }
  return found;
}

/** Every trail starts with the submission and follows the life cycle to the stored status. */
export function auditTrails(snapshot: Snapshot): string[] {
  const found: string[] = [];
  for (const record of records(snapshot)) {
    const moves = record.audit.map(({ from, to }) => `${from}→${to}`).join(' ');
    const valid = record.audit.every((entry, i) =>
      i === 0
        ? entry.from === null && entry.to === 'SUBMITTED'
        : entry.from === record.audit[i - 1]!.to && canTransition(entry.from!, entry.to),
    );
    if (!valid || record.audit.at(-1)?.to !== record.status)
      found.push(`${record.applicationId}: ${record.status} after ${moves}`);
  }
  return found;
}

/** The event a transition publishes, and the part of its stable id that names the transition. */
function eventOf({ from, to }: AuditEntry): [EventType, string] {
  if (from === null) return ['ApplicationSubmitted', 'submitted'];
  if (to === 'WITHDRAWN') return ['ApplicationWithdrawn', 'withdrawn'];
  if (to === 'PAID') return ['PayoutIssued', 'payout'];
  if (from === 'SUBMITTED') return ['ApplicationEvaluated', 'evaluated'];
  return ['ApplicationReviewed', 'reviewed'];
}

/** What the event's detail must say about the transition. */
function detailOf(record: ApplicationRecord, entry: AuditEntry): Record<string, unknown> {
  const [type] = eventOf(entry);
  if (type === 'ApplicationEvaluated') return { outcome: entry.to, amount: record.decision?.amount };
  if (type === 'ApplicationReviewed')
    return { decision: entry.to === 'APPROVED' ? 'APPROVE' : 'REJECT', amount: record.review?.amount };
  if (type === 'ApplicationWithdrawn') return { from: entry.from };
  if (type === 'PayoutIssued') return { amount: record.decision?.amount };
  return { submittedAt: record.submittedAt };
}

function transitionId(record: ApplicationRecord, entry: AuditEntry): string {
  const [type, transition] = eventOf(entry);
  return stableEventId(type, record.applicationId, transition);
}

/**
 * The `sequence` of the application event of audit entry `index`: its place among the
 * application's events in commit order (the audit's order); a payment's event is the ledger's.
 */
function sequenceOf(record: ApplicationRecord, index: number): { sequence?: number } {
  const applicationEvents = record.audit.slice(0, index + 1).filter((entry) => eventOf(entry)[0] !== 'PayoutIssued');
  return eventOf(record.audit[index]!)[0] === 'PayoutIssued' ? {} : { sequence: applicationEvents.length };
}

/**
 * Every transition committed before the relay last caught up (`committed`, read before that
 * catch-up started) was published exactly once, under its stable id, numbered 1, 2, 3 … in commit
 * order among its application's events, and saying what happened.
 */
export function transitionsPublished(committed: Pick<Snapshot, 'applications'>, published: Published): string[] {
  const found: string[] = [];
  for (const record of records(committed)) {
    for (const [index, entry] of record.audit.entries()) {
      const [type] = eventOf(entry);
      const events = published.withId(transitionId(record, entry));
      const [event] = events;
      const expected = {
        applicationId: record.applicationId,
        applicantId: record.applicantId,
        ...sequenceOf(record, index),
        ...detailOf(record, entry),
      };
      const differs = event && (event['detail-type'] !== type || disagrees(event.detail, expected));
      if (events.length !== 1 || differs) {
        found.push(
          `${record.applicationId} ${entry.from}→${entry.to}: ${type} published ${events.length} time(s)${differs ? ` as ${JSON.stringify(event.detail)}` : ''}`,
        );
      }
    }
  }
  return found;
}

/**
 * Nothing about the applications was published twice, or without a transition that the table
 * (read after those events were published) shows.
 */
export function publishedOnlyForTransitions(snapshot: Snapshot, published: Published): string[] {
  const found: string[] = [];
  for (const record of records(snapshot)) {
    const transitions = new Set(record.audit.map((entry) => transitionId(record, entry)));
    const seen = new Set<string>();
    for (const event of published.about(record.applicationId)) {
      const eventId = String(event.detail.eventId);
      if (!transitions.has(eventId))
        found.push(`${record.applicationId}: ${event['detail-type']} ${eventId} published without its transition`);
      if (seen.has(eventId)) found.push(`${record.applicationId}: ${event['detail-type']} ${eventId} published twice`);
      seen.add(eventId);
    }
  }
  return found;
}

/** Answers given to the scenario that the table must bear out. */
export function acknowledgementsHold(snapshot: Snapshot, acknowledgements: readonly Acknowledgement[]): string[] {
  const found: string[] = [];
  for (const { applicationId, ...answer } of acknowledgements) {
    const record = snapshot.applications.get(applicationId);
    const holds =
      answer.answer === 'withdrawn'
        ? record?.status === 'WITHDRAWN'
        : record?.review?.decision === answer.decision && record.review.amount === answer.amount;
    if (!holds)
      found.push(
        `${applicationId}: answered ${JSON.stringify(answer)}, stored ${JSON.stringify(record?.review ?? record?.status)}`,
      );
  }
  return found;
}

/** After draining: every accepted application was decided, and none exists the scenario was not told of. */
export function everyAcceptedDecided(snapshot: Snapshot): string[] {
  const found = records(snapshot)
    .filter((record) => record.status === 'SUBMITTED')
    .map((record) => `${record.applicationId}: still SUBMITTED after draining`);
  for (const [applicationId, record] of snapshot.applications)
    if (!record) found.push(`${applicationId}: accepted (202) but not stored`);
  return found;
}

/** A scenario's applicants and the applications it knows of: those it was answered, and the awards its applicants held before. */
export interface Known {
  applicantIds: readonly string[];
  applications: ReadonlySet<string>;
  history: ReadonlySet<string>;
}

/**
 * Nothing of a scenario's applicants in the table that the scenario was never told of: no
 * application it was never answered, no award for an application it does not know. Checked on
 * the whole table once the lane's scenarios are done: nothing in the table is ever deleted, so
 * whatever stood there after any step still does.
 */
export function nothingUnaccountedFor(table: readonly Item[], known: Known): string[] {
  const applicants = new Set(known.applicantIds);
  const partitions = new Set(known.applicantIds.map((applicantId) => `APPLICANT#${applicantId}`));
  const found: string[] = [];
  for (const item of table) {
    const applicationId = String(item.applicationId);
    if (item.sk === 'APP' && applicants.has(String(item.applicantId)) && !known.applications.has(applicationId))
      found.push(`${applicationId}: stored but never answered`);
    const award = partitions.has(String(item.pk)) && String(item.sk).startsWith('AWARD#');
    if (award && !known.applications.has(applicationId) && !known.history.has(applicationId))
      found.push(`award for an unknown application ${applicationId}`);
  }
  return found;
}
