/**
 * The system as the model-based test drives it: the real handlers on a lane's table, evaluation
 * queue, payout queue and bus (./lane.ts), shared by the lane's scenarios, which run at once. A
 * scenario only touches its own applicants and applications; the queues, the bus and the payout
 * runs are shared, so received evaluation messages are routed to the application they are about.
 * Every call goes through the lane's scheduler; the relay catching up is one step of it.
 */
import { randomUUID } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';
import { applicantApiWith } from '../../functions/applicant-api/handler.js';
import { readRun, startRun, type PayoutResources } from '../../functions/commons/payouts/runs.js';
import { evaluateWith } from '../../functions/evaluate-application/handler.js';
import { payoutWorkerWith } from '../../functions/payout-worker/handler.js';
import type { LocalEvent } from '../../infra/local/eventbridge-local.js';
import { LOCAL_ADMIN_RECOGNITION } from '../../infra/local/dev-auth.js';
import { lambdaContext } from '../../infra/local/lambda-context.js';
import {
  deliverBatch,
  deliverRecords,
  invoke,
  receiveRecords,
  releaseRecords,
  type EventSource,
} from '../../infra/local/queue-poller.js';
import { DOCUMENT_BUCKET, EVALUATION_QUEUE, MAIN_TABLE, PAYOUT_QUEUE } from '../../shared/contract/resources.js';
import type { ApplicationStatus } from '../../shared/domain/application.js';
import { stableEventId } from '../../shared/domain/events/index.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import { publishedEvents } from '../support/emulators/env.js';
import { sumYuan } from '../payout/payout-support.js';
import { testEventSource } from '../payout/queue-driver.js';
import { expectStatisticsReconciled } from '../support/statistics.js';
import type { Lane } from './lane.js';
import { ConsistentReads, wholeTable, type Item, type Key } from './consistent-reads.js';
import { applicant, caller } from '../support/http-events.js';
import { body, sqs, writeRoutesOn } from '../write-path/write-path.js';
import {
  acknowledgementsHold,
  auditTrails,
  awardsMatchDecisions,
  capsAndOnceOnly,
  everyAcceptedDecided,
  nothingUnaccountedFor,
  ledgerMatchesPayments,
  publishedOnlyForTransitions,
  transitionsPublished,
  type Acknowledgement,
  type Published,
  type Snapshot,
} from './invariants.js';
import { SPELLINGS, type Operation, type Scenario, type Verdict } from './world.js';
import { applicantsOf, seedTogether, type Applicants } from './seeding.js';
import {
  ledgerKey,
  applicantPartition,
  applicationKey,
  recognitionKey,
} from '../../functions/commons/store/items/keys.js';
import { recognitionOf } from '../../shared/domain/award.js';
import { fromItem } from '../../functions/commons/store/items/application-item.js';

/** How often each kind of thing happened over the whole run: evidence that the scenarios reach what they test. */
export const tally = new Map<string, number>();
const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The bus as published so far, read incrementally after the outbox relay has caught up with the table. */
export class BusMirror {
  private readonly received: LocalEvent[] = [];
  /** Positions in `received`, ascending. */
  private readonly byEventId = new Map<string, number[]>();
  private readonly byApplication = new Map<string, number[]>();
  private current: Promise<void> = Promise.resolve();
  private next: Promise<void> | undefined;

  constructor(private readonly lane: Lane) {}

  /** Resolves after a catch-up that started after the call; concurrent callers share one. */
  catchUp(): Promise<void> {
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        this.current = this.read();
        return this.current;
      });
    return this.next;
  }

  /** Only the relay publishes, and only what the table's stream holds: with no write since the last catch-up there is nothing new to read. */
  private async read(): Promise<void> {
    const since = this.received.at(-1)?.id;
    const events = await this.lane.atomic('the relay catches up', async () => {
      if (!this.lane.wrote) return [];
      this.lane.wrote = false;
      return publishedEvents(this.lane.resources, since ? { since } : {});
    });
    for (const event of events) {
      const position = this.received.push(event) - 1;
      push(this.byEventId, String(event.detail.eventId), position);
      if (typeof event.detail.applicationId === 'string')
        push(this.byApplication, event.detail.applicationId, position);
    }
  }

  /** What has been received until now, and nothing received later. */
  view(): Published {
    const end = this.received.length;
    const events = (positions: number[] = []) =>
      positions.filter((position) => position < end).map((position) => this.received[position]!);
    return {
      withId: (eventId) => events(this.byEventId.get(eventId)),
      about: (applicationId) => events(this.byApplication.get(applicationId)),
    };
  }

  /** Event ids received more than once. */
  duplicates = () => [...this.byEventId].filter(([, positions]) => positions.length > 1).map(([eventId]) => eventId);
}

/**
 * SQS's longest visibility timeout (12 h): in a lane a received message never comes back because
 * wall time passed (a lane can take minutes under load), only when the schedule releases it.
 */
const HIDDEN_UNTIL_RELEASED = 43_200;

/** A function on one of the lane's queues; what a delivery leaves there comes back at once. */
const eventSource = (queueUrl: string, handler: EventSource['handler'], batchSize?: number): EventSource => ({
  ...testEventSource({ sqs, queueUrl, handler, batchSize }),
  visibilityTimeoutSeconds: HIDDEN_UNTIL_RELEASED,
});

/** The evaluation queue: received messages are held for the application they evaluate until its scenario takes one. */
export class EvaluationMailbox {
  private readonly held = new Map<string, SQSRecord[]>();
  private polling: Promise<number> | undefined;

  constructor(readonly evaluation: EventSource) {}

  async take(applicationId: string): Promise<SQSRecord | undefined> {
    while (!this.held.get(applicationId)?.length) if ((await this.poll()) === 0) return undefined;
    return this.held.get(applicationId)!.shift();
  }

  private poll(): Promise<number> {
    this.polling ??= receiveRecords(this.evaluation, {
      visibilityTimeoutSeconds: this.evaluation.visibilityTimeoutSeconds,
    })
      .then((records) => {
        for (const record of records)
          push(this.held, (JSON.parse(record.body) as { applicationId: string }).applicationId, record);
        return records.length;
      })
      .finally(() => (this.polling = undefined));
    return this.polling;
  }
}

/** Runs the payout worker on the lane's payout queue until it is empty. */
async function drainPayouts(payouts: EventSource): Promise<void> {
  while ((await deliverBatch(payouts)).records.length > 0);
}

const itemAt = (items: Map<string, Item>, { pk, sk }: Key) => items.get(`${pk} ${sk}`);

export interface Shared {
  lane: Lane;
  /** The lane's table, which its functions are composed on. */
  table: string;
  /** The lane's table and payout queue, where its payout runs are started. */
  payoutResources: PayoutResources;
  bus: BusMirror;
  mailbox: EvaluationMailbox;
  /** Submitting and reviewing on the lane's tables. */
  writes: ReturnType<typeof writeRoutesOn>;
  /** The applicant API on the lane's table. */
  applicantApi: ReturnType<typeof caller>;
  /** The scenarios' reads as of one moment, merged when they wait together. */
  reads: ConsistentReads;
  payouts: EventSource;
  /** Payout runs started, checked by runsCompleted. */
  runs: string[];
}

interface LiveApplication {
  applicantId: string;
  payload: ReturnType<typeof body>;
  idempotencyKey: string;
  applicationId?: string;
  /** The status the scenario last saw. */
  status?: ApplicationStatus;
  /** The decided amount, once the scenario saw the decision (an evaluation decides once). */
  decided?: string;
  /** The last message delivered for it, for a redelivery. */
  delivered?: SQSRecord;
}

type ApplicationOperation = Exclude<Operation, { op: 'payout' | 'relay' }>;

/** The applications each operation is meant for (see world.ts `pick`). */
const MEANT_FOR: Record<ApplicationOperation['op'], (application: LiveApplication) => boolean> = {
  submit: () => true,
  deliver: (application) => application.status === 'SUBMITTED',
  redeliver: (application) => application.delivered !== undefined,
  withdraw: (application) => application.applicationId !== undefined,
  review: (application) => application.status === 'NEEDS_REVIEW',
};

const REVIEW_NOTE = 'checked by the model-based test';

/** Half of an amount, to the fen, at least one fen. */
const halfOf = (amount: string) => formatYuan(parseYuan(amount) / 2n || 1n);

class ScenarioFailure extends Error {
  constructor(when: string, violations: string[]) {
    super(`${when}:\n  ${violations.join('\n  ')}`);
    this.name = 'ScenarioFailure';
  }
}

/** One generated scenario against the system: its applicants, applications and what it was told. */
export class LiveScenario {
  private readonly acknowledgements: Acknowledgement[] = [];

  private constructor(
    /** As the trace names the scenario. */
    private readonly name: string,
    private readonly shared: Shared,
    private readonly applicantIds: string[],
    private readonly applications: LiveApplication[],
    /** Application ids of the awards the applicants held before the scenario. */
    private readonly history: Map<string, string>,
    private readonly crashAfterPayments: boolean,
  ) {}

  /** The scenario's applications, of applicants made as `applicants` says (./seeding.ts: written by the lane, with the other scenarios'). */
  static create(name: string, scenario: Scenario, shared: Shared, { applicantIds, history }: Applicants): LiveScenario {
    // Unique per scenario, so that only the scenario's own spellings collide.
    const recognition = `NKL-${randomUUID().slice(0, 8).toUpperCase()}`;
    const applications = scenario.applications.map((spec) => ({
      applicantId: applicantIds[spec.applicant % applicantIds.length]!,
      payload:
        spec.programme === 'NATIONAL_PLATFORM'
          ? body(spec.programme, { recognitionReference: SPELLINGS[spec.spelling](recognition) })
          : body(spec.programme, spec.details),
      idempotencyKey: randomUUID(),
    }));
    return new LiveScenario(name, shared, applicantIds, applications, history, scenario.crashAfterPayments);
  }

  /**
   * Runs the steps, each one's operations at once, checking the invariants after each; then
   * drains the evaluations, works the review queue at once and checks everything.
   */
  async run({ steps, closingReviews }: Pick<Scenario, 'steps' | 'closingReviews'>): Promise<void> {
    for (const [i, step] of steps.entries()) {
      if (step.length > 1) count('concurrent steps');
      await Promise.all(
        step.map((operation) =>
          this.shared.lane.run(`${this.name} step ${i + 1} ${operation.op}`, () => this.apply(operation)),
        ),
      );
      await this.check(`after step ${i + 1}`);
    }
    await this.drain();
    const awaiting = this.applications.filter((application) => application.status === 'NEEDS_REVIEW');
    await Promise.all(
      awaiting.map((application, i) =>
        this.review(application.applicationId!, closingReviews[i % closingReviews.length]!),
      ),
    );
    await this.finalCheck();
  }

  private target(operation: ApplicationOperation): LiveApplication {
    const meant = this.applications.filter(MEANT_FOR[operation.op]);
    const candidates = meant.length > 0 ? meant : this.applications;
    return candidates[operation.pick % candidates.length]!;
  }

  private async apply(operation: Operation): Promise<void> {
    if (operation.op === 'payout') return this.payout(operation.fiscalYear);
    if (operation.op === 'relay') return this.relay();
    const target = this.target(operation);
    if (operation.op === 'submit') return this.submit(target);
    // Nothing to act on before the application exists.
    const { applicationId } = target;
    if (applicationId === undefined) return;
    if (operation.op === 'deliver') return this.deliver(target, applicationId, operation.as);
    if (operation.op === 'redeliver') return this.redeliver(target);
    if (operation.op === 'withdraw') return this.withdraw(target, applicationId);
    return this.review(applicationId, operation);
  }

  private async submit(target: LiveApplication): Promise<void> {
    const response = await this.shared.writes.submit(target.applicantId, target.payload, {
      'Idempotency-Key': target.idempotencyKey,
    });
    // A retry racing the first request's uncommitted transaction may be told to retry.
    if (response.status === 409 && response.body.type?.endsWith('idempotency-key-in-flight'))
      return void count('submissions in flight');
    if (response.status !== 202)
      throw new ScenarioFailure('submit', [`answered ${response.status}: ${JSON.stringify(response.body)}`]);
    const { applicationId } = response.body as { applicationId: string };
    if (target.applicationId !== undefined && target.applicationId !== applicationId) {
      throw new ScenarioFailure('submit', [
        `one Idempotency-Key answered ${target.applicationId} and ${applicationId}`,
      ]);
    }
    if (target.applicationId !== undefined) count('idempotent replays');
    else if (this.crashAfterPayments) this.shared.lane.paymentsToCrash.add(applicationId);
    target.applicationId = applicationId;
  }

  /** The relay catches up; every transition committed before it started must then be published, once. */
  private async relay(): Promise<void> {
    const committed = await this.readApplications();
    await this.shared.bus.catchUp();
    const violations = transitionsPublished(committed, this.shared.bus.view());
    if (violations.length > 0) throw new ScenarioFailure('relay', violations);
  }

  /**
   * As Lambda's event source: a failed evaluation comes back. A crash is simulated only while
   * the message has a receive left: one that exhausts them is for the DLQ and the sweeper.
   */
  private async deliver(target: LiveApplication, applicationId: string, as: 'ack' | 'crash' | 'lost'): Promise<void> {
    const record = await this.shared.mailbox.take(applicationId);
    if (!record) return;
    target.delivered = record;
    const crashes =
      as !== 'ack' && Number(record.attributes.ApproximateReceiveCount) < EVALUATION_QUEUE.maxReceiveCount;
    if (crashes) {
      count(`evaluations ${as}`);
      // A crash handles the message but never acknowledges it; a lost message is not even handled.
      const { evaluation } = this.shared.mailbox;
      if (as === 'crash') await deliverRecords([record], { ...evaluation, acknowledge: () => false });
      else await releaseRecords(evaluation, [record]);
      return;
    }
    await deliverRecords([record], this.shared.mailbox.evaluation);
  }

  private async redeliver(target: LiveApplication): Promise<void> {
    if (!target.delivered) return;
    count('redeliveries');
    await invoke(this.shared.mailbox.evaluation.handler, [target.delivered], lambdaContext('test-worker', 120_000));
  }

  private async withdraw(target: LiveApplication, applicationId: string): Promise<void> {
    const response = await this.shared.applicantApi('POST /v1/applications/{id}/withdraw', {
      as: applicant(target.applicantId),
      path: { id: applicationId },
    });
    count(`withdrawals answered ${response.status}`);
    if (response.status === 200) this.acknowledgements.push({ applicationId, answer: 'withdrawn' });
    else if (response.status !== 409)
      throw new ScenarioFailure('withdraw', [
        `${applicationId}: answered ${response.status}: ${JSON.stringify(response.body)}`,
      ]);
  }

  /**
   * A reviewer approves (up to the decided ceiling, read unless the scenario already saw it) or
   * rejects the application; a repeat is a retry after a lost response.
   */
  private async review(applicationId: string, { decision, amount: share }: Verdict): Promise<void> {
    const seen = this.applications.find((application) => application.applicationId === applicationId)?.decided;
    const ceiling = seen ?? (await this.storedDecision(applicationId)) ?? '0.01';
    const amount = decision === 'APPROVE' ? (share === 'ceiling' ? ceiling : halfOf(ceiling)) : undefined;
    const response = await this.shared.writes.review(applicationId, { decision, amount, note: REVIEW_NOTE });
    count(
      `reviews answered ${response.status}${response.status === 409 ? ` ${response.body.type?.split('/').at(-1)}` : ''}`,
    );
    if (response.status === 200) this.acknowledgements.push({ applicationId, answer: 'reviewed', decision, amount });
    else if (response.status !== 409)
      throw new ScenarioFailure('review', [
        `${applicationId}: answered ${response.status}: ${JSON.stringify(response.body)}`,
      ]);
  }

  /** A run for the year, driven until the payout queue is empty (other scenarios' runs may still hold messages). */
  private async payout(fiscalYear: number): Promise<void> {
    const { runId } = await startRun(this.shared.payoutResources, { fiscalYear, startedBy: 'admin-model' });
    this.shared.runs.push(runId);
    // One poller: several pollers of one run contend for its counters; the scenarios' runs overlap anyway.
    await drainPayouts(this.shared.payouts);
  }

  /** Relays and delivers evaluations until no application is SUBMITTED (bounded: one left fails the final check). */
  private async drain(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      await this.shared.bus.catchUp();
      await this.readApplications();
      const pending = this.applications.filter((application) => application.status === 'SUBMITTED');
      if (pending.length === 0) break;
      await Promise.all(pending.map((application) => this.deliver(application, application.applicationId!, 'ack')));
    }
  }

  /**
   * Everything, once the relay has caught up: every transition published, every accepted
   * application decided. (No award or application unaccounted for: on the whole table once the
   * lane's scenarios are done, `unaccountedFor`.)
   */
  private async finalCheck(): Promise<void> {
    await this.relay();
    const after = await this.check('at the end', everyAcceptedDecided);
    for (const record of after.applications.values()) {
      count(`${record!.programme} ${record!.status}`);
      if (record!.decision?.capApplied) count('decided with a cap applied');
      if (record!.decision?.outcome === 'INELIGIBLE')
        for (const { rule } of record!.decision.reasons) count(`refused by ${rule}`);
    }
  }

  /** The decided amount as stored now, read with the reads waiting beside it. */
  private async storedDecision(applicationId: string): Promise<string | undefined> {
    const item = itemAt(await this.shared.reads.read([applicationKey(applicationId)]), applicationKey(applicationId));
    return item && fromItem(item).decision?.amount;
  }

  /** What the table holds of the scenario's applicants that it was never told of. */
  unaccountedFor(table: readonly Item[]): string[] {
    return nothingUnaccountedFor(table, {
      applicantIds: this.applicantIds,
      applications: new Set(this.known().map(({ applicationId }) => applicationId)),
      history: new Set(this.history.keys()),
    });
  }

  private known = () =>
    this.applications.filter(
      (application): application is LiveApplication & { applicationId: string } =>
        application.applicationId !== undefined,
    );

  /** The scenario's applications as stored now; remembers their statuses. */
  private async readApplications(): Promise<Pick<Snapshot, 'applications'>> {
    const items = await this.shared.reads.read(this.known().map(({ applicationId }) => applicationKey(applicationId)));
    return { applications: this.remember(items) };
  }

  private remember(items: Map<string, Item>): Snapshot['applications'] {
    const applications: Snapshot['applications'] = new Map();
    for (const application of this.known()) {
      const item = itemAt(items, applicationKey(application.applicationId));
      const record = item && fromItem(item);
      applications.set(application.applicationId, record);
      application.status = record?.status ?? application.status;
      application.decided = record?.decision?.amount ?? application.decided;
    }
    return applications;
  }

  /**
   * Everything the invariants look at, read as of one moment: the applications, their awards
   * and ledger entries, the earlier awards and the recognition markers the system keys them by.
   */
  private async snapshot(): Promise<Snapshot> {
    const known = this.known();
    const awardKey = (applicantId: string, applicationId: string) => ({
      pk: applicantPartition(applicantId),
      sk: `AWARD#${applicationId}`,
    });
    const awardKeys = [
      ...known.map(({ applicantId, applicationId }) => awardKey(applicantId, applicationId)),
      ...[...this.history].map(([id, applicantId]) => awardKey(applicantId, id)),
    ];
    const references = known.flatMap(({ payload }) => recognitionOf(payload) ?? []);
    const items = await this.shared.reads.read([
      ...known.flatMap(({ applicationId }) => [applicationKey(applicationId), ledgerKey(applicationId)]),
      ...awardKeys,
      ...[...new Set(references)].map(recognitionKey),
    ]);
    return {
      applications: this.remember(items),
      awards: awardKeys.map((key) => itemAt(items, key)).filter((award): award is Item => award !== undefined),
      ledger: new Map(
        known
          .map(({ applicationId }) => [applicationId, itemAt(items, ledgerKey(applicationId))] as const)
          .filter((entry): entry is readonly [string, Item] => entry[1] !== undefined),
      ),
      recognitions: new Map(references.map((reference) => [reference, itemAt(items, recognitionKey(reference))])),
    };
  }

  /** The invariants on the table as it is now, and on what had been published before it was read. */
  private async check(when: string, more: (after: Snapshot) => string[] = () => []): Promise<Snapshot> {
    const published = this.shared.bus.view();
    const after = await this.snapshot();
    const violations = [
      ...capsAndOnceOnly(after),
      ...awardsMatchDecisions(after, new Set(this.history.keys())),
      ...ledgerMatchesPayments(after),
      ...auditTrails(after),
      ...publishedOnlyForTransitions(after, published),
      ...acknowledgementsHold(after, this.acknowledgements),
      ...more(after),
    ];
    if (violations.length > 0) throw new ScenarioFailure(when, violations);
    return after;
  }
}

/**
 * Once the scenarios are done: every run started completed, published PayoutRunCompleted once,
 * and its totals agree with the ledger; no event id was published twice; and the whole table,
 * read once (nothing writes to it any more), holds nothing a scenario was never told of.
 */
async function lastChecks(shared: Shared, scenarios: readonly LiveScenario[]): Promise<void> {
  await drainPayouts(shared.payouts);
  await shared.bus.catchUp();
  const table = await shared.lane.atomic('reads the whole table', () => wholeTable(shared.lane, shared.table));
  const ledger = table.filter(
    (item) => item.entity === 'PAYOUT' && item.pk === ledgerKey(String(item.applicationId)).pk,
  );
  const published = shared.bus.view();
  const violations = scenarios.flatMap((scenario, i) =>
    scenario.unaccountedFor(table).map((violation) => `scenario ${i}: ${violation}`),
  );
  for (const runId of shared.runs.splice(0)) {
    const run = await readRun(shared.table, runId);
    const paid = ledger.filter((entry) => entry.runId === runId);
    const amount = sumYuan(paid.map((entry) => String(entry.amount)));
    const completed = published.withId(stableEventId('PayoutRunCompleted', runId, 'completed'));
    const consistent =
      run?.status === 'COMPLETED' &&
      run.paid === paid.length &&
      run.amount === amount &&
      run.found === run.paid + run.alreadyPaid + run.failed;
    if (!consistent || completed.length !== 1) {
      violations.push(
        `run ${runId}: ${JSON.stringify(run)}, ${paid.length} ledger entries for ${amount}, PayoutRunCompleted published ${completed.length} time(s)`,
      );
    }
    count(paid.length > 0 ? 'payout runs that paid' : 'payout runs with nothing to pay');
  }
  const duplicates = shared.bus.duplicates();
  if (duplicates.length > 0) violations.push(`event ids published more than once: ${duplicates.join(', ')}`);
  if (violations.length > 0) throw new ScenarioFailure("at the lane's end", violations);
}

/** A lane's resources as its scenarios share them, its functions composed on the lane's table. */
function shareLane(lane: Lane): Shared {
  const { tables, queues } = lane.resources;
  const table = tables[MAIN_TABLE.id]!;
  const payoutResources: PayoutResources = { table, payoutQueue: queues[PAYOUT_QUEUE.id]!.url };
  return {
    lane,
    table,
    payoutResources,
    bus: new BusMirror(lane),
    mailbox: new EvaluationMailbox(eventSource(queues[EVALUATION_QUEUE.id]!.url, evaluateWith({ table }))),
    writes: writeRoutesOn(lane.resources),
    applicantApi: caller(
      applicantApiWith({
        table,
        documentBucket: lane.resources.buckets[DOCUMENT_BUCKET.id]!,
        admins: LOCAL_ADMIN_RECOGNITION,
      }),
    ),
    reads: new ConsistentReads(lane, table),
    // Batches of a few pay messages, as the payout tests drive the worker.
    payouts: eventSource(payoutResources.payoutQueue, payoutWorkerWith(payoutResources), 5),
    runs: [],
  };
}

/**
 * Runs the lane's scenarios at once, then completes its payout runs and recounts its statistics
 * (SPEC §12); throws what the failing scenarios violated, each with its steps.
 */
export async function runLane(lane: Lane, scenarios: readonly Scenario[]): Promise<void> {
  const shared = shareLane(lane);
  const live = await lane.run('the lane', async () => {
    const applicants = scenarios.map((generated) => applicantsOf(shared.table, generated.applicants));
    await lane.atomic("seeds the scenarios' applicants", () => seedTogether(applicants));
    return scenarios.map((generated, i) => LiveScenario.create(`scenario ${i}`, generated, shared, applicants[i]!));
  });
  const results = await Promise.allSettled(
    scenarios.map((generated, i) => lane.run(`scenario ${i}`, () => live[i]!.run(generated))),
  );
  const failures = results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`scenario ${i} ${JSON.stringify(scenarios[i])}\n${(result.reason as Error).message}`]
      : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n'));
  await lane.run('after the scenarios', async () => {
    await lastChecks(shared, live);
    await lane.atomic('statistics recounted', () => expectStatisticsReconciled(lane.resources));
  });
  for (const _ of lane.crashedPayments) count('payments crashed after their commit');
}
