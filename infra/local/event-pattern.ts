/**
 * EventBridge event patterns, matched as EventBridge matches them (Amazon EventBridge User Guide,
 * "Event patterns" and "Comparison operators"), so that the local bus delivers to a rule's target
 * exactly the events the same rule selects on AWS. No maintained npm package implements them
 * (searched: the one local implementation found has a few dozen downloads and is not served by the
 * registry this project installs from), hence this module; test/local/event-pattern.test.ts checks
 * it on the guide's examples.
 *
 * A pattern is an object whose keys name fields of the event. A key holding an array matches when
 * the field's value (or, for an array value, any element) matches any entry of the array; a key
 * holding an object descends into the field; `$or` holds patterns of which one must match; every
 * key must match. Entries: a string, number, boolean or null (equal to it), or one operator:
 * `prefix`, `suffix`, `equals-ignore-case`, `wildcard`, `anything-but` (a value, a list of values,
 * or `prefix`/`suffix`/`equals-ignore-case`/`wildcard`), `numeric` (comparisons, ANDed), `exists`.
 * A field that is absent matches only `{"exists": false}`. Anything else is refused like AWS's
 * InvalidEventPatternException (`InvalidEventPattern`).
 */

export type EventPattern = { [key: string]: readonly unknown[] | EventPattern | readonly EventPattern[] };

export class InvalidEventPattern extends Error {
  override name = 'InvalidEventPattern';
}

type Json = unknown;
const ABSENT = Symbol('absent');
type Value = Json | typeof ABSENT;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const wildcard = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );

/** A string operator's operand: a string, or `{equals-ignore-case: s}` where the operator allows it. */
function stringTest(operator: string, operand: unknown): (value: string) => boolean {
  const ignoreCase = isObject(operand) && typeof operand['equals-ignore-case'] === 'string';
  const text = ignoreCase ? (operand['equals-ignore-case'] as string) : operand;
  if (typeof text !== 'string') throw new InvalidEventPattern(`"${operator}" takes a string`);
  const fold = (value: string) => (ignoreCase ? value.toLowerCase() : value);
  if (operator === 'prefix') return (value) => fold(value).startsWith(fold(text));
  if (operator === 'suffix') return (value) => fold(value).endsWith(fold(text));
  if (operator === 'equals-ignore-case') return (value) => value.toLowerCase() === text.toLowerCase();
  return (value) => wildcard(text).test(value);
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function numericTest(operand: unknown): (value: Json) => boolean {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0)
    throw new InvalidEventPattern('"numeric" takes pairs of an operator and a number');
  const checks: Array<(value: number) => boolean> = [];
  for (let i = 0; i < operand.length; i += 2) {
    const compare = COMPARE[operand[i] as string];
    const bound = operand[i + 1];
    if (!compare || typeof bound !== 'number')
      throw new InvalidEventPattern(
        `"numeric": ${JSON.stringify(operand[i])} ${JSON.stringify(bound)} is not a comparison`,
      );
    checks.push((value) => compare(value, bound));
  }
  return (value) => typeof value === 'number' && checks.every((check) => check(value));
}

function anythingButTest(operand: unknown): (value: Json) => boolean {
  if (isObject(operand)) {
    const [operator, inner] = Object.entries(operand)[0] ?? [];
    if (
      Object.keys(operand).length !== 1 ||
      !['prefix', 'suffix', 'equals-ignore-case', 'wildcard'].includes(operator!)
    ) {
      throw new InvalidEventPattern(
        '"anything-but" takes a value, a list, or one of prefix, suffix, equals-ignore-case, wildcard',
      );
    }
    const test = stringTest(operator!, inner);
    return (value) => typeof value === 'string' && !test(value);
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  return (value) => !excluded.some((entry) => entry === value);
}

/** One entry of a key's array, as a test of a present value (`exists` is handled by the caller). */
function entryTest(entry: unknown): (value: Json) => boolean {
  if (!isObject(entry)) {
    if (Array.isArray(entry)) throw new InvalidEventPattern('a match list holds values and operators, not lists');
    return (value) => value === entry;
  }
  const keys = Object.keys(entry);
  if (keys.length !== 1)
    throw new InvalidEventPattern(`an operator object has one key (got ${keys.join(', ') || 'none'})`);
  const operator = keys[0]!;
  const operand = entry[operator];
  if (operator === 'numeric') return numericTest(operand);
  if (operator === 'anything-but') return anythingButTest(operand);
  if (['prefix', 'suffix', 'equals-ignore-case', 'wildcard'].includes(operator)) {
    const test = stringTest(operator, operand);
    return (value) => typeof value === 'string' && test(value);
  }
  throw new InvalidEventPattern(`unknown operator "${operator}"`);
}

function matchesList(list: readonly unknown[], value: Value): boolean {
  if (list.length === 0) throw new InvalidEventPattern('a match list is never empty');
  const candidates = value === ABSENT ? [] : Array.isArray(value) ? value : [value];
  return list.some((entry) => {
    if (isObject(entry) && 'exists' in entry) {
      if (typeof entry.exists !== 'boolean') throw new InvalidEventPattern('"exists" takes true or false');
      return entry.exists === (value !== ABSENT);
    }
    const test = entryTest(entry);
    return candidates.some((candidate) => test(candidate));
  });
}

function matchesObject(pattern: EventPattern, value: Value): boolean {
  const object = isObject(value) ? value : undefined;
  return Object.entries(pattern).every(([key, expected]) => {
    if (key === '$or') {
      if (!Array.isArray(expected) || expected.length < 2)
        throw new InvalidEventPattern('"$or" holds at least two patterns');
      return (expected as EventPattern[]).some((alternative) => matchesObject(alternative, value));
    }
    const field: Value = object && key in object ? object[key] : ABSENT;
    if (Array.isArray(expected)) return matchesList(expected, field);
    if (isObject(expected)) return matchesObject(expected as EventPattern, field);
    throw new InvalidEventPattern(`"${key}" must hold a match list or a nested pattern`);
  });
}

/** Whether `event` matches `pattern`; throws InvalidEventPattern for a pattern EventBridge refuses. */
export function matchesEventPattern(pattern: EventPattern, event: unknown): boolean {
  if (!isObject(pattern)) throw new InvalidEventPattern('a pattern is a JSON object');
  return matchesObject(pattern, event);
}
