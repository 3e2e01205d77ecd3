/**
 * GET /v1/admin/statistics?fiscalYear=&programme=: what is committed and paid, per fiscal year
 * and programme, with totals (SPEC §12), from the aggregates (../commons/statistics/aggregates.ts).
 */
import { APPLICATION_STATUSES } from '../../shared/domain/application.js';
import type { Counter, Counters } from '../../shared/domain/statistics.js';
import { formatYuan, type ProgrammeCode } from '../../shared/policy/index.js';
import { statisticsParams } from '../commons/edge/list-params.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import type { StatisticsResponse } from '../commons/edge/responses.js';
import { readAggregates } from '../commons/statistics/aggregates.js';

const fen = (counters: Counters, ...names: Array<keyof Counters>) =>
  BigInt(names.reduce((sum, name) => sum + (counters[name] ?? 0), 0));

/** The counters in the API's shape: counts, and money as yuan strings. */
function figures(counters: Counters): StatisticsResponse['totals'] {
  const byStatus = Object.fromEntries(
    APPLICATION_STATUSES.map((status) => [status, counters[status] ?? 0]),
  ) as StatisticsResponse['totals']['applications']['byStatus'];
  const awarded = fen(counters, 'decidedFen', 'approvedFen', 'grantedFen');
  const paid = fen(counters, 'paidFen');
  return {
    applications: { total: Object.values(byStatus).reduce((sum, n) => sum + n, 0), byStatus },
    awarded: {
      total: formatYuan(awarded),
      byDecision: formatYuan(fen(counters, 'decidedFen')),
      byReview: formatYuan(fen(counters, 'approvedFen')),
      byAppeal: formatYuan(fen(counters, 'grantedFen')),
    },
    paid: { total: formatYuan(paid), payments: counters.payments ?? 0 },
    committedUnpaid: formatYuan(awarded - paid),
  };
}

/** Answers from the aggregates in the statistics table the admin API's composition read. */
export async function getStatistics(statisticsTable: string, event: HttpEvent): Promise<HttpResult> {
  const filter = validate(statisticsParams, event.queryStringParameters ?? {});
  const cells = [...(await readAggregates(statisticsTable, filter)).values()].sort(
    (a, b) => a.cell.fiscalYear - b.cell.fiscalYear || a.cell.programme.localeCompare(b.cell.programme),
  );
  const totals: Counters = {};
  for (const { counters } of cells)
    for (const [counter, value] of Object.entries(counters) as Array<[Counter, number]>)
      totals[counter] = (totals[counter] ?? 0) + value;
  const body: StatisticsResponse = {
    ...filter,
    items: cells.map(({ cell, counters }) => ({
      fiscalYear: cell.fiscalYear,
      programme: cell.programme as ProgrammeCode,
      ...figures(counters),
    })),
    totals: figures(totals),
  };
  return json(200, body);
}
