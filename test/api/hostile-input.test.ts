/**
 * Hostile input, generated (fast-check, seeded): broken and wrongly typed bodies, odd ids and
 * cursors, bad query values, wrong content types, methods and paths, sent over HTTP through the
 * local gateway into the real handlers and DynamoDB Local, as an applicant and as an admin.
 * Every answer is a 4xx problem document with a parseable body that the OpenAPI document allows
 * for that route, and the tables hold exactly the items they held before. `FUZZ_SEED=<n>` repeats a run (the seed is printed).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch } from '../../client/index.js';
import { issueToken } from '../../infra/local/dev-auth.js';
import { ENV, ROUTES } from '../../shared/contract/resources.js';
import { APPLICATION_STATUSES } from '../../shared/domain/application.js';
import { POLICY_REGISTRY, PROGRAMMES } from '../../shared/policy/index.js';
import { policyView } from '../../functions/applicant-api/policy-view.js';
import { makeClients } from '../support/emulators/env.js';
import { SAMPLE_DETAILS, VALID_USCC, sampleApplication, seedApplications } from '../support/applications.js';
import { startLocalApi, tableItems, type LocalApi } from '../support/local-api.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_210_101);
const { doc } = makeClients();
const TABLES = [process.env[ENV.tableName]!, process.env[ENV.idempotencyTableName]!];

type Role = 'applicant' | 'admin';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Attempt {
  method: string;
  /** Path and query, URL-encoded. */
  path: string;
  role: Role;
  body?: string;
  /** Omitted: application/json when there is a body; null: no content-type at all. */
  contentType?: string | null;
}

let api: LocalApi;
const bearer: Record<Role, string> = { applicant: '', admin: '' };
let reviewableId = '';
const foreignCursors: Record<Role, string[]> = { applicant: [], admin: [] };
const answered = new Map<number, number>();

/* ---- sending and judging ---- */

async function send({ method, path, role, body, contentType }: Attempt): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${bearer[role]}` };
  if (contentType !== null && body !== undefined) headers['content-type'] = contentType ?? 'application/json';
  // A Blob without a type makes fetch send no content-type of its own (a string would be text/plain).
  const payload = body === undefined ? {} : { body: contentType === null ? new Blob([body]) : body };
  return checkedFetch(`${api.baseUrl}${path}`, { method, headers, ...payload });
}

type Problem = { status: unknown; type: unknown; title: unknown; errors?: Array<{ path: unknown; message: unknown }> };

/** Sends the attempt; the answer must be a 4xx problem document, one of `statuses` when given. */
async function expectRefused(
  attempt: Attempt,
  statuses?: readonly number[],
): Promise<{ headers: Headers; problem: Problem }> {
  const response = await send(attempt);
  const text = await response.text();
  answered.set(response.status, (answered.get(response.status) ?? 0) + 1);
  const what = `${attempt.method} ${attempt.path.slice(0, 120)} as ${attempt.role} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, what).toBeGreaterThanOrEqual(400);
  expect(response.status, what).toBeLessThan(500);
  if (statuses) expect(statuses, what).toContain(response.status);
  expect(response.headers.get('content-type'), what).toBe('application/problem+json');
  const problem = JSON.parse(text) as Problem;
  expect(problem, what).toMatchObject({ status: response.status, type: expect.any(String), title: expect.any(String) });
  if (String(problem.type).endsWith('/validation')) {
    expect(problem.errors?.length, what).toBeGreaterThan(0);
    for (const error of problem.errors!)
      expect(error, what).toMatchObject({ path: expect.any(String), message: expect.any(String) });
  }
  return { headers: response.headers, problem };
}

/** Runs the attempts and shows that the tables are exactly as before. */
async function assertTablesUnchanged(run: () => Promise<void>) {
  const before = await Promise.all(TABLES.map((table) => tableItems(doc, table)));
  await run();
  expect(await Promise.all(TABLES.map((table) => tableItems(doc, table)))).toEqual(before);
}

/** Runs a property of attempts and shows that the tables are exactly as before. */
const assertNothingStored = <T extends [unknown]>(property: fc.IAsyncProperty<T>, numRuns: number) =>
  assertTablesUnchanged(() => fc.assert(property, { seed: SEED, numRuns }));

/**
 * Sends `numRuns` generated attempts: each refused with one of `statuses(attempt)` (a non-admin
 * on an admin route: 403, whatever else is wrong, as the group is checked first), nothing stored.
 */
const refuseAll = (
  attempts: fc.Arbitrary<Attempt>,
  statuses: (attempt: Attempt) => readonly number[],
  numRuns: number,
) =>
  assertNothingStored(
    fc.asyncProperty(attempts, async (attempt) => {
      await expectRefused(
        attempt,
        attempt.role === 'applicant' && attempt.path.startsWith('/v1/admin/') ? [403] : statuses(attempt),
      );
    }),
    numRuns,
  );

const role = fc.constantFrom<Role>('applicant', 'admin');

/* ---- bodies ---- */

const DOCUMENT_BODY = {
  kind: 'RND_AUDIT_REPORT',
  fileName: 'fuzz.pdf',
  contentType: 'application/pdf',
  size: 1024,
  sha256: 'ab'.repeat(32),
};
const ORGANISATION = {
  name: 'Lin-gang Deep Learning Platform Co., Ltd.',
  unifiedSocialCreditCode: VALID_USCC,
  registeredInLingang: true,
};

/** Valid bodies of every route that takes one; each generated body breaks one of them. */
const bodyRoutes = () => [
  ...PROGRAMMES.map((programme) => ({
    route: 'POST /v1/applications',
    method: 'POST',
    path: '/v1/applications',
    body: {
      programme,
      organisation: ORGANISATION,
      details:
        programme === 'REVENUE_MILESTONE'
          ? { ...SAMPLE_DETAILS[programme], priorYears: [{ fiscalYear: 2019, mainBusinessIncome: '1000000.00' }] }
          : SAMPLE_DETAILS[programme],
    } as Json,
  })),
  {
    route: 'PUT /v1/admin/platforms/{applicantId}/certification',
    method: 'PUT',
    path: '/v1/admin/platforms/fuzz-platform/certification',
    body: { certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31', reference: 'FUZZ-CERT' } as Json,
  },
  {
    route: 'POST /v1/admin/applications/{id}/review',
    method: 'POST',
    path: `/v1/admin/applications/${reviewableId}/review`,
    body: { decision: 'APPROVE', amount: '1000.00', note: 'fuzz' } as Json,
  },
  {
    route: 'POST /v1/admin/payout-runs',
    method: 'POST',
    path: '/v1/admin/payout-runs',
    body: { fiscalYear: 2021 } as Json,
  },
  // A body that got through would store an export and queue its job.
  {
    route: 'POST /v1/admin/exports',
    method: 'POST',
    path: '/v1/admin/exports',
    body: { kind: 'LEDGER', fiscalYear: 2021 } as Json,
  },
  // An application that takes documents: a body that got through would store one.
  {
    route: 'POST /v1/applications/{id}/documents',
    method: 'POST',
    path: `/v1/applications/${reviewableId}/documents`,
    body: DOCUMENT_BODY as Json,
  },
  // The appeal routes: every body refused before the application is read (so the id need not be appealable).
  {
    route: 'POST /v1/applications/{id}/appeal',
    method: 'POST',
    path: `/v1/applications/${reviewableId}/appeal`,
    body: { grounds: 'fuzz' } as Json,
  },
  {
    route: 'POST /v1/admin/applications/{id}/appeal-decision',
    method: 'POST',
    path: `/v1/admin/applications/${reviewableId}/appeal-decision`,
    body: { decision: 'GRANT', amount: '1000.00', note: 'fuzz' } as Json,
  },
  // Every other field is optional (and each parameter of the draft): an empty draft is the body whose every field is required.
  {
    route: 'POST /v1/admin/simulations',
    method: 'POST',
    path: '/v1/admin/simulations',
    body: { overrides: {} } as Json,
  },
];

type Path = (string | number)[];

/** Every field of a body (objects, arrays and leaves), with its path. */
function fieldsOf(value: Json, path: Path = []): Array<{ path: Path; value: Json }> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    { path: [...path, key], value: child },
    ...fieldsOf(child, [...path, key]),
  ]);
}

const objectsOf = (body: Json): Path[] => [
  [],
  ...fieldsOf(body)
    .filter((f) => f.value !== null && typeof f.value === 'object' && !Array.isArray(f.value))
    .map((f) => f.path),
];

/** A copy of the body with the field at `path` replaced (or removed, for `undefined`). */
function withField(body: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  // defineProperty, so that "__proto__" becomes an own key that JSON.stringify writes out.
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const MONEY = new Set(['rndCosts', 'operatingCosts', 'requestedAmount', 'mainBusinessIncome', 'amount']);
const DATES = new Set(['periodStart', 'periodEnd', 'establishedOn', 'recognizedOn', 'certifiedFrom', 'certifiedUntil']);
const TEXTS = new Set(['name', 'description', 'note', 'reference', 'recognitionReference', 'grounds', 'fileName']);
const CODES = new Set([
  'programme',
  'activityType',
  'origin',
  'recognition',
  'decision',
  'unifiedSocialCreditCode',
  'kind',
  'contentType',
  'sha256',
]);

const badMoney = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.constantFrom(
    '-1.00',
    '1e5',
    '1E+5',
    '1.001',
    '0.999',
    '1,000.00',
    ' 1.00',
    '1.00 ',
    '+1.00',
    '01.00',
    '.50',
    '1.',
    '0x10',
    'Infinity',
    'NaN',
    '',
    '１００.00',
    '1.00\u0000',
    '💴1.00',
  ),
  fc.stringMatching(/^[1-9][0-9]{15,400}(\.[0-9]{2})?$/),
  fc.stringMatching(/^[0-9]{1,6}\.[0-9]{3,8}$/),
);
const badDate = fc.oneof(
  fc.constantFrom(
    '2021-02-30',
    '2021-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-1-1',
    '20210101',
    '2021/01/01',
    '0000-00-00',
    '2021-01-01T00:00:00Z',
    '2021-01-01\u0000',
    '２０２１-01-01',
    '',
    '😀',
  ),
  fc
    .record({
      y: fc.integer({ min: 1000, max: 9999 }),
      m: fc.integer({ min: 13, max: 99 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${m}-${String(d).padStart(2, '0')}`),
  fc
    .record({
      y: fc.integer({ min: 1000, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 32, max: 99 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${d}`),
);
const badText = fc.constantFrom('', '   ', '\n\t', 'x'.repeat(4001));
const badCode = fc.oneof(
  fc.constantFrom('', '😀', '\u0000'),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `${s}\u0000`),
);
const badYear = fc.oneof(
  fc.integer({ max: 1899 }),
  fc.integer({ min: 10_000 }),
  fc.constantFrom(2021.5, '2021', 1e21, -0.5),
);
const otherType = (value: Json): fc.Arbitrary<Json> =>
  fc
    .constantFrom<Json>(null, true, 0, -1.5, 'text', [], {}, [1, 'a'], { nested: {} })
    .filter((other) => typeof other !== typeof value || Array.isArray(other) !== Array.isArray(value));
/** Nested arrays, as JSON text: deeper than JSON.stringify can write (but under 64 KiB). */
const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('[]', '{"a":}'))
  .map(([depth, pair]) => {
    const [open, close] = pair === '[]' ? ['[', ']'] : ['{"a":', '}'];
    return `${open.repeat(depth)}0${close.repeat(depth)}`;
  });
const NESTED = '__nested__';

/** One field made bad in the way its kind allows. */
function badValueFor(key: string | number, value: Json): fc.Arbitrary<Json> {
  const name = String(key);
  if (MONEY.has(name)) return badMoney as fc.Arbitrary<Json>;
  if (DATES.has(name)) return badDate;
  if (TEXTS.has(name)) return badText;
  if (CODES.has(name)) return badCode;
  if (name === 'fiscalYear') return badYear as fc.Arbitrary<Json>;
  return otherType(value);
}

/** A body route's valid body with exactly one thing wrong with it, written as JSON. */
const brokenBody = (base: Json): fc.Arbitrary<string> => {
  const fields = fieldsOf(base);
  const objects = objectsOf(base);
  const field = fc.constantFrom(...fields);
  const object = fc.constantFrom(...objects);
  const known = new Set(fields.map((f) => String(f.path[f.path.length - 1])));
  const json = (body: Json) => JSON.stringify(body);
  return fc.oneof(
    // a bad value of the field's own kind
    field.chain(({ path, value }) =>
      badValueFor(path[path.length - 1]!, value).map((bad) => json(withField(base, path, bad))),
    ),
    // a value of another type
    field.chain(({ path, value }) => otherType(value).map((bad) => json(withField(base, path, bad)))),
    // a required field missing (every field of these bodies is required)
    field.map(({ path }) => json(withField(base, path, undefined))),
    // an unknown field, prototype keys included
    fc
      .tuple(
        object,
        fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
          fc.string({ maxLength: 20 }),
        ),
        fc.jsonValue(),
      )
      .filter(([, key]) => !known.has(key))
      .map(([path, key, value]) => json(withField(base, [...path, key], value as Json))),
    // deep nesting where a field was
    fc
      .tuple(field, deeplyNested)
      .map(([{ path }, nested]) => json(withField(base, path, NESTED)).replace(`"${NESTED}"`, nested)),
    // JSON that is not an object
    fc.oneof(
      fc.constantFrom('[]', 'null', '42', '"text"', 'true', '-0', '1e400'),
      fc.array(fc.jsonValue(), { maxLength: 3 }).map((values) => JSON.stringify(values)),
    ),
    // JSON that is not JSON
    fc.oneof(
      fc.integer({ min: 1, max: json(base).length - 1 }).map((end) => json(base).slice(0, end)),
      fc.constantFrom('x', ',', '}', ']', ' garbage', '\u0000').map((tail) => `${json(base)}${tail}`),
      fc.constantFrom(
        `\uFEFF${json(base)}`,
        json(base).replace(/"/g, "'"),
        `{"a": NaN}`,
        `/* c */${json(base)}`,
        `{"a":1,}`,
        '{',
        '\u0000',
      ),
    ),
  );
};

/** More than 64 KiB: a valid body padded in a field, or with whitespace. */
const oversizedBody = (base: Json): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .constantFrom('x', 'é', '😀', '\u0000')
      .map((unit) =>
        JSON.stringify(withField(base, ['padding'], unit.repeat(Math.ceil(70_000 / Buffer.byteLength(unit))))),
      ),
    fc.constant(`${JSON.stringify(base)}${' '.repeat(66_000)}`),
  );

/* ---- ids, queries, methods and paths ---- */

/**
 * Path segments no id may be, not even an applicant id: too long, or holding a character no id
 * holds. (Kept under Node's 16 KiB header limit once URL-encoded: longer request lines are
 * refused by the HTTP server before any gateway sees them.)
 */
const oddId = fc.oneof(
  fc.constantFrom(
    'x'.repeat(3000),
    'é'.repeat(1100),
    '😀'.repeat(600),
    '#',
    'APP#1',
    'a b',
    '\u0000',
    'a\u007fb',
    '\t',
  ),
  fc.string({ unit: 'binary', minLength: 129, maxLength: 500 }),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('#', ' ', '\u0000', '\n', 'é', '😀'),
      fc.string({ maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
);
const encodedSegment = fc.oneof(
  { weight: 9, arbitrary: oddId.map(encodeURIComponent) },
  // malformed percent-escapes, sent as they are
  { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%zz', '%C3%28', '%ED%A0%80') },
);
/** Ids shaped like ids that name nothing: 404, never 500. */
const unknownId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

/** The id routes; `anyIdStores`: a well-formed id would be stored, so only odd ones are sent. */
const idRoutes = [
  { route: 'GET /v1/applications/{id}', method: 'GET', template: '/v1/applications/{}' },
  { route: 'POST /v1/applications/{id}/withdraw', method: 'POST', template: '/v1/applications/{}/withdraw' },
  {
    route: 'POST /v1/admin/applications/{id}/review',
    method: 'POST',
    template: '/v1/admin/applications/{}/review',
    body: '{"decision":"REJECT","note":"fuzz"}',
  },
  {
    route: 'POST /v1/applications/{id}/appeal',
    method: 'POST',
    template: '/v1/applications/{}/appeal',
    body: '{"grounds":"fuzz"}',
  },
  {
    route: 'POST /v1/admin/applications/{id}/appeal-decision',
    method: 'POST',
    template: '/v1/admin/applications/{}/appeal-decision',
    body: '{"decision":"UPHOLD","note":"fuzz"}',
  },
  { route: 'GET /v1/admin/payout-runs/{runId}', method: 'GET', template: '/v1/admin/payout-runs/{}' },
  { route: 'GET /v1/admin/simulations/{id}', method: 'GET', template: '/v1/admin/simulations/{}' },
  { route: 'GET /v1/admin/exports/{id}', method: 'GET', template: '/v1/admin/exports/{}' },
  {
    route: 'POST /v1/applications/{id}/documents',
    method: 'POST',
    template: '/v1/applications/{}/documents',
    body: JSON.stringify(DOCUMENT_BODY),
  },
  { route: 'GET /v1/applications/{id}/documents', method: 'GET', template: '/v1/applications/{}/documents' },
  {
    route: 'GET /v1/applications/{id}/documents/{documentId}',
    method: 'GET',
    template: '/v1/applications/{}/documents/01NOSUCHDOCUMENT0000000000',
  },
  {
    route: 'GET /v1/applications/{id}/documents/{documentId}',
    method: 'GET',
    template: '/v1/applications/fuzz-application/documents/{}',
  },
  {
    route: 'PUT /v1/admin/platforms/{applicantId}/certification',
    method: 'PUT',
    template: '/v1/admin/platforms/{}/certification',
    body: '{"certifiedFrom":"2021-01-01","certifiedUntil":"2021-12-31","reference":"FUZZ"}',
    anyIdStores: true,
  },
];

const query = (parameters: ReadonlyArray<readonly [string, string]>) =>
  parameters.length
    ? `?${parameters.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
    : '';

const KNOWN_PARAMETERS = ['limit', 'cursor', 'status', 'programme', 'fiscalYear', 'needsAttention'];
const badLimit = fc.oneof(
  fc.integer({ min: 101 }).map(String),
  fc.integer({ max: 0 }).map(String),
  fc.stringMatching(/^[0-9]{4,40}$/),
  fc.constantFrom('1.5', '1e2', 'abc', '', ' 5', '5 ', '0x10', '１', '5\u0000', '😀'),
);
const notOneOf = (values: readonly string[]) =>
  fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !values.includes(value));
const badFiscalYear = fc.oneof(
  fc.integer({ max: 1899 }).map(String),
  fc.integer({ min: 10_000 }).map(String),
  fc.constantFrom('abcd', '２０２１', '2021.0', '2021 ', ' 2021', '20 21', '', '2021\u0000'),
);
const badCursor = (role: Role) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{2049,4000}$/),
    fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
    fc.constantFrom(...foreignCursors[role]),
    fc.constantFrom(...foreignCursors[role]).map((cursor) => cursor.slice(0, -1)),
  );

const listings = [
  {
    path: '/v1/applications',
    valid: [
      ['status', 'SUBMITTED'],
      ['programme', 'AI_ACTIVITY'],
      ['limit', '5'],
    ],
  },
  { path: '/v1/payouts', valid: [['limit', '5']] },
  {
    path: '/v1/admin/applications',
    valid: [
      ['status', 'NEEDS_REVIEW'],
      ['programme', 'AI_ACTIVITY'],
      ['limit', '5'],
    ],
    flag: 'needsAttention',
  },
  {
    path: '/v1/admin/payouts',
    valid: [
      ['fiscalYear', '2021'],
      ['limit', '5'],
    ],
  },
  {
    path: '/v1/admin/payout-runs',
    valid: [
      ['fiscalYear', '2021'],
      ['limit', '5'],
    ],
  },
  {
    path: '/v1/admin/payout-forecast',
    valid: [
      ['fiscalYear', '2021'],
      ['limit', '5'],
    ],
  },
  // Both filters optional: leaving fiscalYear out is no refusal here. (A cursor is an unknown parameter.)
  {
    path: '/v1/admin/statistics',
    valid: [
      ['fiscalYear', '2021'],
      ['programme', 'AI_ACTIVITY'],
    ],
    fiscalYearOptional: true,
  },
] as const;

/** A listing's query with one parameter bad: a bad value, a repeated parameter, an unknown one, a required one missing. */
const badListingQuery = (listing: (typeof listings)[number], role: Role): fc.Arbitrary<Array<[string, string]>> => {
  const valid = listing.valid.map(([k, v]) => [k, v] as [string, string]);
  const names = valid.map(([name]) => name);
  const badValues: Record<string, fc.Arbitrary<string>> = {
    limit: badLimit,
    status: notOneOf(APPLICATION_STATUSES),
    programme: notOneOf(PROGRAMMES),
    fiscalYear: badFiscalYear,
  };
  const replaced = (name: string, value: string): Array<[string, string]> => [
    ...valid.filter(([k]) => k !== name),
    [name, value],
  ];
  return fc.oneof(
    fc.constantFrom(...names).chain((name) => badValues[name]!.map((value) => replaced(name, value))),
    badCursor(role).map((cursor) => [...valid, ['cursor', cursor]] as Array<[string, string]>),
    fc
      .constantFrom(...valid)
      .map(([name, value]) => [...valid, [name, value === '5' ? '6' : value]] as Array<[string, string]>),
    fc
      .tuple(
        fc.string({ maxLength: 20 }).filter((name) => !KNOWN_PARAMETERS.includes(name)),
        fc.string({ maxLength: 20 }),
      )
      .map((extra) => [...valid, extra]),
    ...(names.includes('fiscalYear') && !('fiscalYearOptional' in listing)
      ? [fc.constant(valid.filter(([k]) => k !== 'fiscalYear'))]
      : []),
    // a flag parameter (`needsAttention=true`) with any other value
    ...('flag' in listing
      ? [notOneOf(['true']).map((value) => [...valid, [listing.flag, value]] as Array<[string, string]>)]
      : []),
  );
};

/** The methods each route path answers, from ROUTES. */
const methodsByPath = new Map<string, string[]>();
for (const route of ROUTES) methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
const routePatterns = [...methodsByPath.keys()].map((path) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`));
const segment = fc.oneof(
  fc.constantFrom('v1', 'v2', 'applications', 'admin', 'policy', 'payouts', 'payout-runs', 'x', ''),
  fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
);
const unknownPath = fc
  .array(segment, { minLength: 0, maxLength: 6 })
  .map((segments) => `/${segments.join('/')}`)
  .filter((path) => !routePatterns.some((pattern) => pattern.test(new URL(`http://x${path}`).pathname)));

/* ---- SPEC §7: what free text never holds, dates before 1900, `__proto__` ---- */

/** Each inserted into a valid value of every free-text field. */
const HOSTILE_CHARACTERS: Record<string, string> = {
  NUL: '\u0000',
  ESC: '\u001b',
  'C1 NEL (U+0085)': '\u0085',
  'C1 CSI (U+009B)': '\u009b',
  'unpaired high surrogate': '\ud800',
  'unpaired low surrogate': '\udc00',
  'RTL override (U+202E)': '\u202e',
  'RTL isolate (U+2067)': '\u2067',
  'CR without LF': '\r',
  tab: '\t',
};
/** A single-line field takes no line break; a multi-line one (grounds, notes, a description) takes `\n` and `\r\n`. */
const LINE_BREAKS: Record<string, string> = { LF: '\n', 'CR LF': '\r\n' };
const MULTI_LINE = new Set(['description', 'grounds', 'note']);
const EARLY_DATES = ['0000-01-01', '1899-12-31'];

interface FieldAttempt {
  attempt: Attempt;
  /** The field the problem document must name, as its `errors[].path`. */
  field: string;
  what: string;
}

/** Every free-text and date field of every body route made hostile, one way at a time, sent as the role the route serves. */
function section7BodyAttempts(): FieldAttempt[] {
  return bodyRoutes().flatMap((route) => {
    const who: Role = route.path.startsWith('/v1/admin/') ? 'admin' : 'applicant';
    const attempt = (path: Path, value: string, what: string): FieldAttempt => ({
      attempt: {
        method: route.method,
        path: route.path,
        role: who,
        body: JSON.stringify(withField(route.body, path, value)),
      },
      field: path.join('.'),
      what: `${route.route}: ${what}`,
    });
    return fieldsOf(route.body).flatMap(({ path, value }) => {
      const name = String(path[path.length - 1]);
      if (TEXTS.has(name) && typeof value === 'string') {
        const hostile = { ...HOSTILE_CHARACTERS, ...(MULTI_LINE.has(name) ? {} : LINE_BREAKS) };
        return Object.entries(hostile).map(([what, character]) =>
          attempt(path, `${value.slice(0, 2)}${character}${value.slice(2)}`, `${name} with ${what}`),
        );
      }
      if (DATES.has(name)) return EARLY_DATES.map((date) => attempt(path, date, `${name} ${date}`));
      return [];
    });
  });
}

/** Every parameter of a what-if draft with a value of another type, unit or shape, as an admin sends it. */
function draftParameterAttempts(): FieldAttempt[] {
  const shown = policyView(POLICY_REGISTRY, '2021-01-01').versions[0]!.parameters;
  return Object.entries(shown).flatMap(([name, { value }]) => {
    const wrong: Json[] = [null, true, 'text', [], {}, -1, 0.5, 1e21].filter(
      (other) => typeof other !== typeof value || Array.isArray(other) !== Array.isArray(value),
    );
    if (typeof value === 'string')
      wrong.push(` ${value}`, `${value}\u0000`, `-${value}`, `${value}0`.replace(/^(\d)/, '9$1'));
    if (typeof value === 'number') wrong.push(-value, value * 1000, value + 0.5);
    if (Array.isArray(value)) wrong.push([], [...(value as Json[]), ...(value as Json[])]);
    return wrong.map((bad) => ({
      attempt: {
        method: 'POST',
        path: '/v1/admin/simulations',
        role: 'admin' as const,
        body: JSON.stringify({ overrides: { [name]: bad } }),
      },
      field: `overrides.${name}`,
      what: `overrides.${name} = ${JSON.stringify(bad)}`,
    }));
  });
}

/** Sends each attempt: a 400 whose errors name the field; the tables are as before. */
const refuseNamingTheField = (attempts: readonly FieldAttempt[]) =>
  assertTablesUnchanged(async () => {
    for (const { attempt, field, what } of attempts) {
      const { problem } = await expectRefused(attempt, [400]);
      expect(
        problem.errors?.map((error) => error.path),
        what,
      ).toContain(field);
    }
  });

/* ---- the runs ---- */

beforeAll(async () => {
  console.info(`hostile-input fuzz: seed ${SEED} (FUZZ_SEED=${SEED} repeats this run)`);
  api = await startLocalApi();
  bearer.applicant = await issueToken(api.signingKey, { sub: 'fuzz-applicant' });
  bearer.admin = await issueToken(api.signingKey, { sub: 'fuzz-admin', admin: true });
  const reviewable = sampleApplication({
    applicantId: 'fuzz-applicant',
    status: 'NEEDS_REVIEW',
    decision: {
      outcome: 'NEEDS_REVIEW',
      amount: '300000.00',
      capApplied: false,
      policyVersion: 'LG-AI-2020',
      reasons: [],
    },
  });
  reviewableId = reviewable.applicationId;
  const others = ['fuzz-other', 'fuzz-other', 'fuzz-other'].map((applicantId) =>
    sampleApplication({ applicantId, status: 'NEEDS_REVIEW' }),
  );
  await seedApplications(doc, TABLES[0]!, [reviewable, ...others]);
  // Cursors issued to someone else, or for another listing: refused, never followed.
  const cursorOf = async (path: string, token: string) =>
    (
      (await (await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        nextCursor: string;
      }
    ).nextCursor;
  const others_ = await issueToken(api.signingKey, { sub: 'fuzz-other' });
  const othersCursor = await cursorOf('/v1/applications?limit=1', others_);
  const queueCursor = await cursorOf('/v1/admin/applications?limit=1', bearer.admin);
  foreignCursors.applicant.push(othersCursor, queueCursor);
  // (the admin's listings below filter by status and programme both: a programme-only cursor is another listing's)
  foreignCursors.admin.push(
    othersCursor,
    await cursorOf('/v1/admin/applications?programme=AI_ACTIVITY&limit=1', bearer.admin),
  );
});

afterAll(async () => {
  const total = [...answered.values()].reduce((sum, n) => sum + n, 0);
  console.info(
    `hostile-input fuzz: ${total} requests, answers by status ${JSON.stringify(Object.fromEntries([...answered].sort()))}`,
  );
  await api?.stop();
});

/** Routes whose only input is the method and path (which the last property varies for every route). */
const WITHOUT_INPUT = [
  'GET /v1/policy',
  'POST /v1/admin/evaluation-redrive',
  'POST /v1/admin/event-republish',
  'GET /v1/openapi.json',
  'GET /docs',
  'GET /docs/swagger-ui.css',
  'GET /docs/swagger-ui-bundle.js',
];

describe('hostile input: every answer a 4xx problem document, nothing stored', () => {
  it('reaches every route with what it takes: a body, an id, a query', () => {
    const reached = new Set(
      [...bodyRoutes(), ...idRoutes]
        .map((r) => r.route)
        .concat(
          listings.map((l) => `GET ${l.path}`),
          WITHOUT_INPUT,
        ),
    );
    expect([...reached].sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('broken bodies on every route that takes one: 400 naming what is wrong (413 over 64 KiB)', async () => {
    const attempts = fc
      .tuple(fc.constantFrom(...bodyRoutes()), role)
      .chain(([route, who]) =>
        fc
          .oneof({ weight: 9, arbitrary: brokenBody(route.body) }, { weight: 1, arbitrary: oversizedBody(route.body) })
          .map((body) => ({ method: route.method, path: route.path, role: who, body })),
      );
    await refuseAll(attempts, (attempt) => (Buffer.byteLength(attempt.body!) > 64 * 1024 ? [413] : [400]), 500);
  });

  it('valid bodies sent as anything but application/json: 415', async () => {
    const contentType = fc.constantFrom(
      null,
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/json-patch+json',
      'application/problem+json',
      'text/json',
      'application/xml',
      'json',
      'application',
      'application/json/x',
    );
    const attempts = fc
      .tuple(fc.constantFrom(...bodyRoutes()), role, contentType)
      .map(([route, who, type]): Attempt => ({
        method: route.method,
        path: route.path,
        role: who,
        body: JSON.stringify(route.body),
        contentType: type,
      }));
    await refuseAll(attempts, () => [415], 100);
  });

  it('long and odd ids on every id route: 400 naming the parameter; well-formed unknown ids 404', async () => {
    const attempts = fc.tuple(fc.constantFrom(...idRoutes), role).chain(([route, who]) =>
      (route.anyIdStores
        ? encodedSegment
        : fc.oneof({ weight: 4, arbitrary: encodedSegment }, { weight: 1, arbitrary: unknownId })
      ).map((id): Attempt => ({
        method: route.method,
        path: route.template.replace('{}', id),
        role: who,
        ...(route.body ? { body: route.body } : {}),
      })),
    );
    await refuseAll(attempts, () => [400, 404], 200);
  });

  it('bad query values, cursors, repeated and unknown parameters on every listing: 400', async () => {
    const attempts = fc.tuple(fc.constantFrom(...listings), role).chain(([listing, who]) =>
      badListingQuery(listing, who).map((parameters): Attempt => ({
        method: 'GET',
        path: `${listing.path}${query(parameters)}`,
        role: who,
      })),
    );
    await refuseAll(attempts, () => [400], 250);
  });

  it('SPEC §7: control characters, unpaired surrogates and bidi controls in free text, dates before 1900: 400 naming the field', async () => {
    const attempts = section7BodyAttempts();
    // Every free-text and date field of every body is reached, so that a new one cannot slip past.
    expect(
      new Set(
        attempts.map(
          ({ attempt, field }) => `${attempt.method} ${attempt.path.replace(reviewableId, '{id}')} ${field}`,
        ),
      ),
    ).toEqual(
      new Set([
        'POST /v1/applications organisation.name',
        'POST /v1/applications details.periodStart',
        'POST /v1/applications details.periodEnd',
        'POST /v1/applications details.description',
        'POST /v1/applications details.establishedOn',
        'POST /v1/applications details.recognitionReference',
        'POST /v1/applications details.recognizedOn',
        'PUT /v1/admin/platforms/fuzz-platform/certification certifiedFrom',
        'PUT /v1/admin/platforms/fuzz-platform/certification certifiedUntil',
        'PUT /v1/admin/platforms/fuzz-platform/certification reference',
        'POST /v1/admin/applications/{id}/review note',
        'POST /v1/applications/{id}/documents fileName',
        'POST /v1/applications/{id}/appeal grounds',
        'POST /v1/admin/applications/{id}/appeal-decision note',
      ]),
    );
    await refuseNamingTheField(attempts);
  });

  it('SPEC §7: unknown query parameters refused alike, `__proto__` and other prototype names included: 400 naming the parameter', async () => {
    const attempts = listings.flatMap((listing) =>
      ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'].map((name): FieldAttempt => ({
        attempt: {
          method: 'GET',
          path: `${listing.path}${query([...listing.valid, [name, '1']])}`,
          role: listing.path.startsWith('/v1/admin/') ? 'admin' : 'applicant',
        },
        field: name,
        what: `${listing.path}?${name}=1`,
      })),
    );
    await refuseNamingTheField(attempts);
  });

  it('every parameter of a what-if draft with a value of another type, unit or shape: 400 naming overrides.<name>', async () => {
    const attempts = draftParameterAttempts();
    expect(new Set(attempts.map((attempt) => attempt.field)).size).toBe(
      Object.keys(POLICY_REGISTRY.versions[0]!.parameters).length,
    );
    await refuseNamingTheField(attempts);
  });

  it('known paths with another method: 405 with Allow; unknown paths: 404', async () => {
    const wrongMethod = fc
      .constantFrom(...methodsByPath.entries())
      .chain(([path, methods]) =>
        fc
          .constantFrom(
            ...['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'].filter((method) => !methods.includes(method)),
          )
          .map((method) => ({ path: path.replace(/\{\w+\}/g, 'x1'), method, allow: methods })),
      );
    const attempts = fc.oneof(
      fc.tuple(wrongMethod, role).map(([{ path, method, allow }, who]) => ({
        attempt: { method, path, role: who, ...(method === 'GET' ? {} : { body: '{}' }) } as Attempt,
        expected: 405,
        allow,
      })),
      fc
        .tuple(unknownPath, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), role)
        .map(([path, method, who]) => ({ attempt: { method, path, role: who } as Attempt, expected: 404, allow: [] })),
    );
    await assertNothingStored(
      fc.asyncProperty(attempts, async ({ attempt, expected, allow }) => {
        const { headers } = await expectRefused(attempt, [expected]);
        if (expected === 405) expect(headers.get('allow')?.split(', ').sort()).toEqual([...allow].sort());
      }),
      150,
    );
  });
});
