/** GET /v1/admin/payouts?fiscalYear=: the payout ledger of one fiscal year, newest first. */
import { payoutLedger } from '../commons/store/query/listings.js';
import { fiscalYearPageParams } from '../commons/edge/list-params.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { listResponse, payoutView } from '../commons/edge/views.js';

export async function listLedger(table: string, event: HttpEvent): Promise<HttpResult> {
  const { fiscalYear, ...paging } = validate(fiscalYearPageParams, event.queryStringParameters ?? {});
  return json(200, await listResponse(table, payoutLedger(fiscalYear), paging, payoutView));
}
