/**
 * The work a committed event starts, beside the events' definitions: the outbox relay
 * (functions/outbox-relay) queues it when it finds the event added by a write on the table's
 * stream, and only while the application the write left is still in the status named here (a
 * stale or replayed record starts nothing). An event type not listed starts nothing.
 */
import type { ApplicationStatus } from '../application.js';
import type { EventType } from './index.js';

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
