/**
 * Resuming a simulation whose chains stopped: messages never sent, lost (a local restart empties the
 * in-memory queues) or dead-lettered (a page that kept failing). From the pages it recorded, each part
 * not finished gets the message its chain would have sent next: its first page, or the page after its
 * last recorded one, from where that one ended. If every part is finished (the completion check was
 * what failed), one part's last page is sent again: a worker finds it recorded and checks completion.
 * Pages are recorded once and read from where the recorded page ended, so a resumed simulation's
 * result is an unbroken one's.
 */
import { sendMessages } from '../messaging/send.js';
import type { ProgrammeCode } from '../../../shared/policy/index.js';
import { INDEX_SHARDS } from '../store/items/keys.js';
import { recordedPages } from './progress.js';
import type { SimulationMessage } from './model.js';

type Next = SimulationMessage['after'];

/** The last recorded page of each part (`<programme>#<shard>`), with where it ended (none: the part's last page). */
async function lastPages(table: string, simulationId: string): Promise<Map<string, { page: number; next: Next }>> {
  const last = new Map<string, { page: number; next: Next }>();
  const pages = recordedPages(table, simulationId, {
    ProjectionExpression: 'sk, #next',
    ExpressionAttributeNames: { '#next': 'next' },
  });
  // A part's pages come in order (zero-padded sort keys), its last one last.
  for await (const { Items = [] } of pages)
    for (const item of Items) {
      const [, programme, shard, page] = String(item.sk).split('#');
      last.set(`${programme}#${Number(shard)}`, { page: Number(page), next: item.next as Next });
    }
  return last;
}

/** Sends the messages that continue the simulation's unfinished parts (or its completion check); how many. */
export async function resumeSimulation(
  { table, simulationQueue }: { table: string; simulationQueue: string },
  simulationId: string,
  programmes: readonly ProgrammeCode[],
): Promise<number> {
  const last = await lastPages(table, simulationId);
  const messages: SimulationMessage[] = [];
  let finished: SimulationMessage | undefined;
  for (const programme of programmes)
    for (let shard = 0; shard < INDEX_SHARDS; shard++) {
      const recorded = last.get(`${programme}#${shard}`);
      if (!recorded) messages.push({ simulationId, programme, shard, page: 0 });
      else if (recorded.next)
        messages.push({ simulationId, programme, shard, page: recorded.page + 1, after: recorded.next });
      else finished = { simulationId, programme, shard, page: recorded.page };
    }
  if (messages.length === 0 && finished) messages.push(finished);
  await sendMessages(simulationQueue, messages);
  return messages.length;
}
