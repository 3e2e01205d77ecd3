/**
 * The write path driven as in production: the submit handler, then the evaluate handler on
 * messages received from the real local evaluation queue (as Lambda's SQS event source would),
 * the review route, and what they left in the table and on the bus.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DeleteMessageCommand, SendMessageCommand, type Message } from '@aws-sdk/client-sqs';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse } from 'aws-lambda';
import { expect } from 'vitest';
import { handler as evaluateHandler } from '../../functions/evaluate-application/handler.js';
import { submitWith } from '../../functions/submit-application/handler.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { adminApiWith } from '../../functions/admin-api/handler.js';
import type { ProgrammeCode } from '../../shared/policy/index.js';
import { localAws, makeClients, publishedEvents, relayOutbox } from '../support/emulators/env.js';
import { deliverRecords, receiveMessages, toRecord, type EventSource } from '../../infra/local/queue-poller.js';
import { admin, applicant, caller, type Response } from '../support/http-events.js';
import { fromItem } from '../../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import type { LocalResources } from '../../infra/local/provision.js';
import { IDEMPOTENCY_TABLE, MAIN_TABLE } from '../../shared/contract/resources.js';
import { adminApiDepsOf } from '../support/function-deps.js';

export const { doc, sqs } = makeClients();
const aws = localAws();
export const tableName = aws.env.TABLE_NAME!;
export const queueUrl = aws.env.EVALUATION_QUEUE_URL!;
const evaluation: EventSource = {
  client: sqs,
  queueUrl,
  functionName: 'evaluate-application',
  handler: evaluateHandler,
};

export const VALID_USCC = '91350100M000100Y43';
export const newApplicantId = () => `applicant-${randomUUID()}`;

export const ORGANISATION = {
  name: 'Lin-gang Deep Learning Platform Co., Ltd.',
  unifiedSocialCreditCode: VALID_USCC,
  registeredInLingang: true,
};

/** A valid body per programme: ELIGIBLE for a certified platform, NEEDS_REVIEW for the reviewed programmes. */
export const DETAILS: Record<ProgrammeCode, Record<string, unknown>> = {
  OSP_RND: { periodStart: '2021-01-01', periodEnd: '2021-06-30', rndCosts: '3000000.00' },
  OSP_OPERATING: { fiscalYear: 2021, operatingCosts: '2000000.00' },
  AI_ACTIVITY: { activityType: 'COMPETITION', description: 'An AI competition', requestedAmount: '300000.00' },
  REVENUE_MILESTONE: {
    fiscalYear: 2021,
    mainBusinessIncome: '60000000.00',
    priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
  },
  ENTERPRISE_SETTLEMENT: { establishedOn: '2021-02-01', origin: 'FOREIGN', requestedAmount: '9000000.00' },
  NATIONAL_PLATFORM: {
    recognition: 'NATIONAL_KEY_LABORATORY',
    recognitionReference: 'NKL-2021-001',
    recognizedOn: '2021-03-01',
    requestedAmount: '5000000.00',
  },
};

export const body = (programme: ProgrammeCode, details: Record<string, unknown> = {}) => ({
  programme,
  organisation: ORGANISATION,
  details: { ...DETAILS[programme], ...details },
});

/**
 * Submitting and reviewing on these resources, the routes composed as their handlers compose them
 * (the runtime's clock, node:crypto's bits; the admin API on its resources); the model test makes
 * them for each lane's resources.
 */
export function writeRoutesOn(resources: LocalResources) {
  const tables = {
    applications: resources.tables[MAIN_TABLE.id]!,
    idempotency: resources.tables[IDEMPOTENCY_TABLE.id]!,
  };
  const submitCall = caller(submitWith({ tables, now: () => clock.now(), random: randomBytes }));
  const reviewCall = caller(adminApiWith(adminApiDepsOf(resources)));
  return {
    submit: (applicantId: string, payload: unknown, headers: Record<string, string> = {}) =>
      submitCall('POST /v1/applications', { as: applicant(applicantId), body: payload, headers }),
    review: (applicationId: string, payload: unknown, as = admin()): Promise<Response> =>
      reviewCall('POST /v1/admin/applications/{id}/review', { as, path: { id: applicationId }, body: payload }),
  };
}

export const { submit, review } = writeRoutesOn(aws.resources);

/** A platform certification as the admin certification route stores it. */
export function certification(applicantId: string, certifiedFrom = '2020-12-26', certifiedUntil = '2030-12-31') {
  const reference = `CERT-${randomUUID().slice(0, 8)}`;
  return {
    pk: `APPLICANT#${applicantId}`,
    sk: `CERT#${reference}`,
    applicantId,
    certifiedFrom,
    certifiedUntil,
    reference,
  };
}

/** A platform certification written as the admin certification route stores it. */
export async function certify(applicantId: string, certifiedFrom?: string, certifiedUntil?: string): Promise<void> {
  await doc.send(
    new PutCommand({ TableName: tableName, Item: certification(applicantId, certifiedFrom, certifiedUntil) }),
  );
}

export async function storedApplication(applicationId: string): Promise<ApplicationRecord | undefined> {
  const result = await doc.send(
    new GetCommand({ TableName: tableName, Key: { pk: `APP#${applicationId}`, sk: 'APP' }, ConsistentRead: true }),
  );
  return result.Item ? fromItem(result.Item) : undefined;
}

export async function rawItem(pk: string, sk: string) {
  return (await doc.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
}

/** Everything in the applicant's partition (certifications, awards, lock). */
export async function applicantItems(applicantId: string) {
  const result = await doc.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `APPLICANT#${applicantId}` },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

/** The applicant's applications, through the by-applicant index. */
export async function applicationsOf(applicantId: string) {
  const result = await doc.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `APPLICANT#${applicantId}` },
    }),
  );
  return result.Items ?? [];
}

/** Messages as Lambda's SQS event source hands them over (shared with the payout tests' queue driver). */
export const sqsRecord = (message: Message) => toRecord(message);

/**
 * Receives what the evaluation queue holds (up to `max`), after the outbox relay has queued what
 * was submitted; with `waitSeconds`, a long poll that answers as soon as a message arrives.
 */
export async function receive(max = 10, waitSeconds = 0): Promise<Message[]> {
  await relayOutbox(aws.resources);
  return receiveMessages(evaluation, { batchSize: max, waitSeconds });
}

/**
 * How long the helpers below wait for work they expect: under load the relay may read a committed
 * write's stream record, and so queue its message, after a first empty read of the queue.
 */
const EXPECTED_WORK_MS = 60_000;

export const deleteMessage = (message: Message) =>
  sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle! }));

export const sendRaw = (messageBody: string) =>
  sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: messageBody }));

/** Receives until `count` messages are in hand (the local queue may hand them over in several calls, and late). */
export async function receiveAll(count: number): Promise<Message[]> {
  const messages: Message[] = [];
  for (const deadline = Date.now() + EXPECTED_WORK_MS; messages.length < count && Date.now() < deadline;)
    messages.push(...(await receive(10, messages.length > 0 ? 0 : 1)));
  expect(messages).toHaveLength(count);
  return messages;
}

/** Awards of one programme recorded for the applicant, in fen. */
export async function awardedFen(applicantId: string, programme: string): Promise<bigint> {
  const items = await applicantItems(applicantId);
  return items
    .filter((item) => String(item.sk).startsWith('AWARD#') && item.programme === programme)
    .reduce((sum, item) => sum + BigInt(String(item.amount).replace('.', '')), 0n);
}

/** An earlier award recorded through the lock, as an earlier evaluation would have left it. */
export async function seedAward(
  applicantId: string,
  programme: string,
  amount: string,
  extra: Record<string, unknown> = {},
) {
  const pk = `APPLICANT#${applicantId}`;
  await doc.send(
    new PutCommand({
      TableName: tableName,
      Item: { pk, sk: 'AWARD#earlier', programme, amount, applicationId: 'earlier', ...extra },
    }),
  );
  await doc.send(new PutCommand({ TableName: tableName, Item: { pk, sk: 'AWARDS', version: 1 } }));
}

/** Lambda's side of the event source mapping, as the local runtime plays it: hand the messages to the handler, delete those that did not fail. */
export async function evaluate(messages: Message[]): Promise<SQSBatchResponse> {
  const { failed } = await deliverRecords(messages.map(sqsRecord), evaluation);
  return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
}

/** Those of the applications still SUBMITTED: their evaluation is yet to come. */
async function undecided(applicationIds: readonly string[]): Promise<string[]> {
  const statuses = await Promise.all(applicationIds.map(async (id) => (await storedApplication(id))?.status));
  return applicationIds.filter((_, i) => statuses[i] === 'SUBMITTED');
}

/**
 * Evaluates everything queued, batch by batch, until the queue is empty and each application named
 * has been decided: an empty queue alone does not say that their messages are not still to come.
 */
export async function drainQueue(...applicationIds: string[]): Promise<Message[]> {
  const handled: Message[] = [];
  const deadline = Date.now() + EXPECTED_WORK_MS;
  for (let waitSeconds = 0; ; waitSeconds = 1) {
    for (let batch = await receive(10, waitSeconds); batch.length > 0; batch = await receive()) {
      const response = await evaluate(batch);
      if (response.batchItemFailures.length > 0)
        throw new Error(`evaluation failed for ${JSON.stringify(response.batchItemFailures)}`);
      handled.push(...batch);
    }
    const pending = await undecided(applicationIds);
    if (pending.length === 0) return handled;
    if (Date.now() > deadline) throw new Error(`not evaluated within ${EXPECTED_WORK_MS} ms: ${pending.join(', ')}`);
  }
}

/** Submits and evaluates; returns the stored application. */
export async function submitAndEvaluate(applicantId: string, payload: unknown): Promise<ApplicationRecord> {
  const response = await submit(applicantId, payload);
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${JSON.stringify(response.body)}`);
  await drainQueue(response.body.applicationId);
  return (await storedApplication(response.body.applicationId))!;
}

/** Events of one type about one application, as the local bus received them. */
export async function eventsAbout(applicationId: string, type: string) {
  return (await publishedEvents(aws.resources, { type })).filter(
    (event) => event.detail.applicationId === applicationId,
  );
}
