/**
 * PUT /v1/admin/platforms/{applicantId}/certification: records that an applicant's platform is
 * a certified open-source deep-learning platform for a period. One item per certificate
 * reference, so repeating the PUT for a reference replaces it rather than adding another.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { applicantPartition } from '../commons/store/application-item.js';
import { principalOf, requireAdmin } from '../commons/edge/auth.js';
import { documentClient } from '../commons/clients/dynamodb.js';
import { nowIso } from '../commons/runtime/clock.js';
import { json, parseBody, pathParameter, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { tableName } from '../commons/store/transactions.js';
import { certificationBodySchema } from './certification-body.js';

export const certificationKey = (applicantId: string, reference: string) => ({
  pk: applicantPartition(applicantId),
  sk: `CERT#${reference}`,
});

export async function putCertification(event: HttpEvent): Promise<HttpResult> {
  const admin = requireAdmin(principalOf(event));
  const applicantId = pathParameter(event, 'applicantId');
  const { certifiedFrom, certifiedUntil, reference } = parseBody(event, certificationBodySchema);
  const certification = { applicantId, certifiedFrom, certifiedUntil, reference };
  await documentClient.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...certificationKey(applicantId, reference),
        entity: 'CERTIFICATION',
        ...certification,
        certifiedBy: admin.id,
        certifiedAt: nowIso(),
      },
    }),
  );
  return json(200, certification);
}
