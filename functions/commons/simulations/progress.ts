/**
 * A simulation's progress (read by the completion check, GET /v1/admin/simulations/{id} and the
 * sweeper): the sum of its counter shards. `pages` (pages recorded, with or without a decided
 * record) is the sweeper's alone; the API shows cases, partsDone and parts.
 */
import { counterShards } from '../store/counters.js';
import { simulationPartition } from '../store/items/keys.js';

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

export async function readProgress(table: string, simulationId: string, parts: number) {
  const progress = { pages: 0, cases: 0, partsDone: 0, parts };
  for (const shard of await counterShards(table, simulationPartition(simulationId))) {
    progress.pages += count(shard.pages);
    progress.cases += count(shard.cases);
    progress.partsDone += count(shard.partsDone);
  }
  return progress;
}
