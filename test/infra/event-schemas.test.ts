/**
 * The EventBridge schema registry (SPEC §5) and the example rule integrators copy. The registry's
 * draft-4 documents must describe the same detail as the published draft 2020-12 files in
 * schemas/events/ (both generated from the zod schemas), and the example rule must match the
 * events the platform actually sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { registrySchemaName } from '../../infra/event-schemas.js';
import { EVENT_SOURCE } from '../../shared/contract/resources.js';
import { EVENT_TYPES } from '../../shared/domain/events/index.js';
import { cleanUpSyntheses, synthStage, type SynthesizedStage } from './synth.js';

type JsonSchema = { properties: Record<string, JsonSchema>; required?: string[]; [keyword: string]: unknown };

let prod: SynthesizedStage;
beforeAll(() => {
  prod = synthStage('prod', { bundle: false });
  if (prod.error) throw prod.error;
}, 120_000);
afterAll(cleanUpSyntheses);

const published = (type: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'events', `${type}.schema.json`), 'utf8')) as JsonSchema;

describe('schema registry', () => {
  const registrySchemas = () =>
    Object.values(prod.templates.stateful.findResources('AWS::EventSchemas::Schema')).map(
      (r) => r.Properties as { SchemaName: string; Type: string; Content: string; RegistryName: unknown },
    );

  it('holds one draft-4 schema per event type, in the stage registry', () => {
    const [[registryId]] = Object.entries(prod.templates.stateful.findResources('AWS::EventSchemas::Registry')) as [[string, unknown]];
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

  it.each(EVENT_TYPES)('%s: the event envelope around the same detail as schemas/events/ (no keyword draft 4 lacks)', (type) => {
    const schema = registrySchemas().find((s) => s.SchemaName === registrySchemaName(type))!;
    const content = JSON.parse(schema.Content) as JsonSchema;
    expect(content.properties.source).toEqual({ type: 'string', enum: [EVENT_SOURCE] });
    expect(content.properties['detail-type']).toEqual({ type: 'string', enum: [type] });
    const detail = content.properties.detail!;
    const file = published(type);
    expect(Object.keys(detail.properties)).toEqual(Object.keys(file.properties));
    expect(detail.required).toEqual(file.required);
    expect(schema.Content).not.toMatch(/"(const|\$defs|if|then|prefixItems|dependentRequired)":/);
  });
});

describe('example rule (examples/eventbridge/payout-issued-rule.json)', () => {
  const rule = JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', 'eventbridge', 'payout-issued-rule.json'), 'utf8')) as {
    EventBusName: string;
    EventPattern: string;
  };
  const pattern = JSON.parse(rule.EventPattern) as { source: string[]; 'detail-type': string[]; detail: Record<string, unknown> };

  it('selects events the platform sends, on the prod bus, by fields the schema has', () => {
    expect(rule.EventBusName).toBe(prod.config.prefix);
    expect(pattern.source).toEqual([EVENT_SOURCE]);
    for (const type of pattern['detail-type']) expect(EVENT_TYPES).toContain(type);
    for (const type of pattern['detail-type'])
      for (const field of Object.keys(pattern.detail)) expect(Object.keys(published(type).properties)).toContain(field);
    // The version prefix matches the schema version the platform stamps on its events.
    const version = published(pattern['detail-type'][0]!).properties.schemaVersion as { enum?: string[]; const?: string };
    const [{ prefix }] = pattern.detail.schemaVersion as [{ prefix: string }];
    expect(String(version.const ?? version.enum?.[0]).startsWith(prefix)).toBe(true);
  });
});
