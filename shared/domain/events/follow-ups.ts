/**
 * The work a committed event starts, beside the events' definitions: the outbox relay
 * (functions/commons/messaging/outbox-relay.ts) queues it when it finds the event added by a write
 * on the table's stream, and only while the application the write left is still in the status
 * named here (a stale or replayed record starts nothing). An event type not listed starts nothing.
 */
import type { ApplicationRecord, ApplicationStatus } from '../application.js';
import { publishableDetail, type DomainEvent, type EventType } from './index.js';

/** Work the relay knows how to queue: `evaluate` is a message on the evaluation queue. */
export type FollowUpWork = 'evaluate';

export interface FollowUp {
  work: FollowUpWork;
  /** The status the written application must have for the work to be queued. */
  whileStatus: ApplicationStatus;
}

export const FOLLOW_UPS: { readonly [T in EventType]?: FollowUp } = {
  ApplicationSubmitted: { work: 'evaluate', whileStatus: 'SUBMITTED' },
};

/** The work an event added by a write starts, given the status the write left its application in. */
export const followUpOf = (type: EventType, status: unknown): FollowUpWork | undefined => {
  const followUp = FOLLOW_UPS[type];
  return followUp && followUp.whileStatus === status ? followUp.work : undefined;
};

/** What the relay does with the events one write added. */
export interface Relayed {
  /** The events to publish, each checked against its schema again: the bus gets nothing malformed. */
  events: DomainEvent[];
  /** The applications to evaluate (as the write left them, so the evaluator need not read them again). */
  evaluate: ApplicationRecord[];
}

/**
 * The events a write added and the work they start, given the application the write left (none
 * when the item is no application). Throws when an added entry does not match its schema.
 */
export function relayed(added: readonly DomainEvent[], application?: ApplicationRecord): Relayed {
  const events = added.map(({ type, detail }) => ({ type, detail: publishableDetail(type, detail) }) as DomainEvent);
  const evaluate = events.some((event) => followUpOf(event.type, application?.status) === 'evaluate')
    ? [application!]
    : [];
  return { events, evaluate };
}
