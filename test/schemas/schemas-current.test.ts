/** The checked-in JSON Schemas are exactly what the zod schemas generate today. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMAS_DIR } from '../../scripts/generate-schemas.js';
import { EVENT_TYPES } from '../../shared/domain/events/index.js';

const STALE = 'schemas/ is stale: run npm run schemas and commit the result';
const generated = generateSchemas();

const checkedIn = (dir: string): string[] =>
  readdirSync(path.join(SCHEMAS_DIR, dir)).map((name) => `${dir}/${name}`);

describe('published JSON Schemas', () => {
  it.each([...generated.keys()])('%s is current', (file) => {
    const target = path.join(SCHEMAS_DIR, file);
    expect(existsSync(target), `${file} is missing — ${STALE}`).toBe(true);
    expect(readFileSync(target, 'utf8'), `${file} differs — ${STALE}`).toBe(generated.get(file));
  });

  it('has no file the generator does not produce', () => {
    expect([...checkedIn('events'), ...checkedIn('api'), 'openapi.json', 'openapi.zh-CN.json'].sort(), STALE).toEqual([...generated.keys()].sort());
  });

  it('covers every event type: the whole event, its detail with the envelope fields required', () => {
    for (const type of EVENT_TYPES) {
      const schema = JSON.parse(generated.get(`events/${type}.schema.json`)!);
      expect(schema.properties['detail-type']).toEqual({ type: 'string', const: type });
      expect(schema.required).toEqual(expect.arrayContaining(['source', 'detail-type', 'detail']));
      expect(schema.properties.detail.required).toEqual(expect.arrayContaining(['eventId', 'occurredAt', 'schemaVersion']));
      expect(schema.properties.detail.additionalProperties).toBe(false);
    }
  });

  it('is deterministic', () => {
    expect(generateSchemas()).toEqual(generated);
  });
});
