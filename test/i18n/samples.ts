/** Sample params of every problem type, shared by the catalogue tests. */
import type { ProblemParams, ProblemType } from '../../shared/i18n/index.js';

/** A detail's params for every problem type: a new problem type fails the typecheck until it has one. */
export const SAMPLE_PARAMS: { [T in ProblemType]: ProblemParams[T] } = {
  validation: { errors: [{ path: 'details.rndCosts', message: '…' }] },
  'malformed-json': {},
  unauthorized: {},
  forbidden: { group: 'admin' },
  'not-found': { what: 'application', id: '01HZX3Q7' },
  'method-not-allowed': { path: '/v1/applications', allowed: 'GET, POST', method: 'PUT' },
  'body-too-large': { maxBytes: 65536 },
  'headers-too-large': { maxBytes: 16384 },
  'malformed-request': {},
  'unsupported-media-type': {},
  internal: {},
  'not-withdrawable': { allowed: ['SUBMITTED', 'NEEDS_REVIEW'], status: 'ELIGIBLE' },
  'fiscal-year-not-subsidised': { fiscalYear: 2019, firstFiscalYear: 2020, version: 'LG-AI-2020' },
  'payout-not-yet-due': { fiscalYear: 2021, opensOn: '2022-03-01', today: '2022-02-28' },
  'no-longer-eligible': { reasons: [{ rule: 'NATIONAL_PLATFORM.oncePerRecognition', message: '…' }] },
  'not-awaiting-review': { applicationId: '01HZX3Q7', status: 'APPROVED' },
  'concurrent-update': {},
  'idempotency-key-in-flight': {},
  'idempotency-key-reused': {},
  'amount-out-of-range': { message: '…' },
  'application-window-closed': { version: 'LG-AI-2020', opensOn: '2021-01-01', today: '2020-12-31' },
  'documents-not-accepted': { allowed: ['SUBMITTED', 'NEEDS_REVIEW', 'INELIGIBLE', 'REJECTED'], status: 'APPROVED' },
  'document-limit-reached': { max: 20 },
  'appeal-not-allowed': { allowed: ['INELIGIBLE', 'REJECTED'], status: 'ELIGIBLE' },
  'appeal-window-closed': { decidedOn: '2021-05-01', windowDays: 60, lastDay: '2021-06-30', today: '2021-07-01' },
  'already-appealed': { applicationId: '01HZX3Q7' },
  'not-appealed': { applicationId: '01HZX3Q7', status: 'INELIGIBLE' },
  'appeal-decider-reviewed': { reviewedBy: 'reviewer-1' },
};
