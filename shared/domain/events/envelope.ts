/**
 * What every domain event shares: the envelope its detail starts with, its stable id, and
 * `defineEvent`, which ties an event type to its schema version, its detail schema and the one
 * way to build it. The field schemas several events use are here too.
 */
import { createHash } from 'node:crypto';
import * as z from '../../zod.js';
import { LANGUAGES, type Language } from '../../i18n/index.js';
import { FORMATTED_YUAN_PATTERN } from '../../policy/money.js';

const envelope = <V extends string>(schemaVersion: V) => ({
  eventId: z.string().check(z.minLength(1), z.describe('stable across redeliveries: consumers dedupe on it')),
  occurredAt: z.iso.datetime({ offset: true }),
  schemaVersion: z.literal(schemaVersion),
  correlationId: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.describe(
          'the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner',
        ),
      ),
  ),
});
type Envelope<V extends string> = ReturnType<typeof envelope<V>>;

/**
 * What every version of an event shares. An event written by another deploy's code (a rollout or
 * a rollback in progress) was checked against its own version's schema when it was built; this is
 * what the relay can still check of it.
 */
export const anyVersionEnvelope = z.looseObject({
  ...envelope(''),
  schemaVersion: z.string().check(z.regex(/^\d+\.\d+$/)),
});
/** What `build` sets; a producer passes `correlationId` itself, when its work has one. */
type EnvelopeField = Exclude<keyof Envelope<string>, 'correlationId'>;

/**
 * An event type: its schema version, its detail schema (envelope first) and `build`, which adds
 * the envelope so every producer sets it the same way and validates the detail. The schema is
 * built on first use: a function publishes one or two event types, not all of them.
 */
export function defineEvent<T extends string, V extends string, S extends z.ZodMiniType>(
  type: T,
  schemaVersion: V,
  detail: (envelope: Envelope<V>) => S,
) {
  let built: S | undefined;
  const schema = () => (built ??= detail(envelope(schemaVersion)));
  /**
   * A deterministic id from what the event is about (e.g. an application id and its
   * transition): a redelivered message that publishes again publishes the same id.
   */
  const eventId = (...parts: string[]): string => {
    const hash = createHash('sha256')
      .update([type, ...parts].join('\u0000'))
      .digest('hex');
    // Shaped like a UUID for consumers that expect one.
    return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
  };
  const build = (
    idParts: string[],
    occurredAt: string,
    fields: Omit<z.infer<S>, EnvelopeField>,
  ): { type: T; detail: z.infer<S> } => ({
    type,
    detail: schema().parse({ eventId: eventId(...idParts), occurredAt, schemaVersion, ...fields }) as z.infer<S>,
  });
  return { schemaVersion, schema, eventId, build };
}

export const yuanAmount = z
  .string()
  .check(z.regex(FORMATTED_YUAN_PATTERN), z.describe('yuan with exactly two decimals'));

/** Reasons as events carry them: each rule's message in every language the platform writes. */
export const localisedReasons = () =>
  z.array(
    z.strictObject({
      rule: z.string(),
      message: z.strictObject(
        Object.fromEntries(LANGUAGES.map((language) => [language, z.string()])) as Record<Language, z.ZodMiniString>,
      ),
    }),
  );
