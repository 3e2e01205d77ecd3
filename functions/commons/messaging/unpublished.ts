/**
 * The outbox relay's failure store (shared/contract/resources.ts UNPUBLISHED_EVENTS): one message
 * per event the relay gave up publishing, `{event, reason}` with the event as its outbox held it,
 * and its eventId and type also as message attributes (what an operator reads in the console first).
 */
import { ENV } from '../../../shared/contract/resources.js';
import type { DomainEvent } from '../../../shared/domain/events/index.js';
import { env } from '../runtime/env.js';
import { sendMessages } from './send.js';

export interface KeptEvent {
  event: DomainEvent;
  /** The bus's refusal code, or `malformed` for an outbox entry that does not match its schema. */
  reason: string;
}

export async function keepUnpublished(kept: readonly KeptEvent[]): Promise<void> {
  await sendMessages(env(ENV.unpublishedEventsQueueUrl), kept, ({ event }) => ({
    eventId: String(event.detail?.eventId),
    type: String(event.type),
  }));
}
