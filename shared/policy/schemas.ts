/**
 * The input shapes of the policy, as zod schemas: the API validates request bodies with
 * these same schemas, and the JSON Schemas / OpenAPI are generated from them.
 * Money fields are strict yuan strings on input and integer fen (bigint) on output.
 */
import * as z from '../zod.js';
import { fenOfYuanString, YUAN_PATTERN, type Fen } from './money.js';
import { isValidUscc } from './uscc.js';
import { fieldMessage } from '../field-messages.js';
import { calendarDate, freeText } from '../values.js';

export const PROGRAMMES = [
  'OSP_RND',
  'OSP_OPERATING',
  'AI_ACTIVITY',
  'REVENUE_MILESTONE',
  'ENTERPRISE_SETTLEMENT',
  'NATIONAL_PLATFORM',
] as const;
export const programmeSchema = z.enum(PROGRAMMES);
export type ProgrammeCode = z.infer<typeof programmeSchema>;

/** The seed's seven kinds of AI activity ("optimization, improvement" are two kinds). */
export const ACTIVITY_TYPES = [
  'COMPETITION',
  'PUBLIC_DATA_COLLECTION',
  'DATA_OPTIMISATION',
  'DATA_IMPROVEMENT',
  'INFRASTRUCTURE_FIRST_USE',
  'TECHNOLOGY_APPLICATION',
  'ECOSYSTEM_CONSTRUCTION',
] as const;

export const moneySchema = z.pipe(
  z.string({ error: fieldMessage('moneyType') }).check(z.regex(YUAN_PATTERN, fieldMessage('moneyFormat'))),
  z.transform<string, Fen>(fenOfYuanString),
);

export const dateSchema = calendarDate;
export const fiscalYearSchema = z.int({ error: fieldMessage('fiscalYear') }).check(z.gte(1900), z.lte(9999));

export const organisationSchema = z.strictObject({
  name: freeText({ max: 200 }),
  unifiedSocialCreditCode: z.string().check(z.refine(isValidUscc, fieldMessage('uscc'))),
  registeredInLingang: z.boolean(),
});

export const ospRndDetailsSchema = z
  .strictObject({ periodStart: dateSchema, periodEnd: dateSchema, rndCosts: moneySchema })
  .check(z.refine((d) => d.periodEnd >= d.periodStart, { path: ['periodEnd'], message: fieldMessage('periodOrder') }));

export const ospOperatingDetailsSchema = z.strictObject({ fiscalYear: fiscalYearSchema, operatingCosts: moneySchema });

export const aiActivityDetailsSchema = z.strictObject({
  activityType: z.enum(ACTIVITY_TYPES),
  description: freeText({ max: 4000, multiline: true }),
  requestedAmount: moneySchema,
});

const yearIncomeSchema = z.strictObject({ fiscalYear: fiscalYearSchema, mainBusinessIncome: moneySchema });

export const revenueMilestoneDetailsSchema = z
  .strictObject({
    fiscalYear: fiscalYearSchema,
    mainBusinessIncome: moneySchema,
    priorYears: z.array(yearIncomeSchema).check(z.maxLength(200)),
  })
  .check(
    z.superRefine((d, ctx) => {
      const seen = new Set<number>();
      d.priorYears.forEach((prior, i) => {
        if (prior.fiscalYear >= d.fiscalYear || seen.has(prior.fiscalYear)) {
          ctx.addIssue({
            code: 'custom',
            path: ['priorYears', i, 'fiscalYear'],
            message: fieldMessage('priorYears'),
          });
        }
        seen.add(prior.fiscalYear);
      });
    }),
  );

export const enterpriseSettlementDetailsSchema = z.strictObject({
  establishedOn: dateSchema,
  origin: z.enum(['DOMESTIC', 'FOREIGN']),
  requestedAmount: moneySchema,
});

export const nationalPlatformDetailsSchema = z.strictObject({
  recognition: z.enum(['NATIONAL_KEY_LABORATORY', 'NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER']),
  recognitionReference: freeText({ max: 200 }),
  recognizedOn: dateSchema,
  requestedAmount: moneySchema,
});

export const detailsSchemas = {
  OSP_RND: ospRndDetailsSchema,
  OSP_OPERATING: ospOperatingDetailsSchema,
  AI_ACTIVITY: aiActivityDetailsSchema,
  REVENUE_MILESTONE: revenueMilestoneDetailsSchema,
  ENTERPRISE_SETTLEMENT: enterpriseSettlementDetailsSchema,
  NATIONAL_PLATFORM: nationalPlatformDetailsSchema,
} as const;

/** One object schema per programme, with `details` checked by that programme's schema. */
function byProgramme<S extends z.core.$ZodShape>(shape: S) {
  const d = detailsSchemas;
  return z.discriminatedUnion(
    'programme',
    [
      z.strictObject({ ...shape, programme: z.literal('OSP_RND'), details: d.OSP_RND }),
      z.strictObject({ ...shape, programme: z.literal('OSP_OPERATING'), details: d.OSP_OPERATING }),
      z.strictObject({ ...shape, programme: z.literal('AI_ACTIVITY'), details: d.AI_ACTIVITY }),
      z.strictObject({ ...shape, programme: z.literal('REVENUE_MILESTONE'), details: d.REVENUE_MILESTONE }),
      z.strictObject({ ...shape, programme: z.literal('ENTERPRISE_SETTLEMENT'), details: d.ENTERPRISE_SETTLEMENT }),
      z.strictObject({ ...shape, programme: z.literal('NATIONAL_PLATFORM'), details: d.NATIONAL_PLATFORM }),
    ],
    { error: fieldMessage('programme') },
  );
}

/** The body of POST /v1/applications. */
export const applicationSchema = byProgramme({ organisation: organisationSchema });
export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

export const certificationSchema = z
  .strictObject({
    certifiedFrom: dateSchema,
    certifiedUntil: dateSchema,
    reference: z.optional(freeText({ max: 200 })),
  })
  .check(
    z.refine((c) => c.certifiedUntil >= c.certifiedFrom, {
      path: ['certifiedUntil'],
      message: fieldMessage('certificationOrder'),
    }),
  );

/** An earlier award; the fields a cap or once-only rule counts by are required for its programme. */
export const awardSchema = z
  .strictObject({
    programme: programmeSchema,
    amount: moneySchema,
    fiscalYear: z.optional(fiscalYearSchema),
    recognitionReference: z.optional(freeText({ max: 200 })),
    /** A revenue milestone award: the lower bound of the tier it rewarded (the threshold crossed). */
    threshold: z.optional(moneySchema),
  })
  .check(
    z.superRefine((award, ctx) => {
      if (award.programme === 'OSP_OPERATING' && award.fiscalYear === undefined) {
        ctx.addIssue({ code: 'custom', path: ['fiscalYear'], message: fieldMessage('awardFiscalYear') });
      }
      if (award.programme === 'NATIONAL_PLATFORM' && award.recognitionReference === undefined) {
        ctx.addIssue({ code: 'custom', path: ['recognitionReference'], message: fieldMessage('awardRecognition') });
      }
    }),
  );

/** What the system already knows of the applicant: certifications and earlier awards. */
export const historySchema = z.strictObject({
  certifications: z._default(z.array(certificationSchema), []),
  awards: z._default(z.array(awardSchema), []),
});
export type History = z.output<typeof historySchema>;
export type Award = History['awards'][number];
export type Certification = History['certifications'][number];

/** One case of the batch format (SPEC §3.1): an application, its instant and the applicant's history. */
export const caseSchema = byProgramme({
  submittedAt: z.iso.datetime({ offset: true, error: fieldMessage('instant') }),
  organisation: organisationSchema,
  history: z._default(historySchema, { certifications: [], awards: [] }),
});
export type CaseInput = z.input<typeof caseSchema>;
export type Case = z.output<typeof caseSchema>;

export type DetailsOf<P extends ProgrammeCode> = Extract<Case, { programme: P }>['details'];
