/**
 * The Idempotency-Key header (SPEC §4) with Powertools idempotency on the idempotency table:
 * keyed on (applicant, key), so two applicants never share a key; the body is the payload
 * checked on a repeat. A repeat gets the first response; the same key with another body is
 * 422; the same key while the first request is still running is 409.
 */
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Context } from 'aws-lambda';
import { ENV } from '../../infra/resources.js';
import { dynamoDb } from '../commons/clients/dynamodb.js';
import { env } from '../commons/env.js';
import type { HttpResult } from '../commons/http.js';
import { conflict, unprocessable } from '../commons/problems.js';
import { submit, type SubmitRequest } from './submission.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

export const idempotencyStore = new DynamoDBPersistenceLayer({ tableName: env(ENV.idempotencyTableName), awsSdkV3Client: dynamoDb });
export const idempotencyConfig = new IdempotencyConfig({
  eventKeyJmesPath: '[applicantId, idempotencyKey]',
  payloadValidationJmesPath: 'body',
  // A client retries within minutes; a day covers a retry after an outage.
  expiresAfterSeconds: 24 * 60 * 60,
});
export const IDEMPOTENCY_KEY_PREFIX = 'submit-application';

const submitOnce = makeIdempotent(submit, {
  persistenceStore: idempotencyStore,
  config: idempotencyConfig,
  keyPrefix: IDEMPOTENCY_KEY_PREFIX,
});

/** Submits; with a key, at most once per (applicant, key). */
export async function submitIdempotently(request: SubmitRequest, context: Context): Promise<HttpResult> {
  if (request.idempotencyKey === undefined) return submit(request);
  // The in-flight record expires with this invocation, so a crash does not block the key for a day.
  idempotencyConfig.registerLambdaContext(context);
  try {
    return await submitOnce(request);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'IdempotencyValidationError') {
      throw unprocessable('idempotency-key-reused', 'this Idempotency-Key was already used with a different body');
    }
    if (name === 'IdempotencyAlreadyInProgressError') {
      throw conflict('idempotency-key-in-flight', 'a request with this Idempotency-Key is still being processed; retry shortly');
    }
    throw error;
  }
}
