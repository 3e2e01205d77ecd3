/**
 * GET /v1/admin/payout-forecast?fiscalYear=&limit=&cursor=: what a payout run for the year would
 * pay now (SPEC §12), in total and per applicant (a page of applicants at a time, by id). Pays
 * and stores nothing.
 */
import { formatYuan } from '../../shared/policy/index.js';
import { decodeCursor, encodeCursor } from '../commons/edge/cursor.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { fiscalYearPageParams } from '../commons/edge/list-params.js';
import type { ForecastResponse } from '../commons/edge/responses.js';
import { forecastRun } from '../commons/payouts/forecast.js';
import { clock } from '../commons/runtime/clock.js';

export async function forecastPayoutRun(table: string, event: HttpEvent): Promise<HttpResult> {
  const { fiscalYear, limit, cursor } = validate(fiscalYearPageParams, event.queryStringParameters ?? {});
  const binding = { listing: `payout-forecast#${fiscalYear}`, sortKey: 'applicantId' };
  const after = cursor === undefined ? undefined : decodeCursor(cursor, binding);
  const forecast = await forecastRun(table, fiscalYear, clock.now());
  const following =
    after === undefined
      ? forecast.applicants
      : forecast.applicants.filter((applicant) => applicant.applicantId > after);
  const page = following.slice(0, limit);
  const body: ForecastResponse = {
    fiscalYear,
    payableFrom: forecast.payableFrom,
    entitlements: forecast.entitlements,
    amount: formatYuan(forecast.amountFen),
    applicants: forecast.applicants.length,
    items: page.map(({ applicantId, entitlements, amountFen }) => ({
      applicantId,
      entitlements,
      amount: formatYuan(amountFen),
    })),
    ...(following.length > limit ? { nextCursor: encodeCursor(page.at(-1)!.applicantId, binding) } : {}),
  };
  return json(200, body);
}
