/**
 * The one JSON Schema story of the events (SPEC §5, §13): each event type's schema is the whole
 * event as EventBridge delivers it (envelope fields, `source`, `detail-type`, `detail`), built
 * here from the zod schema the code validates the detail with. The published files
 * (schemas/events/, JSON Schema 2020-12) and the EventBridge schema registry (draft 4, the
 * dialect the registry reads; infra/event-schemas.ts) are this one document in two dialects,
 * and test/infra/event-schemas.test.ts checks the deployed registry against the files.
 */
import * as z from '../../zod.js';
import { EVENT_SOURCE } from '../../contract/resources.js';
import { eventDetailSchema, eventSchemaVersion, type EventType } from './index.js';

export type Dialect = 'draft-2020-12' | 'draft-4';
type Json = Record<string, unknown>;

/** One value: `const` where the dialect has it, a one-entry `enum` in draft 4. */
const only = (value: string, dialect: Dialect): Json =>
  dialect === 'draft-4' ? { type: 'string', enum: [value] } : { type: 'string', const: value };

export function eventJsonSchema(type: EventType, dialect: Dialect): Json {
  const { $schema, ...detail } = z.toJSONSchema(eventDetailSchema(type), { io: 'output', target: dialect }) as Json;
  const text = { type: 'string' };
  return {
    $schema,
    title: type,
    description: `A ${type} event on the ${EVENT_SOURCE} bus as EventBridge delivers it (detail schemaVersion ${eventSchemaVersion(type)}); consumers dedupe on detail.eventId.`,
    type: 'object',
    properties: {
      version: only('0', dialect),
      id: {
        ...text,
        description: 'EventBridge’s id of this delivery (differs on a redelivery: dedupe on detail.eventId)',
      },
      'detail-type': only(type, dialect),
      source: only(EVENT_SOURCE, dialect),
      account: text,
      time: { ...text, format: 'date-time' },
      region: text,
      resources: { type: 'array', items: text },
      detail,
    },
    required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail'],
  };
}
