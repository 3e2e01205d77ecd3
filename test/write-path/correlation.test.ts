/**
 * One correlation id per request (SPEC §10.2): a submission's API request id is stored with the
 * application, names every log line of the work it causes — the submit function's, the outbox
 * relay's, the evaluation's — and travels in both its ApplicationSubmitted and
 * ApplicationEvaluated events and in the evaluation message's attributes; a later request that
 * changes the application (a withdrawal) is the one its event and the stored id name.
 */
import type { Message } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correlatedLogger } from '../../functions/commons/messaging/correlation.js';
import { handler as submitHandler } from '../../functions/submit-application/handler.js';
import { handler as applicantApi } from '../../functions/applicant-api/handler.js';
import { applicant, httpEvent, invoke } from '../support/http-events.js';
import { body, evaluate, eventsAbout, newApplicantId, rawItem, receiveAll } from './write-path.js';

/** The structured log lines written while the test ran (Powertools Logger writes JSON lines to stdout). */
let lines: Array<Record<string, unknown>> = [];
beforeEach(() => {
  lines = [];
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    for (const text of String(chunk).split('\n')) {
      if (text.startsWith('{')) {
        try {
          lines.push(JSON.parse(text) as Record<string, unknown>);
        } catch {
          // not a log line
        }
      }
    }
    return write(chunk, ...(rest as []));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const linesOf = (correlationId: string, message: string) =>
  lines.filter((line) => line.correlation_id === correlationId && line.message === message);

describe('a correlation id per request', () => {
  it('follows one submission through the submit log, the relay, the evaluation message and log, and both events', async () => {
    const event = httpEvent('POST /v1/applications', { as: applicant(newApplicantId()), body: body('AI_ACTIVITY') });
    const correlationId = event.requestContext.requestId;
    const accepted = await invoke(submitHandler, event);
    expect(accepted.status).toBe(202);
    const applicationId = accepted.body.applicationId as string;
    expect((await rawItem(`APP#${applicationId}`, 'APP'))!.correlationId).toBe(correlationId);
    expect(linesOf(correlationId, 'application accepted')).toEqual([expect.objectContaining({ applicationId })]);

    // The relay publishes ApplicationSubmitted and queues the evaluation with the id as a message attribute.
    const [message] = await receiveAll(1);
    expect(message!.MessageAttributes?.correlationId?.StringValue).toBe(correlationId);
    expect(linesOf(correlationId, 'event published')).toEqual([
      expect.objectContaining({ type: 'ApplicationSubmitted' }),
    ]);

    // Lambda's SQS event source hands the attribute over; the evaluation logs under it.
    expect((await evaluate([message!])).batchItemFailures).toEqual([]);
    expect(linesOf(correlationId, 'application evaluated')).toEqual([expect.objectContaining({ applicationId })]);
    const [submitted] = await eventsAbout(applicationId, 'ApplicationSubmitted');
    const [evaluated] = await eventsAbout(applicationId, 'ApplicationEvaluated');
    expect(submitted!.detail.correlationId).toBe(correlationId);
    expect(evaluated!.detail.correlationId).toBe(correlationId);
    expect(linesOf(correlationId, 'event published').map((line) => line.type)).toEqual([
      'ApplicationSubmitted',
      'ApplicationEvaluated',
    ]);
  });

  it('logs a message without the attribute under no id, not under the id of a message before it or beside it', async () => {
    const submitted = await Promise.all(
      [0, 1, 2, 3].map(() =>
        invoke(
          submitHandler,
          httpEvent('POST /v1/applications', { as: applicant(newApplicantId()), body: body('AI_ACTIVITY') }),
        ),
      ),
    );
    const ids = submitted.map((response) => response.body.applicationId as string);
    const received = await receiveAll(ids.length);
    const messages = ids.map((id) => received.find((message) => message.Body!.includes(id))!);
    const correlationIds = messages.map((message) => message.MessageAttributes!.correlationId!.StringValue!);
    // A message sent before correlation ids (or by the sweeper, for work of no request) carries none.
    const bare = (message: Message): Message => ({ ...message, MessageAttributes: {} });
    const linesAbout = (applicationId: string) =>
      lines.filter((line) => line.message === 'application evaluated' && line.applicationId === applicationId);

    // One after the other: the second comes after the first named its id.
    expect((await evaluate([messages[0]!])).batchItemFailures).toEqual([]);
    expect((await evaluate([bare(messages[1]!)])).batchItemFailures).toEqual([]);
    // In one batch, whose records run concurrently.
    expect((await evaluate([messages[2]!, bare(messages[3]!)])).batchItemFailures).toEqual([]);

    for (const named of [0, 2]) {
      expect(linesAbout(ids[named]!)).toEqual([expect.objectContaining({ correlation_id: correlationIds[named] })]);
    }
    for (const unnamed of [1, 3]) {
      expect(linesAbout(ids[unnamed]!)).toHaveLength(1);
      expect(linesAbout(ids[unnamed]!)[0]).not.toHaveProperty('correlation_id');
    }
  });

  it('names the request that changed the application last: its event and the stored id', async () => {
    const applicantId = newApplicantId();
    const submitted = await invoke(
      submitHandler,
      httpEvent('POST /v1/applications', { as: applicant(applicantId), body: body('AI_ACTIVITY') }),
    );
    const applicationId = submitted.body.applicationId as string;
    const withdrawal = httpEvent('POST /v1/applications/{id}/withdraw', {
      as: applicant(applicantId),
      path: { id: applicationId },
    });
    expect((await invoke(applicantApi, withdrawal)).status).toBe(200);
    expect((await rawItem(`APP#${applicationId}`, 'APP'))!.correlationId).toBe(withdrawal.requestContext.requestId);
    const [withdrawn] = await eventsAbout(applicationId, 'ApplicationWithdrawn');
    expect(withdrawn!.detail.correlationId).toBe(withdrawal.requestContext.requestId);
    // The API never shows it.
    expect(
      JSON.stringify(
        (
          await invoke(
            applicantApi,
            httpEvent('GET /v1/applications/{id}', { as: applicant(applicantId), path: { id: applicationId } }),
          )
        ).body,
      ),
    ).not.toContain(withdrawal.requestContext.requestId);
  });

  it('names a line by the id it is given, over any its logger holds, and by none when given none', () => {
    const logger = new Logger({ serviceName: 'correlation-test' });
    logger.setCorrelationId('held-by-the-logger');
    correlatedLogger(logger, 'given').info('line with an id', { n: 1 });
    correlatedLogger(logger, undefined).info('line without an id', new Error('why'));
    const given = lines.find((line) => line.message === 'line with an id');
    const none = lines.find((line) => line.message === 'line without an id');
    expect(given).toMatchObject({ correlation_id: 'given', n: 1, level: 'INFO' });
    expect(none).toMatchObject({ level: 'INFO', error: expect.objectContaining({ message: 'why' }) });
    expect(none).not.toHaveProperty('correlation_id');
  });
});
