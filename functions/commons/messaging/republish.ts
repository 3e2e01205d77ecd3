/**
 * Republishing what the outbox relay gave up (README runbook, UnpublishedEventsAlarm): once the
 * bus takes events again, each event in the relay's failure store is handed back to the relay
 * (../store/put-item/republish.ts), which publishes it with its eventId; then its message is deleted.
 */
import { handBackToRelay } from '../store/put-item/republish.js';
import { moveMessages } from './redrive.js';
import type { KeptEvent } from './unpublished.js';

/** Hands the events in the failure store `storeUrl` back to the relay of `table`. */
export async function republishEvents(
  { table, storeUrl }: { table: string; storeUrl: string },
  timeLeftMs: () => number,
): Promise<{ moved: number }> {
  return moveMessages(storeUrl, timeLeftMs, async (messages) => {
    await Promise.all(
      messages.map((message) =>
        handBackToRelay(table, message.MessageId!, (JSON.parse(message.Body ?? '{}') as KeptEvent).event),
      ),
    );
    return messages;
  });
}
