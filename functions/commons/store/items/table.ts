/**
 * The single table's items and keys, and the SET clause of an update. The table's name is its
 * caller's (each function reads it once, when its container starts); a consistent read of one item
 * is ../get-item/get-item.ts.
 */
export type Item = Record<string, unknown>;
export type Key = Record<string, string>;

/** `SET #f0 = :f0, …` for these attributes, with the names and values it binds. */
export function setFields(fields: Record<string, unknown>) {
  const entries = Object.entries(fields);
  return {
    assignments: entries.map((_, i) => `#f${i} = :f${i}`),
    names: Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])) as Record<string, string>,
    values: Object.fromEntries(entries.map(([, value], i) => [`:f${i}`, value])) as Record<string, unknown>,
  };
}
