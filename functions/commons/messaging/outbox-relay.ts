/**
 * Relaying the table's committed writes (its DynamoDB stream, new and old images): the only code
 * that puts events on the bus. For each write it publishes the events the write added to its item's
 * outbox (../store/items/outbox.ts), and queues the follow-up work those events start, as their table
 * declares it (shared/domain/events/follow-ups.ts): an evaluation carries the stored application so
 * the evaluator need not read it again.
 *
 * The whole batch is published together (PutEvents and SendMessageBatch take ten entries a call),
 * not record by record. On a failure the answer names the first record whose work failed;
 * Lambda (or the local stream reader) resumes from it, so records before it are never repeated and
 * those after it may be: consumers dedupe on eventId, and evaluation is idempotent.
 *
 * A record still failing OUTBOX_RELAY.giveUpAfterSeconds after its write is given up: the events
 * the bus refused (or its malformed outbox) go to the failure store with their eventIds, for
 * `npm run republish`, and the stream moves on; an evaluation it could not queue is the sweeper's.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { OUTBOX_RELAY } from '../../../shared/contract/resources.js';
import { relayed, type DomainEvent } from '../../../shared/domain/events/index.js';
import { clock } from '../runtime/clock.js';
import type { Counts } from '../runtime/metrics.js';
import { committedWrite, type CommittedWrite } from '../store/items/outbox.js';
import { eventLogger } from './correlation.js';
import type { EvaluationMessage } from './evaluation-message.js';
import { requestEvaluations } from './evaluation-queue.js';
import { publish } from './publisher.js';
import { keepUnpublished, type KeptEvent } from './unpublished.js';

const logger = new Logger();

/** Where the relay sends: the bus, the evaluation queue and its failure store (its handler reads them from the environment). */
export interface RelayTargets {
  eventBusName: string;
  evaluationQueueUrl: string;
  unpublishedEventsQueueUrl: string;
}

interface Work {
  sequenceNumber: string;
  /** When the write happened, ms. */
  writtenAt: number;
  events: DomainEvent[];
  evaluations: EvaluationMessage[];
  /** The added outbox entries as stored, when they do not match their schemas. */
  malformed?: DomainEvent[];
}

/** What one stream record asks for. */
function workOf(record: DynamoDBRecord): Work {
  const { sequenceNumber, writtenAt, added, application }: CommittedWrite = committedWrite(record);
  try {
    const { events, evaluate } = relayed(added, application);
    const evaluations = evaluate.map((submitted) => ({
      applicationId: submitted.applicationId,
      application: submitted,
    }));
    return { sequenceNumber, writtenAt, events, evaluations };
  } catch (error) {
    logger.error('malformed outbox', { eventID: record.eventID, error: error as Error });
    return { sequenceNumber, writtenAt, events: [], evaluations: [], malformed: added };
  }
}

/** Past this, a failing record is given up (kept) instead of retried. */
const givenUp = (work: Work): boolean =>
  clock.now().getTime() - work.writtenAt >= OUTBOX_RELAY.giveUpAfterSeconds * 1000;

/** Queues the works' evaluations; returns the works whose evaluations were not queued. */
async function queueEvaluations(works: Work[], queueUrl: string): Promise<Set<Work>> {
  const messages = works.flatMap((work) => work.evaluations);
  if (messages.length === 0) return new Set();
  try {
    await requestEvaluations(messages, queueUrl);
    return new Set();
  } catch (error) {
    logger.error('evaluations not queued', { error: error as Error });
    return new Set(works.filter((work) => work.evaluations.length > 0));
  }
}

interface Settled {
  kept: KeptEvent[];
  /** The works given up, in stream order. */
  givenUp: Work[];
  /** The first work to retry, if any. */
  retryFrom?: Work;
}

/** Walks the works in stream order: done, given up (its unpublished events to keep), or the first to retry. */
function settle(works: Work[], refused: Map<string, string>, unqueued: Set<Work>): Settled {
  const settled: Settled = { kept: [], givenUp: [] };
  for (const work of works) {
    const unpublished: KeptEvent[] = work.malformed
      ? work.malformed.map((event) => ({ event, reason: 'malformed' }))
      : work.events.flatMap((event) => {
          const reason = refused.get(event.detail.eventId);
          return reason ? [{ event, reason }] : [];
        });
    if (unpublished.length === 0 && !unqueued.has(work)) continue;
    if (!givenUp(work)) return { ...settled, retryFrom: work };
    settled.kept.push(...unpublished);
    settled.givenUp.push(work);
  }
  return settled;
}

/**
 * Keeps the given-up events; answers how many, or the work to retry from when the failure store
 * refused them (nothing is given up unless kept).
 */
async function keep(storeUrl: string, settled: Settled): Promise<{ kept: number; retryFrom?: Work }> {
  if (settled.kept.length === 0) return { kept: 0 };
  try {
    await keepUnpublished(storeUrl, settled.kept);
  } catch (error) {
    logger.error('the failure store refused the given-up events', { error: error as Error });
    return { kept: 0, retryFrom: settled.givenUp[0] };
  }
  logger.warn('events given up and kept for republishing', {
    kept: settled.kept.map(({ event, reason }) => ({ eventId: event.detail?.eventId, reason })),
  });
  return { kept: settled.kept.length };
}

/** What relaying a batch answers: the sequence number of the first record to retry from, if any, and its counts. */
export interface Relayed {
  retryFrom?: string;
  counts: Counts;
}

/** One line per event on the bus, under the correlation id of the request that caused it (SPEC §10.2). */
function logPublished(events: DomainEvent[], refused: ReadonlySet<DomainEvent>): void {
  for (const event of events.filter((published) => !refused.has(published))) {
    eventLogger(logger, event).info('event published', {
      eventId: event.detail.eventId,
      type: event.type,
    });
  }
}

/**
 * Publishes the events of a batch of committed writes and queues their follow-up work; answers the
 * sequence number of the first record to retry from, if any, and how many events were relayed and kept.
 */
export async function relayWrites(records: readonly DynamoDBRecord[], targets: RelayTargets): Promise<Relayed> {
  const all = records.map(workOf);
  // A malformed outbox stops the batch there (retried, so isolated) until it is given up.
  const stop = all.findIndex((work) => work.malformed && !givenUp(work));
  const works = stop === -1 ? all : all.slice(0, stop);
  const events = works.flatMap((work) => work.events);
  const [refused, unqueued] = await Promise.all([
    publish(events, targets.eventBusName),
    queueEvaluations(works, targets.evaluationQueueUrl),
  ]);
  logPublished(events, new Set(refused.map(({ event }) => event)));
  if (refused.length > 0)
    logger.error('events refused by the bus', {
      refused: refused.map(({ event, reason }) => ({ eventId: event.detail.eventId, reason })),
    });
  const settled = settle(works, new Map(refused.map(({ event, reason }) => [event.detail.eventId, reason])), unqueued);
  const { kept, retryFrom } = await keep(targets.unpublishedEventsQueueUrl, settled);
  return {
    retryFrom: (retryFrom ?? settled.retryFrom ?? all[stop])?.sequenceNumber,
    counts: { EventsRelayed: events.length - refused.length, EventsKeptUnpublished: kept },
  };
}
