/**
 * The scheduled reconciliation of the statistics (README "Statistics"): recounts the records and
 * compares them with the aggregates. The aggregates follow the table's stream within seconds, so
 * a difference seen while writes are in flight is looked at again after a pause; one that stays
 * is logged counter by counter and counted as `StatisticsDifferences`, the metric of its alarm.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { ENV } from '../../shared/contract/resources.js';
import { env } from '../commons/runtime/env.js';
import { count, publishCounts } from '../commons/runtime/metrics.js';
import { reconcile, type ReconciledTables, type Reconciliation } from '../commons/statistics/reconcile.js';

const logger = new Logger();

/** Looks before a difference counts, and the pause between them (the stream's lag is seconds). */
const LOOKS = 3;
const PAUSE_MS = 20_000;

/** The function on the records' table and the statistics table (tests build it on their own). */
export const reconcileWith =
  (tables: ReconciledTables) =>
  async (event?: { pauseMs?: number }): Promise<Reconciliation> => {
    let result = await reconcile(tables);
    for (let look = 1; look < LOOKS && result.differences.length > 0; look++) {
      await sleep(event?.pauseMs ?? PAUSE_MS);
      result = await reconcile(tables);
    }
    if (result.differences.length > 0)
      logger.error('statistics differ from the records', { differences: result.differences });
    else logger.info('statistics reconciled', { cells: result.cells });
    count({ StatisticsDifferences: result.differences.length });
    publishCounts();
    return result;
  };

/** Composed once per container: the two tables its environment names. */
export const handler = reconcileWith({ applications: env(ENV.tableName), statistics: env(ENV.statisticsTableName) });
