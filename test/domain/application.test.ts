/** The application's life cycle rules: pure, no table. */
import { describe, expect, it } from 'vitest';
import {
  APPEALABLE,
  appealedFrom,
  APPLICATION_STATUSES,
  canTransition,
  reachedStatusAt,
  statusChange,
  WITHDRAWABLE,
  type AuditEntry,
} from '../../shared/domain/application.js';

const entry = (from: AuditEntry['from'], to: AuditEntry['to'], at: string): AuditEntry => ({ at, by: 'x', from, to });

describe('the life cycle', () => {
  it('withdraws exactly from the statuses that may move to WITHDRAWN', () => {
    expect(APPLICATION_STATUSES.filter((status) => canTransition(status, 'WITHDRAWN'))).toEqual([...WITHDRAWABLE]);
  });

  it('appeals exactly from the statuses that may move to APPEALED', () => {
    expect(APPLICATION_STATUSES.filter((status) => canTransition(status, 'APPEALED'))).toEqual([...APPEALABLE]);
  });
});

describe('statusChange refuses moves the life cycle does not allow', () => {
  it.each([
    ['ELIGIBLE', 'SUBMITTED'],
    ['PAID', 'ELIGIBLE'],
    ['INELIGIBLE', 'APPROVED'],
    ['APPROVED', 'WITHDRAWN'],
  ] as const)('%s → %s', (from, to) => {
    expect(() => statusChange({ from, to, by: 'system', at: 'T', events: [] })).toThrow(
      `no transition ${from} → ${to}`,
    );
  });

  it('makes every edge of the life cycle', () => {
    for (const from of APPLICATION_STATUSES)
      for (const to of APPLICATION_STATUSES.filter((status) => canTransition(from, status)))
        expect(statusChange({ from, to, by: 'system', at: 'T', events: [] })).toMatchObject({ from, to });
  });
});

describe('reachedStatusAt', () => {
  it('is when the last audit entry into the current status was written, else the submission', () => {
    const audit = [entry(null, 'SUBMITTED', 'T1'), entry('SUBMITTED', 'NEEDS_REVIEW', 'T2')];
    expect(reachedStatusAt({ audit, status: 'NEEDS_REVIEW', submittedAt: 'T0' })).toBe('T2');
    expect(reachedStatusAt({ audit, status: 'REJECTED', submittedAt: 'T0' })).toBe('T0');
  });
});

describe('appealedFrom', () => {
  it('is the status the appeal left', () => {
    const appealed = (from: 'INELIGIBLE' | 'REJECTED') => [
      entry(null, 'SUBMITTED', 'T1'),
      entry(from, 'APPEALED', 'T3'),
    ];
    expect(appealedFrom({ audit: appealed('REJECTED') })).toBe('REJECTED');
    expect(appealedFrom({ audit: appealed('INELIGIBLE') })).toBe('INELIGIBLE');
  });
});
