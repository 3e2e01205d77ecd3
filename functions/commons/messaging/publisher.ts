/**
 * Publishes domain events to the EventBridge bus the caller names (its handler reads it from the
 * environment). Each event's detail was validated when it was built (its builder in
 * shared/domain/events/); here it is only sent, in PutEvents batches of at most ten.
 */
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type DomainEvent } from '../../../shared/domain/events/index.js';
import { eventBridge } from '../clients/eventbridge.js';

/** PutEvents accepts at most ten entries per call. */
const MAX_ENTRIES = 10;

/** An event the bus did not take, and why (EventBridge's error code, or the failed call's error name). */
export interface RefusedEvent {
  event: DomainEvent;
  reason: string;
}

const entryOf =
  (eventBusName: string) =>
  (event: DomainEvent): PutEventsRequestEntry => ({
    EventBusName: eventBusName,
    Source: EVENT_SOURCE,
    DetailType: event.type,
    Detail: JSON.stringify(event.detail),
  });

/**
 * Sends every event to the bus; answers exactly those the bus refused, so that the caller keeps or retries
 * only them (consumers dedupe on eventId). A call that fails stops the publication there: its
 * batch and every later one count as refused.
 */
export async function publish(events: readonly DomainEvent[], eventBusName: string): Promise<RefusedEvent[]> {
  const refused: RefusedEvent[] = [];
  for (let start = 0; start < events.length; start += MAX_ENTRIES) {
    const batch = events.slice(start, start + MAX_ENTRIES);
    let result;
    try {
      result = await eventBridge.send(new PutEventsCommand({ Entries: batch.map(entryOf(eventBusName)) }));
    } catch (error) {
      return [...refused, ...events.slice(start).map((event) => ({ event, reason: (error as Error).name || 'Error' }))];
    }
    if ((result.FailedEntryCount ?? 0) === 0) continue;
    const flagged = batch.flatMap((event, i) => {
      const errorCode = result.Entries?.[i]?.ErrorCode;
      return errorCode ? [{ event, reason: errorCode }] : [];
    });
    // A count without flagged entries says nothing about which: all of the batch count as refused.
    refused.push(...(flagged.length > 0 ? flagged : batch.map((event) => ({ event, reason: 'unknown' }))));
  }
  return refused;
}
