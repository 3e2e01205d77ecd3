/**
 * The EventBridge schema registry (SPEC §5, §13) and the example rule integrators copy. The
 * registry's draft-4 documents, as deployed, must be the published draft 2020-12 files of
 * schemas/events/ in the other dialect (one document, shared/domain/events/json-schema.ts), and
 * the example rule must match the events the platform actually sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { registrySchemaName } from '../../infra/event-schemas.js';
import { EVENT_SOURCE } from '../../shared/contract/resources.js';
import { EVENT_TYPES } from '../../shared/domain/events/index.js';
import { sharedStage, type SynthesizedStage } from './synth.js';

type JsonSchema = { properties: Record<string, JsonSchema>; required?: string[]; [keyword: string]: unknown };

/**
 * A schema with what differs only by dialect taken out: its `$schema` and `$id`, and `const`
 * (2020-12) written as the one-value `enum` draft 4 has; keywords draft 4 lacks stay and fail the
 * comparison.
 */
function dialectFree(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(dialectFree);
  if (schema === null || typeof schema !== 'object') return schema;
  const { $schema: _dialect, $id: _id, const: only, ...rest } = schema as Record<string, unknown>;
  const keywords = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, dialectFree(value)]));
  return only === undefined ? keywords : { ...keywords, enum: [only] };
}

let prod: SynthesizedStage;
beforeAll(() => {
  prod = sharedStage('prod');
  if (prod.error) throw prod.error;
}, 120_000);

const published = (type: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'events', `${type}.schema.json`), 'utf8')) as JsonSchema;

describe('schema registry', () => {
  const registrySchemas = () =>
    Object.values(prod.templates.stateful.findResources('AWS::EventSchemas::Schema')).map(
      (r) => r.Properties as { SchemaName: string; Type: string; Content: string; RegistryName: unknown },
    );

  it('holds one draft-4 schema per event type, in the stage registry', () => {
    const [[registryId]] = Object.entries(prod.templates.stateful.findResources('AWS::EventSchemas::Registry')) as [
      [string, unknown],
    ];
    expect(
      registrySchemas()
        .map((s) => s.SchemaName)
        .sort(),
    ).toEqual(EVENT_TYPES.map(registrySchemaName).sort());
    for (const schema of registrySchemas()) {
      expect(schema.Type).toBe('JSONSchemaDraft4');
      expect(schema.RegistryName).toEqual({ 'Fn::GetAtt': [registryId, 'RegistryName'] });
      expect(JSON.parse(schema.Content).$schema).toBe('http://json-schema.org/draft-04/schema#');
    }
  });

  it.each(EVENT_TYPES)('%s: the deployed schema is schemas/events/ in draft 4 (no keyword draft 4 lacks)', (type) => {
    const schema = registrySchemas().find((s) => s.SchemaName === registrySchemaName(type))!;
    const content = JSON.parse(schema.Content) as JsonSchema;
    expect(content.properties.source).toEqual({ type: 'string', enum: [EVENT_SOURCE] });
    expect(content.properties['detail-type']).toEqual({ type: 'string', enum: [type] });
    expect(dialectFree(content)).toEqual(dialectFree(published(type)));
    expect(schema.Content).not.toMatch(/"(const|\$defs|if|then|prefixItems|dependentRequired)":/);
  });
});

describe('example rule (examples/eventbridge/payout-issued-rule.json)', () => {
  const rule = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'examples', 'eventbridge', 'payout-issued-rule.json'), 'utf8'),
  ) as {
    EventBusName: string;
    EventPattern: string;
  };
  const pattern = JSON.parse(rule.EventPattern) as {
    source: string[];
    'detail-type': string[];
    detail: Record<string, unknown>;
  };

  it('selects events the platform sends, on the prod bus, by fields the schema has', () => {
    expect(rule.EventBusName).toBe(prod.config.prefix);
    expect(pattern.source).toEqual([EVENT_SOURCE]);
    for (const type of pattern['detail-type']) expect(EVENT_TYPES).toContain(type);
    const detailOf = (type: string) => published(type).properties.detail!;
    for (const type of pattern['detail-type'])
      for (const field of Object.keys(pattern.detail)) expect(Object.keys(detailOf(type).properties)).toContain(field);
    // The version prefix matches the schema version the platform stamps on its events.
    const version = detailOf(pattern['detail-type'][0]!).properties.schemaVersion as {
      enum?: string[];
      const?: string;
    };
    const [{ prefix }] = pattern.detail.schemaVersion as [{ prefix: string }];
    expect(String(version.const ?? version.enum?.[0]).startsWith(prefix)).toBe(true);
  });
});
