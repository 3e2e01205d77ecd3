/**
 * Problem examples for the OpenAPI document, generated from the real problem catalogue (SPEC §13):
 * each is the document the API answers — built by the same constructors the handlers throw, put
 * into words by the catalogue of the document's language — never a generator's placeholder.
 */
import type { Language, ProblemType } from '../../shared/i18n/index.js';
import { maxHeaderSize } from 'node:http';
import { applicationSchema } from '../../shared/policy/index.js';
import { MAX_BODY_BYTES, validate } from '../../functions/commons/edge/http.js';
import {
  amountOutOfRange,
  forbidden,
  noLongerEligible,
  notFound,
  PROBLEM_STATUSES,
  problem,
  Problem,
} from '../../functions/commons/edge/problems.js';

const APPLICATION_ID = '01JB7Q2W9K3M5N8P4R6T1V0X2Y';

function thrownBy(action: () => unknown): Problem {
  try {
    action();
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error('the example did not refuse');
}

/** One real refusal of each kind (a complete record: a new problem type fails the typecheck here). */
const SAMPLES: { [T in ProblemType]: () => Problem } = {
  validation: () =>
    thrownBy(() => validate(applicationSchema, { programme: 'OSP_RND', organisation: { name: 'Deep Platform' } })),
  'malformed-json': () => problem('malformed-json', {}),
  unauthorized: () => problem('unauthorized', {}),
  forbidden: () => forbidden('admin'),
  'not-found': () => notFound('application', APPLICATION_ID),
  'method-not-allowed': () =>
    problem('method-not-allowed', { path: '/v1/applications', allowed: 'GET, POST', method: 'DELETE' }),
  'body-too-large': () => problem('body-too-large', { maxBytes: MAX_BODY_BYTES }),
  'headers-too-large': () => problem('headers-too-large', { maxBytes: maxHeaderSize }),
  'malformed-request': () => problem('malformed-request', {}),
  'request-timeout': () => problem('request-timeout', {}),
  'unsupported-media-type': () => problem('unsupported-media-type', {}),
  internal: () => problem('internal', {}),
  'not-withdrawable': () => problem('not-withdrawable', { allowed: ['SUBMITTED', 'NEEDS_REVIEW'], status: 'ELIGIBLE' }),
  'fiscal-year-not-subsidised': () =>
    problem('fiscal-year-not-subsidised', { fiscalYear: 2019, firstFiscalYear: 2020, version: 'LG-AI-2020' }),
  'payout-not-yet-due': () =>
    problem('payout-not-yet-due', { fiscalYear: 2026, opensOn: '2027-03-01', today: '2026-12-06' }),
  'no-longer-eligible': () =>
    noLongerEligible([{ rule: 'REVENUE_MILESTONE.oncePerApplicant', params: { held: false } }]),
  'not-awaiting-review': () => problem('not-awaiting-review', { applicationId: APPLICATION_ID, status: 'APPROVED' }),
  'concurrent-update': () => problem('concurrent-update', {}),
  'idempotency-key-in-flight': () => problem('idempotency-key-in-flight', {}),
  'idempotency-key-reused': () => problem('idempotency-key-reused', {}),
  'amount-out-of-range': () => amountOutOfRange('300000.00'),
  'application-window-closed': () =>
    problem('application-window-closed', { version: 'LG-AI-2020', opensOn: '2021-01-01', today: '2020-12-30' }),
  'documents-not-accepted': () =>
    problem('documents-not-accepted', {
      allowed: ['SUBMITTED', 'NEEDS_REVIEW', 'INELIGIBLE', 'REJECTED'],
      status: 'APPROVED',
    }),
  'document-limit-reached': () => problem('document-limit-reached', { max: 20 }),
  'appeal-not-allowed': () =>
    problem('appeal-not-allowed', { allowed: ['INELIGIBLE', 'REJECTED'], status: 'ELIGIBLE' }),
  'appeal-window-closed': () =>
    problem('appeal-window-closed', {
      decidedOn: '2026-03-01',
      windowDays: 60,
      lastDay: '2026-04-30',
      today: '2026-05-01',
    }),
  'already-appealed': () => problem('already-appealed', { applicationId: APPLICATION_ID }),
  'not-appealed': () => problem('not-appealed', { applicationId: APPLICATION_ID, status: 'INELIGIBLE' }),
  'appeal-decider-reviewed': () => problem('appeal-decider-reviewed', { reviewedBy: 'reviewer-1' }),
};

/** The problem types answered with `status`, among `types`. */
export const typesWithStatus = (types: readonly ProblemType[], status: number) =>
  types.filter((type) => PROBLEM_STATUSES[type] === status);

/** OpenAPI `examples` of a problem response: one per type, as the API writes it in `language` for a request to `path`. */
export function problemExamples(
  types: readonly ProblemType[],
  path: string,
  language: Language,
): Record<string, { summary: string; value: unknown }> {
  return Object.fromEntries(
    types.map((type) => {
      const value = SAMPLES[type]().document(path.replace('{id}', APPLICATION_ID), language);
      return [type, { summary: value.title, value }];
    }),
  );
}
