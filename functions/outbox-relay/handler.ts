/**
 * The outbox relay, on the table's DynamoDB stream (new and old images): the only code that puts
 * events on the bus. For each write it publishes the events the write added to its item's outbox
 * (../commons/store/outbox.ts), and starts the follow-up work the record asks for: an application that
 * became SUBMITTED is queued for evaluation, carrying the stored application so the evaluator
 * need not read it again.
 *
 * The whole batch is published together (PutEvents and SendMessageBatch take ten entries a call),
 * not record by record. On a failure the response names the first record whose work failed;
 * Lambda (or the local stream reader) resumes from it, so records before it are never repeated and
 * those after it may be: consumers dedupe on eventId, and evaluation is idempotent.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { eventDetailSchema, type DomainEvent } from '../../shared/domain/events/index.js';
import type { EvaluationMessage } from '../commons/messaging/evaluation-message.js';
import { count, withCounts } from '../commons/runtime/metrics.js';
import { addedEvents } from '../commons/store/outbox.js';
import { publish } from '../commons/messaging/publisher.js';
import { requestEvaluations } from '../commons/messaging/evaluation-queue.js';
import { fromItem } from '../commons/store/application-item.js';

const logger = new Logger();

type Image = Record<string, unknown>;

const imageOf = (image?: Record<string, AttributeValue>): Image | undefined =>
  image ? unmarshall(image as Record<string, SdkAttributeValue>) : undefined;

interface Work {
  sequenceNumber: string;
  events: DomainEvent[];
  evaluations: EvaluationMessage[];
}

/** What one stream record asks for. */
function workOf(record: DynamoDBRecord): Work {
  const oldImage = imageOf(record.dynamodb?.OldImage);
  const newImage = imageOf(record.dynamodb?.NewImage);
  // Checked against its schema again (and so put in the schema's field order): the bus gets nothing malformed.
  const events = addedEvents(oldImage, newImage).map(({ type, detail }) => ({ type, detail: eventDetailSchema(type).parse(detail) }) as DomainEvent);
  const evaluations: EvaluationMessage[] = events
    .filter((event) => event.type === 'ApplicationSubmitted' && newImage?.status === 'SUBMITTED')
    .map(() => {
      const application = fromItem(newImage!);
      return { applicationId: application.applicationId, application };
    });
  return { sequenceNumber: record.dynamodb?.SequenceNumber ?? '', events, evaluations };
}

/** Runs `send` over the items of all works; returns the works whose items failed. */
async function attempt<T>(works: Work[], itemsOf: (work: Work) => T[], send: (items: T[]) => Promise<void>): Promise<Set<Work>> {
  const failed = new Set<Work>();
  const items = works.flatMap(itemsOf);
  if (items.length === 0) return failed;
  try {
    await send(items);
  } catch (error) {
    logger.error('relay failed', { error: error as Error });
    for (const work of works) if (itemsOf(work).length > 0) failed.add(work);
  }
  return failed;
}

/** The records' work, up to the first record whose outbox is malformed (which then fails, so that it is retried and isolated). */
function worksOf(records: DynamoDBRecord[]): { works: Work[]; malformed?: string } {
  const works: Work[] = [];
  for (const record of records) {
    try {
      works.push(workOf(record));
    } catch (error) {
      logger.error('malformed outbox', { eventID: record.eventID, error: error as Error });
      return { works, malformed: record.dynamodb?.SequenceNumber ?? '' };
    }
  }
  return { works };
}

export async function relay(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const { works, malformed } = worksOf(event.Records);
  const [unpublished, unqueued] = await Promise.all([
    attempt(works, (work) => work.events, publish),
    attempt(works, (work) => work.evaluations, requestEvaluations),
  ]);
  const firstFailed = works.find((work) => unpublished.has(work) || unqueued.has(work));
  const done = firstFailed ? works.slice(0, works.indexOf(firstFailed)) : works;
  count({ EventsRelayed: done.reduce((sum, work) => sum + work.events.length, 0) });
  const failedAt = firstFailed?.sequenceNumber ?? malformed;
  return { batchItemFailures: failedAt === undefined ? [] : [{ itemIdentifier: failedAt }] };
}

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => withCounts(() => relay(event));
