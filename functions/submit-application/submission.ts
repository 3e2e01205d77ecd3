/**
 * Accepting an application: refused before the application window of the policy version in
 * force; otherwise stored as SUBMITTED (details exactly as submitted), queued for
 * evaluation, announced, and answered 202.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { domainEvent } from '../../shared/domain/events.js';
import { shanghaiDate, versionFor, type ApplicationInput } from '../../shared/policy/index.js';
import { applicationItem, type ApplicationRecord } from '../commons/application-item.js';
import { documentClient } from '../commons/clients/dynamodb.js';
import { clock } from '../commons/clock.js';
import { json, logger, type HttpResult } from '../commons/http.js';
import { unprocessable } from '../commons/problems.js';
import { publish } from '../commons/publisher.js';
import { requestEvaluation } from '../commons/queue.js';
import { tableName } from '../commons/transactions.js';
import { newApplicationId } from './application-id.js';

export interface SubmitRequest {
  applicantId: string;
  /** The Idempotency-Key header, when sent. */
  idempotencyKey?: string;
  /** The validated body as the client sent it (money as yuan strings). */
  body: ApplicationInput;
}

/** Refuses a submission before the application window of the version in force on its date. */
export function assertWindowOpen(submittedAt: string): void {
  const version = versionFor(submittedAt);
  const submittedOn = shanghaiDate(submittedAt);
  if (submittedOn < version.applicationsFrom) {
    throw unprocessable(
      'application-window-closed',
      `applications under ${version.id} are accepted from ${version.applicationsFrom} (Asia/Shanghai); today is ${submittedOn}`,
    );
  }
}

export async function submit({ applicantId, body }: SubmitRequest): Promise<HttpResult> {
  const now = clock.now();
  const submittedAt = now.toISOString();
  assertWindowOpen(submittedAt);
  const record: ApplicationRecord = {
    applicationId: newApplicationId(now),
    applicantId,
    programme: body.programme,
    status: 'SUBMITTED',
    submittedAt,
    organisation: body.organisation,
    details: body.details as Record<string, unknown>,
    audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
  };
  await documentClient.send(
    new PutCommand({ TableName: tableName, Item: applicationItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
  );
  await announce(record);
  const { applicationId } = record;
  return json(202, { applicationId, status: 'SUBMITTED', submittedAt }, { location: `/v1/applications/${applicationId}` });
}

/**
 * Queues the evaluation and publishes ApplicationSubmitted. The application is already
 * accepted: if either fails, the sweeper re-queues SUBMITTED applications (SPEC §7) and
 * republishes the event under the same id, so the 202 still holds.
 */
async function announce(record: ApplicationRecord): Promise<void> {
  const results = await Promise.allSettled([requestEvaluation(record.applicationId), publish([submittedEvent(record)])]);
  for (const result of results) {
    if (result.status === 'rejected') {
      logger.warn('left to the sweeper', { applicationId: record.applicationId, error: result.reason as Error });
    }
  }
}

/** ApplicationSubmitted, with an id fixed by the application so the sweeper's republication dedupes. */
export const submittedEvent = ({ applicationId, applicantId, programme, submittedAt }: ApplicationRecord) =>
  domainEvent('ApplicationSubmitted', [applicationId, 'submitted'], submittedAt, { applicationId, applicantId, programme, submittedAt });
