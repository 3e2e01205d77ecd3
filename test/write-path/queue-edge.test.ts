/**
 * The queue and stream edge (functions/commons/edge/queue.ts): what an invocation counted is
 * published when it ends, also when it throws; a handler's answered counts are added before that
 * and its response answered alone; an invocation that counted nothing writes no line at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answeringCounts, queueHandler } from '../../functions/commons/edge/queue.js';
import { count, metrics } from '../../functions/commons/runtime/metrics.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the queue edge', () => {
  it('adds the answered counts, publishes them and answers the response alone', async () => {
    const added = vi.spyOn(metrics, 'addMetric');
    const handler = answeringCounts(async (batch: { size: number }) => ({
      response: { batchItemFailures: [] },
      counts: { Relayed: batch.size, Failed: 0 },
    }));

    expect(await handler({ size: 3 })).toEqual({ batchItemFailures: [] });
    expect(added.mock.calls).toEqual([['Relayed', 'Count', 3]]);
    expect(metrics.hasStoredMetrics()).toBe(false);
  });

  it('publishes what a handler counted before it threw, and throws its error', async () => {
    const failure = new Error('the batch failed');
    const handler = queueHandler(async (_batch: object) => {
      count({ Counted: 2 });
      throw failure;
    });

    await expect(handler({})).rejects.toBe(failure);
    expect(metrics.hasStoredMetrics()).toBe(false);
  });

  it('writes no line when the invocation counted nothing', async () => {
    const lines = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'log'),
    ];
    const handler = queueHandler(async (_batch: object) => ({ batchItemFailures: [] }));

    expect(await handler({})).toEqual({ batchItemFailures: [] });
    for (const line of lines) expect(line).not.toHaveBeenCalled();
  });
});
