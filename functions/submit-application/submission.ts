/**
 * Submitting: the application the domain makes of the command (shared/domain/submission.ts),
 * stored as SUBMITTED with its ApplicationSubmitted event in the item's outbox — one conditional
 * write, with the Idempotency-Key's record in the same transaction when a key is sent. The outbox
 * relay then publishes the event and queues the evaluation from the stored record, so an accepted
 * application cannot be lost between storing and queueing.
 */
import { submission, type SubmitAnswer, type SubmitCommand } from '../../shared/domain/submission.js';
import { storeSubmission, type SubmissionTables } from '../commons/store/put-item/new-application.js';

export interface Submitted {
  answer: SubmitAnswer;
  /** False when the Idempotency-Key was used before: the answer is the first submission's. */
  first: boolean;
}

/**
 * Submits into `tables` at `now`, the instant the request is served, under an id drawn with
 * `random` (the edge reads the clock and draws the bits, so that submitting is deterministic given them).
 */
export async function submit(
  tables: SubmissionTables,
  command: SubmitCommand,
  now: Date,
  random: Uint8Array,
): Promise<Submitted> {
  const { record, events, answer } = submission(command, now, random);
  const key = command.idempotencyKey;
  const stored = await storeSubmission(
    tables,
    record,
    events,
    answer,
    key === undefined ? undefined : { key, body: command.body, now },
  );
  return { answer: stored, first: stored.applicationId === record.applicationId };
}
