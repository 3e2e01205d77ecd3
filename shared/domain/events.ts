/**
 * Domain events on the EventBridge bus (SPEC §5). Each detail schema is the single source
 * for validation at publish time and for the published JSON Schemas (scripts/generate-schemas.ts).
 */
import { createHash } from 'node:crypto';
import * as z from '../zod.js';
import { LANGUAGES, type Language } from '../i18n/index.js';
import { OUTCOMES, PROGRAMMES } from '../policy/index.js';
import { APPLICATION_STATUSES } from './application.js';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS, REJECT_REASONS } from './documents.js';

export { EVENT_SOURCE } from '../contract/resources.js';
export const SCHEMA_VERSION = '1.0';

const yuanAmount = z.string().check(z.regex(/^(0|[1-9][0-9]*)\.[0-9]{2}$/), z.describe('yuan with exactly two decimals'));
const envelope = {
  eventId: z.string().check(z.minLength(1), z.describe('stable across redeliveries: consumers dedupe on it')),
  occurredAt: z.iso.datetime({ offset: true }),
  schemaVersion: z.literal(SCHEMA_VERSION),
};
const applicationIds = {
  applicationId: z.string().check(z.minLength(1)),
  applicantId: z.string().check(z.minLength(1)),
  programme: z.enum(PROGRAMMES),
};
const documentIds = {
  documentId: z.string().check(z.minLength(1)),
  applicationId: z.string().check(z.minLength(1)),
  applicantId: z.string().check(z.minLength(1)),
  kind: z.enum(DOCUMENT_KINDS),
};

/** Reasons as events carry them: each rule's message in every language the platform writes. */
const localisedReasons = () =>
  z.array(
    z.strictObject({
      rule: z.string(),
      message: z.strictObject(Object.fromEntries(LANGUAGES.map((language) => [language, z.string()])) as Record<Language, z.ZodMiniString>),
    }),
  );

/**
 * How each event type's detail schema is built. A function publishes one or two of these
 * types, so each schema is built on first use (`eventDetailSchema`), not when the module loads.
 */
const detailSchemaBuilders = {
  ApplicationSubmitted: () => z.strictObject({ ...envelope, ...applicationIds, submittedAt: z.iso.datetime({ offset: true }) }),
  ApplicationEvaluated: () =>
    z.strictObject({
      ...envelope,
      ...applicationIds,
      outcome: z.enum(OUTCOMES),
      amount: yuanAmount,
      capApplied: z.boolean(),
      policyVersion: z.string(),
      reasons: localisedReasons().check(z.describe('why, in every language the platform writes (SPEC §3.2); added in schema 1.0 without breaking it')),
    }),
  ApplicationReviewed: () =>
    z.strictObject({
      ...envelope,
      ...applicationIds,
      decision: z.enum(['APPROVE', 'REJECT']),
      amount: z.optional(yuanAmount),
      reviewedBy: z.string(),
    }),
  ApplicationWithdrawn: () => z.strictObject({ ...envelope, ...applicationIds, from: z.enum(APPLICATION_STATUSES) }),
  ApplicationAppealed: () =>
    z.strictObject({
      ...envelope,
      ...applicationIds,
      from: z.enum(['INELIGIBLE', 'REJECTED']),
      documentIds: z.array(z.string()).check(z.describe('evidence documents of the application the appeal cites')),
    }),
  AppealDecided: () =>
    z.strictObject({
      ...envelope,
      ...applicationIds,
      decision: z.enum(['UPHOLD', 'GRANT']),
      status: z.enum(['INELIGIBLE', 'REJECTED', 'APPROVED', 'ELIGIBLE']).check(z.describe('the status the decision gave the application')),
      amount: z.optional(yuanAmount),
      decidedBy: z.string(),
      reasons: localisedReasons(),
    }),
  PayoutIssued: () =>
    z.strictObject({
      ...envelope,
      payoutId: z.string(),
      applicationId: z.string(),
      applicantId: z.string(),
      fiscalYear: z.int(),
      amount: yuanAmount,
      runId: z.string(),
    }),
  PayoutRunCompleted: () =>
    z.strictObject({
      ...envelope,
      runId: z.string(),
      fiscalYear: z.int(),
      found: z.int(),
      paid: z.int(),
      alreadyPaid: z.int(),
      failed: z.int(),
      amount: yuanAmount,
    }),
  DocumentVerified: () =>
    z.strictObject({
      ...envelope,
      ...documentIds,
      contentType: z.enum(DOCUMENT_CONTENT_TYPES),
      size: z.int().check(z.gte(1)),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      uploadedAt: z.iso.datetime({ offset: true }),
    }),
  DocumentRejected: () =>
    z.strictObject({
      ...envelope,
      ...documentIds,
      rejectReason: z.enum(REJECT_REASONS).check(z.describe('the object was removed')),
    }),
} as const;

export type EventType = keyof typeof detailSchemaBuilders;
export const EVENT_TYPES = Object.keys(detailSchemaBuilders) as EventType[];
type EventDetailSchema<T extends EventType> = ReturnType<(typeof detailSchemaBuilders)[T]>;
export type EventDetail<T extends EventType> = z.infer<EventDetailSchema<T>>;

const builtDetailSchemas = new Map<EventType, z.ZodMiniType>();

/** The detail schema of an event type: the single source for validation and for the published JSON Schema. */
export function eventDetailSchema<T extends EventType>(type: T): EventDetailSchema<T> {
  let schema = builtDetailSchemas.get(type);
  if (schema === undefined) {
    schema = detailSchemaBuilders[type]();
    builtDetailSchemas.set(type, schema);
  }
  return schema as EventDetailSchema<T>;
}

/**
 * A deterministic event id from what the event is about (e.g. an application id and its
 * transition): a redelivered message that publishes again publishes the same id.
 */
export function stableEventId(type: EventType, ...parts: string[]): string {
  const hash = createHash('sha256').update([type, ...parts].join('\u0000')).digest('hex');
  // Shaped like a UUID for consumers that expect one.
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

export interface DomainEvent<T extends EventType = EventType> {
  type: T;
  detail: EventDetail<T>;
}

/** Builds a validated event: the envelope fields are added here so every producer sets them the same way. */
export function domainEvent<T extends EventType>(
  type: T,
  idParts: string[],
  occurredAt: string,
  fields: Omit<EventDetail<T>, 'eventId' | 'occurredAt' | 'schemaVersion'>,
): DomainEvent<T> {
  const detail = { eventId: stableEventId(type, ...idParts), occurredAt, schemaVersion: SCHEMA_VERSION, ...fields };
  return { type, detail: eventDetailSchema(type).parse(detail) as EventDetail<T> };
}
