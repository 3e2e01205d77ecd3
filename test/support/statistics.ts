/**
 * The check the tests that change many records end with (SPEC §12): once the statistics tally has
 * read the whole stream (every batch delivered twice), the aggregates equal a recount of the
 * records, counter by counter.
 */
import { expect } from 'vitest';
import { MAIN_TABLE, STATISTICS_TABLE } from '../../shared/contract/resources.js';
import type { LocalResources } from '../../infra/local/provision.js';
import { reconcile, type Reconciliation } from '../../functions/commons/statistics/reconcile.js';
import { tallyStatistics } from './emulators/env.js';

/** Of the tables of `resources` (a test file's: `localAws().resources`). */
export async function expectStatisticsReconciled(resources: LocalResources): Promise<Reconciliation> {
  await tallyStatistics(resources);
  const result = await reconcile({
    applications: resources.tables[MAIN_TABLE.id]!,
    statistics: resources.tables[STATISTICS_TABLE.id]!,
  });
  expect(result.differences).toEqual([]);
  expect(result.cells).toBeGreaterThan(0);
  return result;
}
