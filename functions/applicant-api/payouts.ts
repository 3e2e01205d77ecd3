/** GET /v1/payouts: the applicant's own ledger entries, newest first. */
import { applicantPayouts } from '../commons/store/query/listings.js';
import { payoutListParams } from '../commons/edge/list-params.js';
import { callerIdOf } from '../commons/edge/auth.js';
import { json, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { listResponse, payoutView } from '../commons/edge/views.js';

export async function listPayouts({ table }: { table: string }, event: HttpEvent): Promise<HttpResult> {
  const applicantId = callerIdOf(event);
  const paging = validate(payoutListParams, event.queryStringParameters ?? {});
  return json(200, await listResponse(table, applicantPayouts(applicantId), paging, payoutView));
}
