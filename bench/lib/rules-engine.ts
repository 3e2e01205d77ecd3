/**
 * The same eligibility rules as shared/policy/programmes, written for json-rules-engine (the
 * rules engine a TypeScript team would otherwise pick), for the benchmark's comparison.
 * One engine per programme (the fastest encoding; `singleRulesEngine` holds all six rules in
 * one engine, keyed by programme, for comparison); the facts are each case's derived values (dates as day numbers,
 * money as fen), computed from the raw case by `factsFor`. A fired rule's event is the
 * outcome; no event means INELIGIBLE. Amounts are not computed here: outcomes only.
 */
import { Engine, type NestedCondition, type RuleProperties } from 'json-rules-engine';
import type { CaseInput, ProgrammeCode } from '../../shared/policy/schemas.js';
import { LG_AI_2020 } from '../../shared/policy/versions/lg-ai-2020.js';

type Outcome = 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW';
type Facts = Record<string, number | boolean | string>;

const DAY_MS = 86_400_000;
const day = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
/** Money strings as a number of fen (exact below 2^53 fen). */
const fen = (yuan: string) => {
  const dot = yuan.indexOf('.');
  return dot < 0 ? Number(yuan) * 100 : Number(yuan.slice(0, dot)) * 100 + Number(yuan.slice(dot + 1).padEnd(2, '0'));
};
const num = (fenValue: bigint) => Number(fenValue);

/** The derived values the rules test, from one raw case (already known to be valid). */
export function factsFor(c: CaseInput): Facts {
  const shanghai = new Date(Date.parse(c.submittedAt) + 8 * 3_600_000);
  const submittedDay = Math.floor(shanghai.getTime() / DAY_MS);
  const submittedYear = shanghai.getUTCFullYear();
  const certifications = c.history?.certifications ?? [];
  const awards = c.history?.awards ?? [];
  const awardsOf = (programme: ProgrammeCode) => awards.filter((award) => award.programme === programme);
  const total = (list: typeof awards) => list.reduce((sum, award) => sum + fen(award.amount), 0);
  const facts: Facts = { submittedDay, registeredInLingang: c.organisation.registeredInLingang };
  switch (c.programme) {
    case 'OSP_RND': {
      const { periodStart, periodEnd, rndCosts } = c.details;
      facts.certifiedForPeriod = certifications.some(
        (x) => x.certifiedFrom <= periodStart && x.certifiedUntil >= periodEnd,
      );
      facts.periodStartDay = day(periodStart);
      facts.costs = fen(rndCosts);
      facts.awarded = total(awardsOf('OSP_RND'));
      break;
    }
    case 'OSP_OPERATING': {
      const { fiscalYear, operatingCosts } = c.details;
      facts.certifiedDuringYear = certifications.some(
        (x) => x.certifiedFrom <= `${fiscalYear}-12-31` && x.certifiedUntil >= `${fiscalYear}-01-01`,
      );
      facts.fiscalYear = fiscalYear;
      facts.submittedYear = submittedYear;
      facts.costs = fen(operatingCosts);
      facts.awarded = total(awardsOf('OSP_OPERATING').filter((award) => award.fiscalYear === fiscalYear));
      break;
    }
    case 'AI_ACTIVITY':
      facts.requested = fen(c.details.requestedAmount);
      break;
    case 'REVENUE_MILESTONE': {
      const { fiscalYear, mainBusinessIncome, priorYears } = c.details;
      facts.fiscalYear = fiscalYear;
      facts.submittedYear = submittedYear;
      facts.income = fen(mainBusinessIncome);
      facts.bestPriorIncome = priorYears.reduce((best, prior) => Math.max(best, fen(prior.mainBusinessIncome)), 0);
      facts.earlierAwards = awardsOf('REVENUE_MILESTONE').length;
      break;
    }
    case 'ENTERPRISE_SETTLEMENT':
      facts.establishedDay = day(c.details.establishedOn);
      facts.earlierAwards = awardsOf('ENTERPRISE_SETTLEMENT').length;
      facts.requested = fen(c.details.requestedAmount);
      break;
    case 'NATIONAL_PLATFORM': {
      const reference = c.details.recognitionReference;
      facts.earlierAwards = awardsOf('NATIONAL_PLATFORM').filter(
        (award) => award.recognitionReference === reference,
      ).length;
      facts.requested = fen(c.details.requestedAmount);
      break;
    }
  }
  return facts;
}

const p = LG_AI_2020.parameters;
const is = (fact: string, operator: string, value: unknown): NestedCondition =>
  ({ fact, operator, value }) as NestedCondition;
const COMMON = [
  is('submittedDay', 'greaterThanInclusive', day(LG_AI_2020.applicationsFrom)),
  is('registeredInLingang', 'equal', true),
];
const yearEnded = is('submittedYear', 'greaterThan', { fact: 'fiscalYear' });

const RULES: { [P in ProgrammeCode]: { outcome: Outcome; all: NestedCondition[] } } = {
  OSP_RND: {
    outcome: 'ELIGIBLE',
    all: [
      is('certifiedForPeriod', 'equal', true),
      is('periodStartDay', 'greaterThanInclusive', day(LG_AI_2020.validFrom)),
      is('costs', 'greaterThan', 0),
      is('awarded', 'lessThan', num(p.ospRndCumulativeCap.value)),
    ],
  },
  OSP_OPERATING: {
    outcome: 'ELIGIBLE',
    all: [
      is('certifiedDuringYear', 'equal', true),
      is('fiscalYear', 'greaterThanInclusive', p.ospOperatingFirstFiscalYear.value),
      yearEnded,
      is('costs', 'greaterThan', 0),
      is('awarded', 'lessThan', num(p.ospOperatingAnnualCap.value)),
    ],
  },
  AI_ACTIVITY: { outcome: 'NEEDS_REVIEW', all: [is('requested', 'greaterThan', 0)] },
  REVENUE_MILESTONE: {
    outcome: 'ELIGIBLE',
    all: [
      yearEnded,
      is('income', 'greaterThan', num(p.revenueThreshold.value)),
      is('bestPriorIncome', 'lessThanInclusive', num(p.revenueThreshold.value)),
      is('earlierAwards', 'equal', 0),
    ],
  },
  ENTERPRISE_SETTLEMENT: {
    outcome: 'NEEDS_REVIEW',
    all: [
      is('establishedDay', 'greaterThanInclusive', day(p.settlementEstablishedFrom.value)),
      is('earlierAwards', 'equal', 0),
      is('requested', 'greaterThan', 0),
    ],
  },
  NATIONAL_PLATFORM: {
    outcome: 'NEEDS_REVIEW',
    all: [is('earlierAwards', 'equal', 0), is('requested', 'greaterThan', 0)],
  },
};

/** One json-rules-engine per programme, holding that programme's eligibility rule. */
export function rulesEngines(): { [P in ProgrammeCode]: Engine } {
  const engines = {} as { [P in ProgrammeCode]: Engine };
  for (const [programme, { outcome, all }] of Object.entries(RULES) as [
    ProgrammeCode,
    (typeof RULES)[ProgrammeCode],
  ][]) {
    const rule: RuleProperties = {
      name: `${programme}.eligible`,
      conditions: { all: [...COMMON, ...all] },
      event: { type: outcome },
    };
    engines[programme] = new Engine([rule], { allowUndefinedFacts: false });
  }
  return engines;
}

/** The other natural encoding: one engine holding all six rules, each keyed by a `programme` condition. */
export function singleRulesEngine(): Engine {
  const rules = (Object.entries(RULES) as [ProgrammeCode, (typeof RULES)[ProgrammeCode]][]).map(
    ([programme, { outcome, all }]): RuleProperties => ({
      name: `${programme}.eligible`,
      conditions: { all: [is('programme', 'equal', programme), ...COMMON, ...all] },
      event: { type: outcome },
    }),
  );
  return new Engine(rules, { allowUndefinedFacts: true });
}

/** A case's outcome according to the json-rules-engine rules (per-programme engines, or the single engine). */
export async function outcomeByRulesEngine(
  engines: { [P in ProgrammeCode]: Engine } | Engine,
  c: CaseInput,
): Promise<Outcome> {
  const engine = engines instanceof Engine ? engines : engines[c.programme];
  const { events } = await engine.run({ programme: c.programme, ...factsFor(c) });
  return (events[0]?.type as Outcome | undefined) ?? 'INELIGIBLE';
}
