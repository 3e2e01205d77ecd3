/**
 * The EventBridge schema registry's documents: for each event type, the whole event as
 * EventBridge delivers it in JSON Schema draft 4, the format the registry reads — the same
 * document as schemas/events/<type>.schema.json (draft 2020-12), both built by
 * shared/domain/events/json-schema.ts from the zod schema the code validates the detail with.
 */
import { EVENT_SOURCE, EVENT_TYPES, type EventType } from '../shared/domain/events/index.js';
import { eventJsonSchema } from '../shared/domain/events/json-schema.js';

/** The registry's schema name for an event type (`lingang.ai-subsidy@PayoutIssued`, as EventBridge names discovered schemas). */
export const registrySchemaName = (type: EventType) => `${EVENT_SOURCE}@${type}`;

export const registrySchema = (type: EventType): Record<string, unknown> => eventJsonSchema(type, 'draft-4');

export const REGISTRY_SCHEMAS = EVENT_TYPES.map((type) => ({
  type,
  name: registrySchemaName(type),
  content: registrySchema(type),
}));
