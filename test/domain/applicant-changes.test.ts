/** What an owner may change of their application: pure, no table. */
import { describe, expect, it } from 'vitest';
import { appealing, ownedBy, withdrawal } from '../../shared/domain/applicant-changes.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { submittedRecord } from '../support/records.js';

const submitted = submittedRecord('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '2000000.00' });
const DECIDED_AT = '2022-05-02T00:00:00.000Z';
const ineligible: ApplicationRecord = {
  ...submitted,
  status: 'INELIGIBLE',
  audit: [...submitted.audit, { at: DECIDED_AT, by: 'system:evaluator', from: 'SUBMITTED', to: 'INELIGIBLE' }],
};
const request = { grounds: 'the costs were audited', documentIds: ['doc-a', 'doc-b'] };

/** The refusal `judge` throws: its kind and facts. */
function refusalOf(judge: () => unknown): Pick<Refusal, 'kind' | 'facts'> {
  try {
    judge();
  } catch (error) {
    if (error instanceof Refusal) return { kind: error.kind, facts: error.facts };
    throw error;
  }
  throw new Error('not refused');
}

describe('ownedBy', () => {
  it('is the application to its owner and does not exist to anyone else', () => {
    expect(ownedBy(submitted, submitted.applicantId)).toBe(submitted);
    expect(refusalOf(() => ownedBy(submitted, 'someone-else'))).toEqual({
      kind: 'not-found',
      facts: { what: 'application' },
    });
    expect(refusalOf(() => ownedBy(undefined, submitted.applicantId)).kind).toBe('not-found');
  });
});

describe('withdrawal', () => {
  it('moves a SUBMITTED application to WITHDRAWN by its owner, with ApplicationWithdrawn', () => {
    const change = withdrawal(submitted, DECIDED_AT);
    expect(change).toMatchObject({ from: 'SUBMITTED', to: 'WITHDRAWN', by: submitted.applicantId, at: DECIDED_AT });
    expect(change.events.map((event) => event.type)).toEqual(['ApplicationWithdrawn']);
  });

  it('is refused once decided, citing the statuses that allow it', () => {
    expect(refusalOf(() => withdrawal(ineligible, DECIDED_AT))).toEqual({
      kind: 'not-withdrawable',
      facts: { allowed: ['SUBMITTED', 'NEEDS_REVIEW'], status: 'INELIGIBLE' },
    });
  });
});

describe('appealing', () => {
  const inTime = '2022-05-10T00:00:00.000Z';

  it('moves an INELIGIBLE application to APPEALED with the appeal and ApplicationAppealed', () => {
    const change = appealing(ineligible, request, inTime, []);
    expect(change).toMatchObject({
      from: 'INELIGIBLE',
      to: 'APPEALED',
      set: { appeal: { ...request, appealedAt: inTime } },
    });
    expect(change.events.map((event) => event.type)).toEqual(['ApplicationAppealed']);
  });

  it('is refused for a status that cannot be appealed, and a second time', () => {
    expect(refusalOf(() => appealing(submitted, request, inTime, [])).kind).toBe('appeal-not-allowed');
    const appealed = { ...ineligible, appeal: { ...request, appealedAt: inTime } };
    expect(refusalOf(() => appealing(appealed, request, inTime, []))).toEqual({
      kind: 'already-appealed',
      facts: { applicationId: ineligible.applicationId },
    });
  });

  it('is refused after the appeal window', () => {
    expect(refusalOf(() => appealing(ineligible, request, '2023-05-10T00:00:00.000Z', [])).kind).toBe(
      'appeal-window-closed',
    );
  });

  it('names each cited id that is not a document of the application, by its place in documentIds', () => {
    expect(refusalOf(() => appealing(ineligible, request, inTime, ['doc-b']))).toEqual({
      kind: 'validation',
      facts: { fields: [{ path: 'documentIds.1', message: 'appealDocument' }] },
    });
  });
});
