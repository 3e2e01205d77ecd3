/**
 * Every problem type and field message has its text in both languages (SPEC §3.2), and the
 * figures a text cites keep the same digits in both. Reasons are checked on every seed-figure
 * case in test/policy/seed-figures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import { CATALOGUES, type ProblemParams, type ProblemType } from '../../shared/i18n/index.js';
import { PROBLEM_STATUSES } from '../../functions/commons/edge/problems.js';
import { citedFigures, HAN } from '../policy/bilingual.js';
import { FIELD_MESSAGES } from '../../shared/field-messages.js';

const { en, 'zh-CN': zh } = CATALOGUES;

/** A detail's params for every problem type: a new problem type fails the typecheck until it has one. */
const SAMPLE_PARAMS: { [T in ProblemType]: ProblemParams[T] } = {
  validation: { errors: [{ path: 'details.rndCosts', message: 'x' }] },
  'malformed-json': {},
  unauthorized: {},
  forbidden: { group: 'admin' },
  'not-found': { what: 'application', id: '01HZX3Q7' },
  'method-not-allowed': { path: '/v1/applications', allowed: 'GET, POST', method: 'PUT' },
  'body-too-large': { maxBytes: 65536 },
  'unsupported-media-type': {},
  internal: {},
  'not-withdrawable': { allowed: ['SUBMITTED', 'NEEDS_REVIEW'], status: 'ELIGIBLE' },
  'fiscal-year-not-subsidised': { fiscalYear: 2019, firstFiscalYear: 2020, version: 'LG-AI-2020' },
  'payout-not-yet-due': { fiscalYear: 2021, opensOn: '2022-03-01', today: '2022-02-28' },
  'no-longer-eligible': { reasons: [{ rule: 'NATIONAL_PLATFORM.oncePerRecognition', message: 'x' }] },
  'not-awaiting-review': { applicationId: '01HZX3Q7', status: 'APPROVED' },
  'concurrent-update': {},
  'idempotency-key-in-flight': {},
  'idempotency-key-reused': {},
  'amount-out-of-range': { message: 'x' },
  'application-window-closed': { version: 'LG-AI-2020', opensOn: '2021-01-01', today: '2020-12-31' },
  'documents-not-accepted': { allowed: ['SUBMITTED', 'NEEDS_REVIEW', 'INELIGIBLE', 'REJECTED'], status: 'APPROVED' },
  'document-limit-reached': { max: 20 },
  'appeal-not-allowed': { allowed: ['INELIGIBLE', 'REJECTED'], status: 'ELIGIBLE' },
  'appeal-window-closed': { decidedOn: '2021-05-01', windowDays: 60, lastDay: '2021-06-30', today: '2021-07-01' },
  'already-appealed': { applicationId: '01HZX3Q7' },
  'not-appealed': { applicationId: '01HZX3Q7', status: 'INELIGIBLE' },
  'appeal-decider-reviewed': { reviewedBy: 'reviewer-1' },
};

const detail = <T extends ProblemType>(catalogue: typeof en, type: T) =>
  (catalogue.problems[type].detail as (params: ProblemParams[T]) => string)(SAMPLE_PARAMS[type]);

describe('problem documents in both languages', () => {
  const types = Object.keys(PROBLEM_STATUSES) as ProblemType[];

  it('every problem type the API answers has a text in each catalogue', () => {
    expect(Object.keys(en.problems).sort()).toEqual([...types].sort());
    expect(Object.keys(zh.problems).sort()).toEqual([...types].sort());
  });

  it.each(types)('%s: an English and a Chinese title and detail, citing the same figures', (type) => {
    expect(en.problems[type].title).not.toMatch(HAN);
    expect(zh.problems[type].title).toMatch(HAN);
    const [english, chinese] = [detail(en, type), detail(zh, type)];
    expect(english.trim()).not.toBe('');
    expect(chinese.trim()).not.toBe('');
    expect(citedFigures(chinese)).toEqual(citedFigures(english));
  });
});

describe('field messages in both languages', () => {
  const text = (catalogue: typeof en, key: (typeof FIELD_MESSAGES)[number]) => {
    const entry = catalogue.fields[key];
    return typeof entry === 'string' ? entry : entry({ max: 255, ceiling: '300000.00' });
  };

  it.each(FIELD_MESSAGES)('%s: English and Chinese, citing the same figures', (key) => {
    expect(text(en, key)).not.toMatch(HAN);
    expect(text(zh, key)).toMatch(HAN);
    expect(citedFigures(text(zh, key))).toEqual(citedFigures(text(en, key)));
  });

  it("zod's own messages come in Chinese from zod's zh-CN locale", () => {
    const issue: core.$ZodIssue = { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [], message: '', input: '' };
    expect(en.zodMessage(issue)).toBe('Too small: expected string to have >=1 characters');
    expect(zh.zodMessage(issue)).toMatch(HAN);
  });
});
