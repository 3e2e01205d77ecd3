/** POST /v1/applications: an applicant submits an application (202, evaluated asynchronously). */
import { randomBytes } from 'node:crypto';
import { ENV } from '../../shared/contract/resources.js';
import { applicationSchema } from '../../shared/policy/index.js';
import { ID_RANDOM_BYTES } from '../../shared/domain/ids.js';
import { callerIdOf } from '../commons/edge/auth.js';
import { correlationIdOf, httpHandler, json, logger, sentBody, type HttpEvent } from '../commons/edge/http.js';
import { invalidField } from '../commons/edge/problems.js';
import type { SubmissionTables } from '../commons/store/put-item/new-application.js';
import { clock } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';
import { submit } from './submission.js';

const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 255;

function idempotencyKeyOf(event: HttpEvent): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === IDEMPOTENCY_KEY_HEADER);
  if (entry === undefined || entry[1] === undefined) return undefined;
  const key = entry[1].trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw invalidField('Idempotency-Key', ({ fields }) => fields.idempotencyKeyLength({ max: MAX_KEY_LENGTH }));
  }
  return key;
}

/** What submitting needs beside the request: the tables, the clock and random bits for the id. */
export interface SubmitDeps {
  tables: SubmissionTables;
  now: () => Date;
  random: (size: number) => Uint8Array;
}

/** The route on these dependencies (tests build it on their own tables, clock and bits). */
export const submitWith = ({ tables, now, random }: SubmitDeps) =>
  httpHandler(async (event) => {
    // In this order: an unauthenticated request is 401 before its header or body is judged.
    const command = {
      applicantId: callerIdOf(event),
      idempotencyKey: idempotencyKeyOf(event),
      body: sentBody(event, applicationSchema),
      correlationId: correlationIdOf(event),
    };
    const { answer, first } = await submit(tables, command, now(), random(ID_RANDOM_BYTES));
    if (first) logger.info('application accepted', { applicationId: answer.applicationId });
    return json(202, answer, { location: `/v1/applications/${answer.applicationId}` });
  });

/** Composed once per container: the tables its environment names, the runtime's clock, node:crypto's bits. */
export const handler = submitWith({
  tables: { applications: env(ENV.tableName), idempotency: env(ENV.idempotencyTableName) },
  now: () => clock.now(),
  random: randomBytes,
});
