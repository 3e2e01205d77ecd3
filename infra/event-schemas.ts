/**
 * The EventBridge schema registry's documents: for each event type, the whole event as
 * EventBridge delivers it (source, detail-type, detail) in JSON Schema draft 4, the format the
 * registry reads, generated from the same zod schema the code validates the detail with
 * (shared/domain/events/); schemas/events/ holds the same details in draft 2020-12.
 */
import * as z from '../shared/zod.js';
import { eventDetailSchema, EVENT_SOURCE, EVENT_TYPES, type EventType } from '../shared/domain/events/index.js';

/** The registry's schema name for an event type (`lingang.ai-subsidy@PayoutIssued`, as EventBridge names discovered schemas). */
export const registrySchemaName = (type: EventType) => `${EVENT_SOURCE}@${type}`;

export function registrySchema(type: EventType): Record<string, unknown> {
  const { $schema, ...detail } = z.toJSONSchema(eventDetailSchema(type), { io: 'output', target: 'draft-4' });
  return {
    $schema,
    title: type,
    description: `A ${type} event on the ${EVENT_SOURCE} bus; consumers dedupe on detail.eventId.`,
    type: 'object',
    properties: {
      source: { type: 'string', enum: [EVENT_SOURCE] },
      'detail-type': { type: 'string', enum: [type] },
      detail,
    },
    required: ['source', 'detail-type', 'detail'],
  };
}

export const REGISTRY_SCHEMAS = EVENT_TYPES.map((type) => ({ type, name: registrySchemaName(type), content: registrySchema(type) }));
