/**
 * A draft of the policy for a what-if run (SPEC §12): parameter overrides, each named as
 * GET /v1/policy names it and valued as it renders it ("15%", "1000000.00", 2020, "03-01",
 * revenue tiers of yuan strings), read back into the library's units and applied to every
 * version, so that the same rules judge the stored applications under the draft. Pure.
 */
import * as z from '../zod.js';
import { fieldMessage } from '../field-messages.js';
import type { BasisPoints, Fen } from './money.js';
import type { ParameterUnit, PolicyParameters, PolicyVersion, RevenueTier, ValueIn } from './parameters.js';
import { dateSchema, moneySchema } from './schemas.js';
import { LG_AI_2020, PolicyRegistry } from './versions/index.js';

/** The largest amount a draft may set: 10,000,000,000.00 yuan (ten times the policy's largest figure). */
export const MAX_PARAMETER_FEN: Fen = 1_000_000_000_000n;
export const PARAMETER_YEARS = { from: 2000, to: 2100 } as const;
export const PARAMETER_DAYS = { from: 1, to: 3650 } as const;
export const MAX_REVENUE_TIERS = 20;

const PERCENT = /^(0|[1-9][0-9]{0,2})(\.[0-9]{1,2})?%$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** "12.5%" → 1250 basis points (checked against PERCENT first). */
const basisPointsOf = (text: string): BasisPoints => {
  const [whole, decimals = ''] = text.slice(0, -1).split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
};

const percentValue = z
  .pipe(
    z.string({ error: fieldMessage('percentParameter') }).check(z.regex(PERCENT, fieldMessage('percentParameter'))),
    z.transform(basisPointsOf),
  )
  .check(z.refine((points) => points >= 1 && points <= 10_000, fieldMessage('percentParameter')));

const amountValue = moneySchema.check(
  z.refine((fen) => fen > 0n && fen <= MAX_PARAMETER_FEN, fieldMessage('amountParameter')),
);

/** A day of every year: its month has that day in a common year (02-29 would vanish three years in four). */
const monthDayValue = z.string({ error: fieldMessage('monthDayParameter') }).check(
  z.regex(MONTH_DAY, fieldMessage('monthDayParameter')),
  z.refine(
    (text) =>
      !Number.isNaN(Date.parse(`2001-${text}T00:00:00Z`)) &&
      new Date(`2001-${text}T00:00:00Z`).getUTCDate() === Number(text.slice(3)),
    fieldMessage('monthDayParameter'),
  ),
);

const tierValue = z.strictObject({ above: moneySchema, upTo: z.nullable(moneySchema), award: amountValue });

/** Bands in order, each starting where the previous ends, the last open-ended. */
function contiguous(tiers: readonly RevenueTier[]): boolean {
  return tiers.every((tier, i) => {
    const next = tiers[i + 1];
    if (next === undefined) return tier.upTo === null;
    return tier.upTo !== null && tier.upTo > tier.above && next.above === tier.upTo;
  });
}

const tiersValue = z.array(tierValue).check(
  z.minLength(1),
  z.maxLength(MAX_REVENUE_TIERS),
  z.refine((tiers) => contiguous(tiers as RevenueTier[]), fieldMessage('revenueTiersParameter')),
);

/** How a value of each unit arrives in a draft (as GET /v1/policy renders it) and what it becomes. */
const UNIT_VALUES: { [U in ParameterUnit]: z.ZodMiniType<ValueIn[U], unknown> } = {
  fen: amountValue,
  'basis-points': percentValue,
  'fiscal-year': z
    .int({ error: fieldMessage('yearParameter') })
    .check(
      z.gte(PARAMETER_YEARS.from, fieldMessage('yearParameter')),
      z.lte(PARAMETER_YEARS.to, fieldMessage('yearParameter')),
    ),
  'month-day': monthDayValue,
  date: dateSchema,
  days: z
    .int({ error: fieldMessage('daysParameter') })
    .check(
      z.gte(PARAMETER_DAYS.from, fieldMessage('daysParameter')),
      z.lte(PARAMETER_DAYS.to, fieldMessage('daysParameter')),
    ),
  'fen-tiers': tiersValue as unknown as z.ZodMiniType<readonly RevenueTier[], unknown>,
  'award-rule': z.enum(['ONCE_PER_APPLICANT', 'STEP_UP']),
};

export type ParameterName = keyof PolicyParameters;
export type ParameterOverrides = Partial<{ [K in ParameterName]: PolicyParameters[K]['value'] }>;

/** Every parameter name (the same in every version: PolicyParameters fixes them) with its unit. */
const PARAMETER_UNITS = Object.fromEntries(
  Object.entries(LG_AI_2020.parameters).map(([name, parameter]) => [name, parameter.unit]),
) as { [K in ParameterName]: PolicyParameters[K]['unit'] };

/**
 * The overrides of a draft: an object whose keys are parameter names (any other is an unknown
 * field) and whose values are in the parameter's rendered unit and range.
 */
export const overridesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(PARAMETER_UNITS).map(([name, unit]) => [name, z.optional(UNIT_VALUES[unit as ParameterUnit])]),
  ) as { [K in ParameterName]: z.ZodMiniOptional<z.ZodMiniType<PolicyParameters[K]['value'], unknown>> },
);

/** A version with the draft's values in place of its own (references and dates kept: the draft is not a text). */
export function withOverrides(version: PolicyVersion, overrides: ParameterOverrides): PolicyVersion {
  const parameters = { ...version.parameters } as Record<ParameterName, { value: unknown }>;
  for (const [name, value] of Object.entries(overrides) as [ParameterName, unknown][]) {
    if (value !== undefined) parameters[name] = { ...parameters[name], value };
  }
  return { ...version, parameters: parameters as unknown as PolicyParameters };
}

/** The registry a draft judges with: every version overridden alike, so each case keeps its own version and window. */
export const draftRegistry = (registry: PolicyRegistry, overrides: ParameterOverrides): PolicyRegistry =>
  new PolicyRegistry(registry.versions.map((version) => withOverrides(version, overrides)));
