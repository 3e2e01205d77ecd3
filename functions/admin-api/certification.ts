/**
 * PUT /v1/admin/platforms/{applicantId}/certification: records that an applicant's platform is
 * a certified open-source deep-learning platform for a period (../commons/store/put-item/history.ts).
 */
import { callerIdOf } from '../commons/edge/auth.js';
import { nowIso } from '../commons/runtime/clock.js';
import { json, parseBody, pathParameter, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { recordCertification } from '../commons/store/put-item/history.js';
import { certificationBodySchema } from './certification-body.js';

export async function putCertification(table: string, event: HttpEvent): Promise<HttpResult> {
  const admin = callerIdOf(event);
  const applicantId = pathParameter(event, 'applicantId');
  const { certifiedFrom, certifiedUntil, reference } = parseBody(event, certificationBodySchema);
  const certification = { applicantId, certifiedFrom, certifiedUntil, reference };
  await recordCertification(table, certification, admin, nowIso());
  return json(200, certification);
}
