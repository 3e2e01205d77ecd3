/**
 * Republishing what the outbox relay gave up (README runbook, UnpublishedEventsAlarm): once the
 * bus takes events again, each event in the relay's failure store is handed back to the relay
 * (../store/put-item/republish.ts), which publishes it with its eventId; then its message is deleted.
 */
import { ENV } from '../../../shared/contract/resources.js';
import { env } from '../runtime/env.js';
import { handBackToRelay } from '../store/put-item/republish.js';
import { moveMessages } from './redrive.js';
import type { KeptEvent } from './unpublished.js';

export async function republishEvents(table: string, timeLeftMs: () => number): Promise<{ moved: number }> {
  return moveMessages(env(ENV.unpublishedEventsQueueUrl), timeLeftMs, async (messages) => {
    await Promise.all(
      messages.map((message) =>
        handBackToRelay(table, message.MessageId!, (JSON.parse(message.Body ?? '{}') as KeptEvent).event),
      ),
    );
    return messages;
  });
}
