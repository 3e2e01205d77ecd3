/**
 * The outbox relay's failure store (shared/contract/resources.ts UNPUBLISHED_EVENTS): one message
 * per event the relay gave up publishing, `{event, reason}` with the event as its outbox held it,
 * and its eventId and type also as message attributes (what an operator reads in the console first).
 */
import type { DomainEvent } from '../../../shared/domain/events/index.js';
import { sendMessages } from './send.js';

export interface KeptEvent {
  event: DomainEvent;
  /** The bus's refusal code, or `malformed` for an outbox entry that does not match its schema. */
  reason: string;
}

/** Sends the given-up events to the failure store `storeUrl`. */
export async function keepUnpublished(storeUrl: string, kept: readonly KeptEvent[]): Promise<void> {
  await sendMessages(storeUrl, kept, ({ event }) => ({
    eventId: String(event.detail?.eventId),
    type: String(event.type),
  }));
}
