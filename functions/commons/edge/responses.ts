/**
 * The API's answers as zod schemas (SPEC §4 resource shapes): the one source of the OpenAPI
 * document's response schemas (scripts/openapi/), and the types the handlers' views return,
 * so a view that drifts from its documented shape fails the type check, and an answer that
 * drifts fails the end-to-end tests, which validate every response against the document.
 * Plain data, no AWS clients: the generator imports it.
 */
import { SIMULATION_STATUSES } from '../simulations/model.js';
import * as z from '../../../shared/zod.js';
import { LANGUAGES } from '../../../shared/i18n/language.js';
import { EXPORT_KINDS, EXPORT_STATUSES } from '../exports/model.js';
import { APPLICATION_STATUSES } from '../../../shared/domain/application.js';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  REJECT_REASONS,
} from '../../../shared/domain/documents.js';
import {
  detailsSchemas,
  FORMATTED_YUAN_PATTERN,
  organisationSchema,
  OUTCOMES,
  programmeSchema,
  SIGNED_YUAN_PATTERN,
} from '../../../shared/policy/index.js';

/** Amounts the API returns: yuan with exactly two decimals. */
const yuan = z
  .string()
  .check(z.regex(FORMATTED_YUAN_PATTERN), z.describe('yuan, exactly two decimals, e.g. "12500000.00"'));
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();
const status = z.enum(APPLICATION_STATUSES);
const count = z.int().check(z.gte(0));

const reasons = z.array(z.strictObject({ rule: z.string(), message: z.string() }));

export const decisionResponse = z.strictObject({
  outcome: z.enum(OUTCOMES),
  amount: yuan,
  capApplied: z.boolean(),
  policyVersion: z.string(),
  reasons,
});

export const payoutResponse = z.strictObject({
  payoutId: z.string(),
  applicationId: z.string(),
  applicantId: z.string(),
  fiscalYear: z.int(),
  amount: yuan,
  issuedAt: instant,
});
export type PayoutResponse = z.infer<typeof payoutResponse>;

/** An application; `audit` and `needsAttention` only for admins, `payouts` where the route reads them. */
export const applicationResponse = z.strictObject({
  applicationId: z.string(),
  applicantId: z.string(),
  programme: programmeSchema,
  status,
  submittedAt: instant,
  organisation: organisationSchema,
  details: z.union(Object.values(detailsSchemas)).check(z.describe('the details exactly as submitted, by programme')),
  decision: z.optional(decisionResponse),
  review: z.optional(
    z.strictObject({
      decision: z.enum(['APPROVE', 'REJECT']),
      amount: z.optional(yuan),
      note: z.string(),
      reviewedBy: z.string(),
      reviewedAt: instant,
    }),
  ),
  appeal: z.optional(
    z.strictObject({
      grounds: z.string(),
      documentIds: z.array(z.string()),
      appealedAt: instant,
      decision: z.optional(z.enum(['UPHOLD', 'GRANT'])),
      amount: z.optional(yuan),
      note: z.optional(z.string()),
      decidedBy: z.optional(z.string()),
      decidedAt: z.optional(instant),
      reasons: z.optional(reasons),
      originalDecision: z.optional(
        decisionResponse.check(z.describe('the evaluation a grant on an operating-cost entitlement re-decided')),
      ),
    }),
  ),
  needsAttention: z.optional(z.strictObject({ since: instant, receives: count, error: z.string() })),
  audit: z.optional(z.array(z.strictObject({ at: instant, by: z.string(), from: z.nullable(status), to: status }))),
  payouts: z.optional(z.array(payoutResponse)),
});

const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    nextCursor: z.optional(z.string().check(z.describe('pass as `cursor` for the next page'))),
  });
export const applicationListResponse = listOf(applicationResponse);
export const payoutListResponse = listOf(payoutResponse);

export const submissionResponse = z.strictObject({
  applicationId: z.string(),
  status: z.literal('SUBMITTED'),
  submittedAt: instant,
});

const runStatus = z.enum(['RUNNING', 'COMPLETED']);
export const runStartedResponse = z.strictObject({ runId: z.uuid(), fiscalYear: z.int(), status: runStatus });
export const runResponse = z.strictObject({
  runId: z.uuid(),
  fiscalYear: z.int(),
  status: runStatus,
  found: count,
  paid: count,
  alreadyPaid: count,
  failed: count,
  amount: yuan,
  startedAt: instant,
  startedBy: z.string(),
  completedAt: z.optional(instant),
});
export type RunResponse = z.infer<typeof runResponse>;
export const runListResponse = listOf(runResponse);

export const forecastResponse = z
  .strictObject({
    fiscalYear: z.int(),
    payableFrom: date.check(z.describe('the first day (Asia/Shanghai) a run may pay the year')),
    entitlements: count.check(
      z.describe('unpaid operating-cost entitlements of the year: what a run started now finds and pays'),
    ),
    amount: yuan.check(z.describe('what a run started now pays in all')),
    applicants: count.check(z.describe('applicants holding those entitlements')),
    items: z
      .array(z.strictObject({ applicantId: z.string(), entitlements: count, amount: yuan }))
      .check(z.describe('per applicant, by applicant id, a page at a time')),
    nextCursor: z.optional(z.string().check(z.describe('pass as `cursor` for the next page of applicants'))),
  })
  .check(z.describe('What a payout run for the fiscal year would pay now; nothing is paid or stored.'));
export type ForecastResponse = z.infer<typeof forecastResponse>;

/** The statistics of one fiscal year and programme, or their totals (README "Statistics"). */
const statisticsFigures = {
  applications: z.strictObject({
    total: count,
    byStatus: z.strictObject(
      Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, count])) as Record<
        (typeof APPLICATION_STATUSES)[number],
        typeof count
      >,
    ),
  }),
  awarded: z
    .strictObject({
      total: yuan,
      byDecision: yuan.check(z.describe('decided ELIGIBLE on evaluation (PAID ones included)')),
      byReview: yuan.check(z.describe('APPROVED by a reviewer')),
      byAppeal: yuan.check(z.describe('granted on appeal')),
    })
    .check(z.describe('what applications in ELIGIBLE, PAID or APPROVED were awarded, by how')),
  paid: z.strictObject({ total: yuan.check(z.describe('the ledger: payout runs’ payments')), payments: count }),
  committedUnpaid: yuan.check(z.describe('awarded minus paid: awards not (yet) in the ledger')),
};
export const statisticsResponse = z
  .strictObject({
    fiscalYear: z.optional(z.int().check(z.describe('the filter, when given'))),
    programme: z.optional(programmeSchema.check(z.describe('the filter, when given'))),
    items: z.array(z.strictObject({ fiscalYear: z.int(), programme: programmeSchema, ...statisticsFigures })),
    totals: z.strictObject(statisticsFigures),
  })
  .check(
    z.describe(
      'Per fiscal year and programme. An operating-cost claim (OSP_OPERATING) and its payments belong to the fiscal year whose costs it covers (details.fiscalYear, the year whose payout run pays it); every other application and its award to the Asia/Shanghai calendar year of its submission.',
    ),
  );
export type StatisticsResponse = z.infer<typeof statisticsResponse>;

/** A signed difference: negative when the draft decides less. */
const signedYuan = z
  .string()
  .check(
    z.regex(SIGNED_YUAN_PATTERN),
    z.describe('yuan, exactly two decimals, negative when the draft decides less, e.g. "-50000.00"'),
  );
const outcome = z.enum(OUTCOMES);
const simulationStatus = z
  .enum(SIMULATION_STATUSES)
  .check(z.describe('RUNNING while pages are judged; FAILED if its start could not be queued (ask again)'));
export const simulationStartedResponse = z.strictObject({ simulationId: z.uuid(), status: simulationStatus });
const simulatedChange = z.strictObject({
  applicationId: z.string(),
  applicantId: z.string(),
  outcomeBefore: outcome,
  outcomeAfter: outcome,
  amountBefore: yuan,
  amountAfter: yuan,
  difference: signedYuan,
});
const programmeResult = z.strictObject({
  programme: programmeSchema,
  cases: count.check(z.describe('stored decisions judged again')),
  changedOutcomes: count.check(z.describe('cases whose outcome the draft changes')),
  changedAmounts: count.check(z.describe('cases whose amount the draft changes')),
  totalBefore: yuan.check(z.describe('the stored decisions’ amounts (award, or the most a reviewer may approve)')),
  totalAfter: yuan.check(z.describe('the same under the draft')),
  difference: signedYuan,
  largestChanges: z
    .array(simulatedChange)
    .check(z.describe('the 20 largest changes by size of the difference, then by application id')),
});
/** A file in the report bucket, fetched through a presigned GET (functions/commons/files/report-downloads.ts). */
const reportFile = z.strictObject({ url: z.string(), expiresAt: instant });

export const simulationResponse = z
  .strictObject({
    simulationId: z.uuid(),
    status: simulationStatus,
    policyVersion: z.optional(z.string().check(z.describe('every case judged under this version'))),
    overrides: z.record(z.string(), z.unknown()).check(z.describe('the draft’s parameters, as sent')),
    programmes: z.array(programmeSchema),
    submittedFrom: z.optional(date),
    submittedTo: z.optional(date),
    requestedBy: z.string(),
    startedAt: instant,
    completedAt: z.optional(instant),
    progress: z.strictObject({
      cases: count.check(z.describe('stored decisions judged so far')),
      partsDone: count,
      parts: count.check(z.describe('programmes × index shards: each is read a page at a time')),
    }),
    result: z.optional(z.array(programmeResult).check(z.describe('per programme, once COMPLETED'))),
    download: z.optional(
      reportFile.check(
        z.describe(
          'once COMPLETED, a GET of the result as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in), valid five minutes; read again for a new one',
        ),
      ),
    ),
  })
  .check(
    z.describe(
      'A what-if simulation: the stored decisions judged again under a draft of the policy, with the history each had; nothing stored is changed.',
    ),
  );
export type SimulationResponse = z.infer<typeof simulationResponse>;

const exportKind = z
  .enum(EXPORT_KINDS)
  .check(z.describe('LEDGER: the payments of the year; AWARDS: what the year awarded'));
const exportStatus = z.enum(EXPORT_STATUSES);
export const exportStartedResponse = z.strictObject({
  exportId: z.uuid(),
  kind: exportKind,
  fiscalYear: z.int(),
  status: exportStatus,
});
export const exportResponse = z
  .strictObject({
    exportId: z.uuid(),
    kind: exportKind,
    fiscalYear: z.int(),
    language: z.enum(LANGUAGES).check(z.describe("the headers' language, negotiated when the export was asked for")),
    status: exportStatus.check(
      z.describe('PENDING while the job writes the file; FAILED if it gave up or could not be queued'),
    ),
    requestedBy: z.string(),
    requestedAt: instant,
    completedAt: z.optional(instant),
    rows: z.optional(count),
    amount: z.optional(yuan.check(z.describe("the sum of the file's amounts"))),
    bytes: z.optional(count),
    download: z.optional(
      reportFile.check(
        z.describe('a GET of the CSV (UTF-8 with a byte-order mark), valid five minutes; read again for a new one'),
      ),
    ),
  })
  .check(
    z.describe(
      'A finance export: the ledger of a fiscal year (its entries belong to the year of the entitlement they pay) or its awards (an operating-cost claim belongs to the year whose costs it covers, every other application to the Asia/Shanghai calendar year of its submission), as GET /v1/admin/statistics counts them.',
    ),
  );
export type ExportResponse = z.infer<typeof exportResponse>;

export const certificationResponse = z.strictObject({
  applicantId: z.string(),
  certifiedFrom: date,
  certifiedUntil: date,
  reference: z.string(),
});

export const redriveResponse = z.strictObject({ moved: count });

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** An evidence document (SPEC §11); `download` only on the single-document read of a VERIFIED one. */
export const documentResponse = z.strictObject({
  documentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string(),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  size: z.int().check(z.gte(1)),
  sha256,
  status: z.enum(DOCUMENT_STATUSES),
  uploadedAt: z.optional(instant),
  rejectReason: z.optional(z.enum(REJECT_REASONS)),
  download: z.optional(
    z.strictObject({ url: z.url().check(z.describe('presigned GET, valid 5 minutes')), expiresAt: instant }),
  ),
});
export type DocumentResponse = z.infer<typeof documentResponse>;
export const documentListResponse = z.strictObject({ items: z.array(documentResponse) });
export const documentUploadResponse = z.strictObject({
  documentId: z.string(),
  status: z.literal('PENDING'),
  upload: z.strictObject({
    url: z.url().check(z.describe('presigned PUT, valid 15 minutes')),
    method: z.literal('PUT'),
    headers: z
      .record(z.string(), z.string())
      .check(z.describe('send exactly these with the file as the body: the signature covers them')),
  }),
  expiresAt: instant,
});

const revenueTier = z.strictObject({ above: yuan, upTo: z.nullable(yuan), award: yuan });
const parameterResponse = z.strictObject({
  value: z.union([yuan, z.number(), z.string(), z.array(revenueTier)]),
  unit: z.enum(['CNY', 'percent', 'year', 'date', 'month-day', 'revenue-tiers', 'days', 'rule']),
  since: date,
  reference: z.strictObject({ source: z.string(), clause: z.string(), text: z.string() }),
  configurable: z.boolean(),
});
export const policyResponse = z.strictObject({
  today: date.check(z.describe('the Asia/Shanghai calendar date')),
  inForce: z.string().check(z.describe('the id of the version in force today')),
  versions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      publishedOn: date,
      inForceFrom: date,
      inForceUntil: z.nullable(date),
      inForceToday: z.boolean(),
      applicationsFrom: date,
      firstPayoutOn: date,
      validFrom: date,
      validUntil: z.nullable(date),
      parameters: z.record(z.string(), parameterResponse),
    }),
  ),
});
export type PolicyResponse = z.infer<typeof policyResponse>;

/** RFC 9457: every error the functions answer. */
export const problemResponse = z.object({
  type: z.url(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(
    z.array(z.strictObject({ path: z.string(), message: z.string() })).check(z.describe('one entry per refused field')),
  ),
});

/** API Gateway's own answers (401 from the JWT authorizer, 413 over its payload limit): not problem documents. */
export const gatewayErrorResponse = z.strictObject({ message: z.string() });
