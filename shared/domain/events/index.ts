/**
 * Domain events on the EventBridge bus (SPEC §5). Each event type is defined beside its builder
 * in its subject's file (application, appeal, payout, document) with its own schema version;
 * its detail schema is the single source for validation at publish time and for the published
 * JSON Schemas (scripts/generate-schemas.ts). Here: every type, by name.
 */
import type * as z from '../../zod.js';
import { AppealDecided, ApplicationAppealed } from './appeal.js';
import {
  ApplicationEvaluated,
  ApplicationReviewed,
  ApplicationSubmitted,
  ApplicationWithdrawn,
} from './application.js';
import { DocumentRejected, DocumentVerified } from './document.js';
import { PayoutIssued, PayoutRunCompleted } from './payout.js';
import { SimulationCompleted } from './simulation.js';
import { anyVersionEnvelope } from './envelope.js';

export { EVENT_SOURCE } from '../../contract/resources.js';
export { FOLLOW_UPS, followUpOf, relayed, type FollowUp, type FollowUpWork, type Relayed } from './follow-ups.js';

const EVENTS = {
  ApplicationSubmitted,
  ApplicationEvaluated,
  ApplicationReviewed,
  ApplicationWithdrawn,
  ApplicationAppealed,
  AppealDecided,
  PayoutIssued,
  PayoutRunCompleted,
  DocumentVerified,
  DocumentRejected,
  SimulationCompleted,
} as const;

export type EventType = keyof typeof EVENTS;
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];
type EventDetailSchema<T extends EventType> = ReturnType<(typeof EVENTS)[T]['schema']>;
export type EventDetail<T extends EventType> = z.infer<EventDetailSchema<T>>;

export interface DomainEvent<T extends EventType = EventType> {
  type: T;
  detail: EventDetail<T>;
}

/** The detail schema of an event type: the single source for validation and for the published JSON Schema. */
export const eventDetailSchema = <T extends EventType>(type: T): EventDetailSchema<T> =>
  EVENTS[type].schema() as EventDetailSchema<T>;

export const eventSchemaVersion = (type: EventType): string => EVENTS[type].schemaVersion;

/**
 * An outbox entry checked before it is published: one of this code's version against its schema
 * (and so in the schema's field order); one of another version, written by another deploy's code,
 * on what every version shares, and published as stored, so a schema bump never strands the
 * events written while a deploy rolls out or back.
 */
export const publishableDetail = <T extends EventType>(type: T, detail: EventDetail<T>): EventDetail<T> =>
  detail.schemaVersion === eventSchemaVersion(type)
    ? (eventDetailSchema(type).parse(detail) as EventDetail<T>)
    : (anyVersionEnvelope.parse(detail), detail);

/** The id an event of this type about these parts has (see `defineEvent`). */
export const stableEventId = (type: EventType, ...parts: string[]): string => EVENTS[type].eventId(...parts);
