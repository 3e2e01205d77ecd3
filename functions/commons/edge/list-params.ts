/**
 * The query-string parameters of the listings, as zod schemas: the handlers validate with them
 * and the OpenAPI document describes them (plain data, no AWS clients). Unknown parameters are
 * refused like unknown body fields. Each parameter arrives as text and is piped into what it
 * means (an integer, `true`): the OpenAPI document declares that meaning (zod io "output"), so
 * a generated client takes `limit: 20`, not `"20"`.
 */
import * as z from '../../../shared/zod.js';
import { APPLICATION_STATUSES } from '../../../shared/domain/application.js';
import { fiscalYearSchema, PROGRAMMES } from '../../../shared/policy/index.js';
import { fieldMessage } from '../../../shared/field-messages.js';

/** Decimal digits (at most `digits`) read as the integer they write. */
const digitsAsInteger = (digits: number, message: string) =>
  z.pipe(z.string().check(z.regex(new RegExp(`^[0-9]{1,${digits}}$`), message)), z.transform<string, number>(Number));

const limitParam = z._default(
  z.pipe(
    digitsAsInteger(3, fieldMessage('limit')),
    z.int().check(z.gte(1, fieldMessage('limit')), z.lte(100, fieldMessage('limit'))),
  ),
  20,
);

const pagingShape = {
  limit: limitParam,
  cursor: z.optional(z.string().check(z.minLength(1, fieldMessage('cursorEmpty')))),
};

/** `?status=&programme=&limit=&cursor=`; unknown parameters are refused like unknown body fields. */
export const applicationListParams = z.strictObject({
  ...pagingShape,
  status: z.optional(z.enum(APPLICATION_STATUSES, { error: fieldMessage('statusParameter') })),
  programme: z.optional(z.enum(PROGRAMMES, { error: fieldMessage('programmeParameter') })),
});

/** The admin search also takes `needsAttention=true` (alone). */
export const adminApplicationListParams = z.strictObject({
  ...applicationListParams.def.shape,
  needsAttention: z.optional(
    z.pipe(
      z.pipe(
        z.literal('true', { error: fieldMessage('needsAttention') }),
        z.transform(() => true as const),
      ),
      z.literal(true),
    ),
  ),
});

export const payoutListParams = z.strictObject(pagingShape);

/** `fiscalYear=2021`: a four-digit year within the years the API takes. */
const fiscalYearParam = z.pipe(
  z.pipe(
    z.string({ error: fieldMessage('fiscalYearRequired') }).check(z.regex(/^[0-9]{4}$/, fieldMessage('fourDigitYear'))),
    z.transform<string, number>(Number),
  ),
  fiscalYearSchema,
);

/** A page of something of one fiscal year: the ledger, the payout runs, the forecast's applicants. */
export const fiscalYearPageParams = z.strictObject({ ...pagingShape, fiscalYear: fiscalYearParam });

/** The statistics' filters, both optional: absent means every fiscal year, every programme. */
export const statisticsParams = z.strictObject({
  fiscalYear: z.optional(fiscalYearParam),
  programme: z.optional(z.enum(PROGRAMMES, { error: fieldMessage('programmeParameter') })),
});
