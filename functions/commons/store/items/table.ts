/**
 * The single table: its name and the SET clause of an update. The name is read when first needed,
 * so pure code imports this module freely; a consistent read of one item is ../get-item/get-item.ts.
 */
import { ENV } from '../../../../shared/contract/resources.js';
import { env } from '../../runtime/env.js';

export type Item = Record<string, unknown>;
export type Key = Record<string, string>;

export const tableName = (): string => env(ENV.tableName);

/** `SET #f0 = :f0, …` for these attributes, with the names and values it binds. */
export function setFields(fields: Record<string, unknown>) {
  const entries = Object.entries(fields);
  return {
    assignments: entries.map((_, i) => `#f${i} = :f${i}`),
    names: Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])) as Record<string, string>,
    values: Object.fromEntries(entries.map(([, value], i) => [`:f${i}`, value])) as Record<string, unknown>,
  };
}
