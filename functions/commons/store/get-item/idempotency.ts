/**
 * The Idempotency-Key header (SPEC §4), kept in the same transaction as the application it
 * creates: the key's record (per applicant and key, with the body's hash and the answer) is put
 * only if absent or expired, so a submission is one write and a key can never name two
 * applications. A repeat with the same body gets the first answer; another body is 422; a
 * repeat racing the first request's still uncommitted transaction is 409. A claim that fails its
 * condition brings the record it met (ReturnValuesOnConditionCheckFailure), so a repeat reads
 * nothing more; only a claim cancelled by a contended transaction reads the record after it.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { Refusal } from '../../../../shared/domain/refusal.js';
import type { NamedWrite } from '../transact-write-items/transactions.js';
import type { HeldItem } from '../items/conflicts.js';
import type { SubmitAnswer } from '../../../../shared/domain/submission.js';

/** A client retries within minutes; a day covers a retry after an outage. */
const KEY_LIFETIME_SECONDS = 24 * 60 * 60;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted: the same body whatever order the client wrote its fields in. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value);

/** Hashed, so that any applicant id and key (up to 255 characters) make a short table key. */
const recordId = (applicantId: string, key: string) =>
  `submit-application#${sha256(JSON.stringify([applicantId, key]))}`;

/** The transaction part that claims the key for this body and answer, in the idempotency table `table`. */
export function keyClaim(
  table: string,
  applicantId: string,
  key: string,
  body: unknown,
  answer: SubmitAnswer,
  now: Date,
): NamedWrite {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return {
    name: 'idempotency',
    item: {
      Put: {
        TableName: table,
        Item: {
          id: recordId(applicantId, key),
          bodyHash: sha256(canonical(body)),
          answer,
          expiration: nowSeconds + KEY_LIFETIME_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(id) OR expiration < :now',
        ExpressionAttributeValues: { ':now': nowSeconds },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
  };
}

/** After the claim failed: the first answer for the same body, else why not. `held`: the record the claim met, if it came with the failure. */
export async function firstAnswer(
  table: string,
  applicantId: string,
  key: string,
  body: unknown,
  held?: HeldItem,
): Promise<SubmitAnswer> {
  const record =
    held ??
    (
      await documentClient.send(
        new GetCommand({ TableName: table, Key: { id: recordId(applicantId, key) }, ConsistentRead: true }),
      )
    ).Item;
  if (!record) throw new Refusal('idempotency-key-in-flight', {});
  if (record.bodyHash !== sha256(canonical(body))) {
    throw new Refusal('idempotency-key-reused', {});
  }
  return record.answer as SubmitAnswer;
}
