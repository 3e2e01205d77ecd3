/**
 * Every zh-CN message, rendered for a generated set of cases and for every problem, field
 * message, validation failure and batch error, reads as an official notice
 * (../shared/notes/zh-CN-style.md): no ASCII status code, no ISO date, no amount of five or more
 * digits without separators, no space around a figure, no Latin word beyond a few technical
 * terms and what the applicant typed. The generated cases are seeded (ZH_STYLE_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../shared/domain/application.js';
import { FIELD_MESSAGES } from '../../shared/field-messages.js';
import { CATALOGUES, renderReason, type ProblemParams, type ProblemType } from '../../shared/i18n/index.js';
import { appealWindow } from '../../shared/policy/appeals.js';
import { evaluateLine } from '../../scripts/evaluate-lines.js';
import { ACTIVITY_TYPES, evaluate, formatYuan, type Reason } from '../../shared/policy/index.js';
import {
  aiActivityCase,
  award,
  certification,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  rndCase,
  settlementCase,
  shanghai,
  stepUpCase,
} from '../policy/cases.js';
import { SAMPLE_PARAMS } from './samples.js';
import { zhStyleViolations } from './zh-style.js';

const SEED = Number(process.env.ZH_STYLE_SEED ?? 20261206);
const zh = CATALOGUES['zh-CN'];

const yuanAmount = fc.bigInt({ min: 0n, max: 10_000_000_000_00n }).map(formatYuan);
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const registered = fc.boolean().map((registeredInLingang) => ({ registeredInLingang }));

/** Cases of every programme, eligible and not, near caps, tiers and dates. */
const cases = fc.oneof(
  fc
    .record({ rndCosts: yuanAmount, awarded: yuanAmount, organisation: registered, from: day })
    .map(({ rndCosts, awarded, organisation, from }) =>
      rndCase({
        organisation,
        details: { rndCosts },
        certifications: [certification(from, '2030-12-31')],
        awards: [award('OSP_RND', awarded)],
      }),
    ),
  fc
    .record({ operatingCosts: yuanAmount, awarded: yuanAmount, fiscalYear: fc.integer({ min: 2018, max: 2023 }) })
    .map(({ operatingCosts, awarded, fiscalYear }) =>
      operatingCase({
        details: { operatingCosts, fiscalYear },
        awards: [award('OSP_OPERATING', awarded, { fiscalYear })],
      }),
    ),
  fc
    .record({ requestedAmount: yuanAmount, activityType: fc.constantFrom(...ACTIVITY_TYPES) })
    .map((details) => aiActivityCase({ details })),
  fc
    .record({ mainBusinessIncome: yuanAmount, prior: yuanAmount, earlier: fc.boolean() })
    .map(({ mainBusinessIncome, prior, earlier }) =>
      revenueCase({
        details: { mainBusinessIncome, priorYears: [{ fiscalYear: 2019, mainBusinessIncome: prior }] },
        awards: earlier ? [award('REVENUE_MILESTONE', '200000.00')] : [],
      }),
    ),
  fc
    .record({
      mainBusinessIncome: yuanAmount,
      received: fc.constantFrom('200000.00', '1000000.00', '12000000.00'),
      threshold: fc.constantFrom('5000000.00', '50000000.00', undefined),
    })
    .map(({ mainBusinessIncome, received, threshold }) =>
      stepUpCase({
        details: { mainBusinessIncome, priorYears: [] },
        awards: [award('REVENUE_MILESTONE', received, threshold === undefined ? {} : { threshold })],
      }),
    ),
  fc
    .record({
      requestedAmount: yuanAmount,
      establishedOn: day,
      origin: fc.constantFrom('DOMESTIC' as const, 'FOREIGN' as const),
      once: fc.boolean(),
    })
    .map(({ once, ...details }) =>
      settlementCase({ details, awards: once ? [award('ENTERPRISE_SETTLEMENT', '1.00')] : [] }),
    ),
  fc
    .record({ requestedAmount: yuanAmount, recognizedOn: day, rewarded: fc.boolean() })
    .map(({ rewarded, ...details }) =>
      nationalPlatformCase({
        details,
        awards: rewarded ? [award('NATIONAL_PLATFORM', '1.00', { recognitionReference: 'NKL-2021-017' })] : [],
      }),
    ),
  day.map((date) =>
    rndCase({ submittedAt: shanghai(date), details: { periodStart: '2020-12-26', periodEnd: '2021-06-30' } }),
  ),
);

const generated = fc.sample(cases, { seed: SEED, numRuns: 600 });

/** The appeal reasons, each in every state. */
const APPEAL_REASONS: Reason[] = [
  appealWindow('2021-03-01T10:00:00+08:00', '2021-04-01T10:00:00+08:00'),
  appealWindow('2021-03-01T10:00:00+08:00', '2021-06-01T10:00:00+08:00'),
  { rule: 'appeal.upheld', params: { outcome: 'INELIGIBLE' } },
  { rule: 'appeal.upheld', params: { outcome: 'REJECTED' } },
  { rule: 'appeal.granted', params: { amount: '2000000.00', ceiling: '12000000.00' } },
];

const expectOfficial = (message: string, typed: readonly string[] = []) =>
  expect(zhStyleViolations(message, typed), message).toEqual([]);

describe('the check', () => {
  it.each([
    [
      '于 2021-05-01 提交，在 LG-AI-2020 于 2021-01-01 开放的申报期内。',
      ['an ISO date', 'a space around a figure', 'Latin words: LG, AI'],
    ],
    ['奖励 500000.00 元。', ['an amount of five or more digits without separators', 'a space around a figure']],
    ['申诉维持原决定：申请恢复为 REJECTED。', ['an ASCII status code', 'Latin words: REJECTED']],
    ['期望 boolean，实际接收 string', ['Latin words: boolean, string']],
  ])('finds what the review found in %s', (message, expected) => {
    expect(zhStyleViolations(message)).toEqual(expected);
  });
});

describe('zh-CN reasons of generated cases (seeded)', () => {
  const decisions = generated.map((input) => evaluate(input));

  it('meet every rule of the catalogue, failed and held', () => {
    const rendered = new Set<string>(
      [...decisions.flatMap((decision) => decision.reasons), ...APPEAL_REASONS].map((reason) => reason.rule),
    );
    expect(Object.keys(zh.reasons).filter((rule) => !rendered.has(rule))).toEqual([]);
  });

  it('read as an official notice', () => {
    for (const reason of [...decisions.flatMap((decision) => decision.reasons), ...APPEAL_REASONS]) {
      const typed = reason.rule.startsWith('NATIONAL_PLATFORM.') ? ['NKL-2021-017'] : [];
      expectOfficial(renderReason(reason, 'zh-CN').message, typed);
    }
  });
});

/** The params of a problem type with its status in every application status, where it cites one. */
function paramsOf<T extends ProblemType>(type: T): ProblemParams[T][] {
  const sample = SAMPLE_PARAMS[type] as ProblemParams[T] & { status?: ApplicationStatus };
  if (sample.status === undefined) return [sample];
  return APPLICATION_STATUSES.map((status) => ({ ...sample, status }));
}

describe('zh-CN problems, field messages, validation failures and batch errors', () => {
  const TYPED = ['01HZX3Q7', '/v1/applications', 'GET', 'POST', 'PUT', 'reviewer-1'];

  it.each(Object.keys(SAMPLE_PARAMS) as ProblemType[])('%s: title and detail', (type) => {
    expectOfficial(zh.problems[type].title);
    for (const params of paramsOf(type)) {
      const detail = (zh.problems[type].detail as (p: ProblemParams[typeof type]) => string)(params);
      expectOfficial(detail, TYPED);
    }
  });

  it.each(FIELD_MESSAGES)('%s', (key) => {
    const entry = zh.fields[key];
    expectOfficial(typeof entry === 'string' ? entry : entry({ max: 255, ceiling: '12000000.00' }));
  });

  const INVALID: [string, unknown][] = [
    [
      'types',
      {
        ...rndCase(),
        organisation: { name: 1, unifiedSocialCreditCode: true, registeredInLingang: 'yes' },
        details: { rndCosts: 5, periodStart: [], periodEnd: null },
      },
    ],
    ['missing and empty', { ...aiActivityCase(), details: { activityType: 'COMPETITION', description: '' } }],
    [
      'unknown enum, field and programme',
      {
        ...aiActivityCase(),
        details: { activityType: 'PARTY', description: 'x', requestedAmount: '1.00', colour: 'red' },
      },
    ],
    ['programme', { ...rndCase(), programme: 'LOTTERY' }],
    [
      'formats',
      {
        ...revenueCase(),
        submittedAt: 'yesterday',
        details: {
          fiscalYear: 20211,
          mainBusinessIncome: '1e6',
          priorYears: [{ fiscalYear: 2021, mainBusinessIncome: '-1' }],
        },
      },
    ],
    [
      'too long',
      {
        ...settlementCase(),
        organisation: {
          name: 'n'.repeat(201),
          unifiedSocialCreditCode: '91350100M000100Y44',
          registeredInLingang: true,
        },
      },
    ],
    [
      'history',
      {
        ...operatingCase(),
        history: {
          certifications: [{ certifiedFrom: '2022-01-01', certifiedUntil: '2021-01-01' }],
          awards: [
            { programme: 'OSP_OPERATING', amount: '1.00' },
            { programme: 'NATIONAL_PLATFORM', amount: '1.00' },
          ],
        },
      },
    ],
  ];

  it.each(INVALID)('validation failures (%s) name every field in Chinese only', (_label, input) => {
    const { output } = evaluateLine(JSON.stringify(input), 1, { language: 'zh-CN' });
    const { error } = JSON.parse(output) as { error: { title: string; issues: { path: string; message: string }[] } };
    expectOfficial(error.title);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expectOfficial(issue.message, ['colour']);
  });

  it('batch error titles', () => {
    for (const text of ['', '{not json', 'x'.repeat(1024 * 1024 + 1)]) {
      const { error } = JSON.parse(evaluateLine(text, 1, { language: 'zh-CN' }).output) as {
        error: Record<string, unknown>;
      };
      expect(Object.keys(error).sort()).toEqual(['line', 'title']);
      expectOfficial(String(error.title));
    }
  });
});
