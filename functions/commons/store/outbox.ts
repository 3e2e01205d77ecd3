/**
 * The transactional outbox (SPEC §5): a write that changes state also stores the events of that
 * change in the item it writes, under `outbox`. The table's stream carries every write with its
 * old and new image; the relay (functions/outbox-relay) publishes the events of the new image
 * that the old image did not hold. So an event exists exactly when its state change committed,
 * its id is fixed by that change, and a write that changes nothing publishes nothing.
 */
import type { DomainEvent } from '../../../shared/domain/events/index.js';

export const OUTBOX_ATTRIBUTE = 'outbox';

type Image = Record<string, unknown> | undefined;

const eventsIn = (image: Image): DomainEvent[] => {
  const stored = image?.[OUTBOX_ATTRIBUTE];
  return Array.isArray(stored) ? (stored as DomainEvent[]) : [];
};

/** The events a write added: in the new image's outbox, not in the old one's (by eventId). */
export function addedEvents(oldImage: Image, newImage: Image): DomainEvent[] {
  const before = new Set(eventsIn(oldImage).map((event) => event.detail.eventId));
  return eventsIn(newImage).filter((event) => !before.has(event.detail.eventId));
}

/** The numbers the events of a write carry (application events: `sequence`), lowest first. */
export const eventSequences = (events: readonly DomainEvent[] = []): number[] =>
  events
    .flatMap(({ detail }) => ('sequence' in detail && typeof detail.sequence === 'number' ? [detail.sequence] : []))
    .sort((a, b) => a - b);
