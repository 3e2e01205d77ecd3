/**
 * Publishes domain events to the EventBridge bus. Each event's detail was validated when it
 * was built (its builder in shared/domain/events/); here it is only sent, in PutEvents batches of at most ten.
 */
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { ENV } from '../../../shared/contract/resources.js';
import { EVENT_SOURCE, type DomainEvent } from '../../../shared/domain/events/index.js';
import { eventBridge } from '../clients/eventbridge.js';
import { env } from '../runtime/env.js';

/** PutEvents accepts at most ten entries per call. */
const MAX_ENTRIES = 10;

export class PublishError extends Error {
  constructor(readonly failures: { type: string; errorCode?: string }[]) {
    super(`EventBridge refused ${failures.length} event(s): ${failures.map((f) => `${f.type} (${f.errorCode ?? 'unknown'})`).join(', ')}`);
    this.name = 'PublishError';
  }
}

const entryOf = (event: DomainEvent): PutEventsRequestEntry => ({
  EventBusName: env(ENV.eventBusName),
  Source: EVENT_SOURCE,
  DetailType: event.type,
  Detail: JSON.stringify(event.detail),
});

/** Sends every event; throws when any entry is refused, so the caller's work is retried (consumers dedupe on eventId). */
export async function publish(events: readonly DomainEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += MAX_ENTRIES) {
    const batch = events.slice(start, start + MAX_ENTRIES);
    const result = await eventBridge.send(new PutEventsCommand({ Entries: batch.map(entryOf) }));
    if ((result.FailedEntryCount ?? 0) > 0) {
      const failures = (result.Entries ?? [])
        .map((entry, i) => ({ type: batch[i]?.type ?? 'unknown', errorCode: entry.ErrorCode }))
        .filter((failure) => failure.errorCode !== undefined);
      throw new PublishError(failures.length > 0 ? failures : [{ type: 'unknown' }]);
    }
  }
}
