/**
 * What the policy's decision (and an appeal's grant) gives the award it makes besides its amount,
 * and what its rules read of the applicant's records: the figures the caps and once-only rules
 * count awards by, so that nothing outside the policy needs to know them.
 */
import { describe, expect, it } from 'vitest';
import { grantLimit } from '../../shared/policy/appeals.js';
import { evaluate, historyRead, judge, type Decision, type Reason } from '../../shared/policy/index.js';
import {
  aiActivityCase,
  CASE_BUILDERS,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  settlementCase,
} from './cases.js';

/** The threshold the decision's REVENUE_MILESTONE.tier reason cites as held. */
const citedThreshold = (reasons: readonly Reason[]) =>
  reasons.flatMap((reason) =>
    reason.rule === 'REVENUE_MILESTONE.tier' && reason.params.held ? [reason.params.above] : [],
  );

describe('judge', () => {
  it.each(Object.entries(CASE_BUILDERS))('decides %s exactly as evaluate does', (_programme, build) => {
    expect(judge(build()).decision).toEqual(evaluate(build()) satisfies Decision);
  });

  it('gives an operating-cost award its fiscal year', () => {
    const judged = judge(operatingCase({ details: { fiscalYear: 2022 }, submittedAt: '2023-03-15T10:00:00+08:00' }));
    expect(judged.decision.outcome).toBe('ELIGIBLE');
    expect(judged.award).toEqual({ fiscalYear: 2022 });
  });

  it('gives a national-platform award its recognition, normalised as the once-per-recognition rule compares it', () => {
    const judged = judge(nationalPlatformCase({ details: { recognitionReference: ' nkl 2021－017 ' } }));
    expect(judged.award).toEqual({ recognitionReference: 'NKL2021-017' });
  });

  it('gives a revenue milestone award the threshold of the tier its decision cites, and none when it cites none', () => {
    const eligible = judge(revenueCase());
    expect(eligible.decision.outcome).toBe('ELIGIBLE');
    expect(citedThreshold(eligible.decision.reasons)).toHaveLength(1);
    expect(eligible.award).toEqual({ threshold: citedThreshold(eligible.decision.reasons)[0] });
    const refused = judge(revenueCase({ details: { mainBusinessIncome: '1000000.00' } }));
    expect(refused.decision.outcome).toBe('INELIGIBLE');
    expect(refused.award).toEqual({});
  });

  it('gives the awards of other programmes nothing but their amount', () => {
    expect(judge(aiActivityCase()).award).toEqual({});
    expect(judge(settlementCase()).award).toEqual({});
  });
});

describe('grantLimit', () => {
  it('gives a granted revenue milestone the threshold of the tier the grant cites', () => {
    const limit = grantLimit(revenueCase());
    if ('refused' in limit) throw new Error(`refused: ${JSON.stringify(limit.refused)}`);
    expect(limit.award).toEqual({ threshold: citedThreshold(limit.reasons)[0] });
    expect(citedThreshold(limit.reasons)).toHaveLength(1);
  });
});

describe('historyRead', () => {
  it('names nothing for rules that read no history, the history alone for most, and a claimed recognition normalised', () => {
    expect(historyRead('AI_ACTIVITY', aiActivityCase().details)).toBeUndefined();
    expect(historyRead('OSP_OPERATING', operatingCase().details)).toEqual({});
    expect(
      historyRead(
        'NATIONAL_PLATFORM',
        nationalPlatformCase({ details: { recognitionReference: 'nkl 2021-017' } }).details,
      ),
    ).toEqual({ recognitionReference: 'NKL2021-017' });
  });
});
