/** The case the policy judges and the award a decision makes, from a stored application: pure, no table. */
import { describe, expect, it } from 'vitest';
import { submittedRecord } from '../support/records.js';
import { awardFor, caseFor, recognitionOf } from '../../shared/domain/award.js';

const record = submittedRecord;

const operating = record('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '100.00' });
const national = record('NATIONAL_PLATFORM', { recognitionReference: ' NKL-1 ', requestedAmount: '1.00' });
const milestone = record('REVENUE_MILESTONE', { revenue: '60000000.00' });

describe('caseFor', () => {
  it('is the stored application as submitted, with the history', () => {
    const history = {
      certifications: [],
      awards: [{ programme: 'OSP_OPERATING' as const, amount: '5.00', fiscalYear: 2021 }],
    };
    expect(caseFor(operating, history)).toEqual({
      submittedAt: operating.submittedAt,
      programme: 'OSP_OPERATING',
      organisation: operating.organisation,
      details: operating.details,
      history,
    });
  });
});

describe('recognitionOf', () => {
  it('is the national platform’s reference as the policy compares it, and nothing for other programmes', () => {
    expect(recognitionOf(national)).toBe('NKL-1');
    expect(recognitionOf(operating)).toBeUndefined();
  });
});

describe('awardFor', () => {
  it('is the amount with the terms the decision gives the award', () => {
    expect(awardFor(operating, '10.00', 'T', { fiscalYear: 2021 })).toEqual({
      applicantId: 'applicant-1',
      applicationId: operating.applicationId,
      programme: 'OSP_OPERATING',
      amount: '10.00',
      awardedAt: 'T',
      fiscalYear: 2021,
    });
    expect(awardFor(milestone, '500000.00', 'T', { threshold: '50000000.00' })).toMatchObject({
      threshold: '50000000.00',
    });
    expect(Object.keys(awardFor(national, '1.00', 'T', {}))).toEqual([
      'applicantId',
      'applicationId',
      'programme',
      'amount',
      'awardedAt',
    ]);
  });
});
