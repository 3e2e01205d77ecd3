/**
 * The check the tests that change many records end with (SPEC §12): once the statistics tally has
 * read the whole stream (every batch delivered twice), the aggregates equal a recount of the
 * records, counter by counter.
 */
import { expect } from 'vitest';
import { ENV } from '../../shared/contract/resources.js';
import { reconcile, type Reconciliation } from '../../functions/commons/statistics/reconcile.js';
import { tallyStatistics } from './emulators/env.js';

export async function expectStatisticsReconciled(): Promise<Reconciliation> {
  await tallyStatistics();
  // The tables process.env names now, as tallyStatistics reads the stream of (the model test's lanes answer for it).
  const result = await reconcile({
    applications: process.env[ENV.tableName]!,
    statistics: process.env[ENV.statisticsTableName]!,
  });
  expect(result.differences).toEqual([]);
  expect(result.cells).toBeGreaterThan(0);
  return result;
}
