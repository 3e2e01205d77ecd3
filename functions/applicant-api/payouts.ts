/** GET /v1/payouts: the applicant's own ledger entries, newest first. */
import { applicantPayouts, listResponse, payoutView, queryPage } from '../commons/applications-query.js';
import { payoutListParams } from '../commons/list-params.js';
import { principalOf } from '../commons/auth.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/http.js';

export async function listPayouts(event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event);
  const paging = validate(payoutListParams, event.queryStringParameters ?? {});
  const page = await queryPage(applicantPayouts(principal.id), paging);
  return json(200, listResponse(page, payoutView));
}
