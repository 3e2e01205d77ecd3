/**
 * The check the tests that change many records end with (SPEC §12): once the statistics tally has
 * read the whole stream (every batch delivered twice), the aggregates equal a recount of the
 * records, counter by counter.
 */
import { expect } from 'vitest';
import { reconcile, type Reconciliation } from '../../functions/commons/statistics/reconcile.js';
import { tallyStatistics } from './emulators/env.js';

export async function expectStatisticsReconciled(): Promise<Reconciliation> {
  await tallyStatistics();
  const result = await reconcile();
  expect(result.differences).toEqual([]);
  expect(result.cells).toBeGreaterThan(0);
  return result;
}
