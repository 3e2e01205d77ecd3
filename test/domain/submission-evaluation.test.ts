/** A submission and its evaluation as the domain makes them: pure, no table. */
import { describe, expect, it } from 'vitest';
import { evaluation } from '../../shared/domain/evaluation.js';
import { idAt, ID_RANDOM_BYTES } from '../../shared/domain/ids.js';
import { submission, type SubmitCommand } from '../../shared/domain/submission.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { submittedRecord } from '../support/records.js';

const operating = submittedRecord('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '2000000.00' });
const AT = '2022-05-02T00:00:00.000Z';
const certified = {
  recorded: { certifications: [{ entry: { certifiedFrom: '2020-12-26', certifiedUntil: '2030-12-31' } }], awards: [] },
};

describe('submission', () => {
  const command: SubmitCommand = {
    applicantId: operating.applicantId,
    body: {
      programme: 'OSP_OPERATING',
      organisation: operating.organisation,
      details: { fiscalYear: 2021, operatingCosts: '2000000.00' },
    },
    correlationId: 'request-1',
  };

  it('is a SUBMITTED application as sent, its audit entry, ApplicationSubmitted and the answer', () => {
    const at = new Date('2022-05-01T02:00:00.000Z');
    const random = new Uint8Array(ID_RANDOM_BYTES).fill(7);
    const { record, events, answer } = submission(command, at, random);
    const applicationId = idAt(at, random);
    expect(record).toMatchObject({
      applicationId,
      status: 'SUBMITTED',
      details: operating.details,
      correlationId: 'request-1',
      audit: [{ at: '2022-05-01T02:00:00.000Z', by: operating.applicantId, from: null, to: 'SUBMITTED' }],
    });
    expect(events.map((event) => event.type)).toEqual(['ApplicationSubmitted']);
    expect(answer).toEqual({ applicationId, status: 'SUBMITTED', submittedAt: '2022-05-01T02:00:00.000Z' });
  });

  it('is refused before the application window opens', () => {
    expect(() => submission(command, new Date('2020-12-31T15:59:59.999Z'), new Uint8Array(ID_RANDOM_BYTES))).toThrow(
      Refusal,
    );
  });
});

describe('evaluation', () => {
  it('moves an ELIGIBLE application from SUBMITTED with its decision, ApplicationEvaluated and the award', () => {
    const { decision, change, award } = evaluation(operating, certified, AT);
    expect(decision.outcome).toBe('ELIGIBLE');
    expect(change).toMatchObject({
      from: 'SUBMITTED',
      to: 'ELIGIBLE',
      by: 'system:evaluator',
      at: AT,
      set: { decision },
    });
    expect(change.events.map((event) => event.type)).toEqual(['ApplicationEvaluated']);
    expect(award).toMatchObject({
      programme: 'OSP_OPERATING',
      amount: decision.amount,
      fiscalYear: 2021,
      awardedAt: AT,
    });
  });

  it('awards nothing when the decision is not ELIGIBLE', () => {
    const { decision, change, award } = evaluation(operating, { recorded: { certifications: [], awards: [] } }, AT);
    expect(decision.outcome).not.toBe('ELIGIBLE');
    expect(change.to).toBe(decision.outcome);
    expect(award).toBeUndefined();
  });
});
