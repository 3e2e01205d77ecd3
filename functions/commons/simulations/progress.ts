/** A simulation's progress (read by the completion check and GET /v1/admin/simulations/{id}): the sum of its counter shards. */
import { counterShards } from '../store/counters.js';
import { simulationPartition } from '../store/items/keys.js';

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

export async function readProgress(table: string, simulationId: string, parts: number) {
  const progress = { cases: 0, partsDone: 0, parts };
  for (const shard of await counterShards(table, simulationPartition(simulationId))) {
    progress.cases += count(shard.cases);
    progress.partsDone += count(shard.partsDone);
  }
  return progress;
}
