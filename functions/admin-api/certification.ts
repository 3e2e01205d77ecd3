/**
 * PUT /v1/admin/platforms/{applicantId}/certification: records that an applicant's platform is
 * a certified open-source deep-learning platform for a period. One item per certificate
 * reference, so repeating the PUT for a reference replaces it rather than adding another.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from '../../shared/zod.js';
import { applicantPartition } from '../commons/application-item.js';
import { principalOf, requireAdmin } from '../commons/auth.js';
import { documentClient } from '../commons/clients/dynamodb.js';
import { nowIso } from '../commons/clock.js';
import { json, parseBody, pathParameter, validate, type HttpEvent, type HttpResult } from '../commons/http.js';
import { tableName } from '../commons/transactions.js';
import { certificationBodySchema } from './certification-body.js';

/** Applicant ids are token subjects; a `#` would break the key layout. */
const applicantIdSchema = z
  .string()
  .check(z.maxLength(128, 'at most 128 characters'), z.regex(/^[^#\s]+$/, 'must not contain "#" or whitespace'));

export const certificationKey = (applicantId: string, reference: string) => ({
  pk: applicantPartition(applicantId),
  sk: `CERT#${reference}`,
});

export async function putCertification(event: HttpEvent): Promise<HttpResult> {
  const admin = requireAdmin(principalOf(event));
  const applicantId = validate(applicantIdSchema, pathParameter(event, 'applicantId'), 'applicantId');
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
