/**
 * The transactional outbox (SPEC §5): a write that changes state also stores the events of that
 * change in the item it writes, under `outbox`. The table's stream carries every write with its
 * old and new image; the relay (../messaging/outbox-relay.ts) publishes the events of the new image
 * that the old image did not hold. So an event exists exactly when its state change committed,
 * its id is fixed by that change, and a write that changes nothing publishes nothing.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import type { ApplicationRecord } from '../../../../shared/domain/application.js';
import type { DomainEvent } from '../../../../shared/domain/events/index.js';
import { fromItem } from './application-item.js';

export const OUTBOX_ATTRIBUTE = 'outbox';

type Image = Record<string, unknown> | undefined;

const eventsIn = (image: Image): DomainEvent[] => {
  const stored = image?.[OUTBOX_ATTRIBUTE];
  return Array.isArray(stored) ? (stored as DomainEvent[]) : [];
};

/** The events a write added: in the new image's outbox, not in the old one's (by eventId). */
export function addedEvents(oldImage: Image, newImage: Image): DomainEvent[] {
  const before = new Set(eventsIn(oldImage).map((event) => event.detail.eventId));
  return eventsIn(newImage).filter((event) => !before.has(event.detail.eventId));
}

/** One write of the table as its stream record tells it. */
export interface CommittedWrite {
  /** The stream record's sequence number (a batch resumes from one). */
  sequenceNumber: string;
  /** When the write happened (the stream's approximate creation time), ms. */
  writtenAt: number;
  /** The events the write added to its item's outbox, as stored. */
  added: DomainEvent[];
  /** The item the write left, read as an application. */
  application?: ApplicationRecord;
}

const imageOf = (image?: Record<string, AttributeValue>): Image =>
  image ? unmarshall(image as Record<string, SdkAttributeValue>) : undefined;

export function committedWrite(record: DynamoDBRecord): CommittedWrite {
  const newImage = imageOf(record.dynamodb?.NewImage);
  return {
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    writtenAt: (record.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000,
    added: addedEvents(imageOf(record.dynamodb?.OldImage), newImage),
    ...(newImage && { application: fromItem(newImage) }),
  };
}

/** The numbers the events of a write carry (application events: `sequence`), lowest first. */
export const eventSequences = (events: readonly DomainEvent[] = []): number[] =>
  events
    .flatMap(({ detail }) => ('sequence' in detail && typeof detail.sequence === 'number' ? [detail.sequence] : []))
    .sort((a, b) => a - b);
