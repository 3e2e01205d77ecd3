/** GET /v1/admin/payouts?fiscalYear=: the payout ledger of one fiscal year, newest first. */
import { listResponse, payoutLedger, payoutView, queryPage } from '../commons/store/listings.js';
import { ledgerParams } from '../commons/edge/list-params.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';

export async function listLedger(event: HttpEvent): Promise<HttpResult> {
  const { fiscalYear, ...paging } = validate(ledgerParams, event.queryStringParameters ?? {});
  const page = await queryPage(payoutLedger(fiscalYear), paging);
  return json(200, listResponse(page, payoutView));
}
