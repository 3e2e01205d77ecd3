/**
 * Every problem type and field message has its text in both languages (SPEC §3.2), and the
 * figures a text cites keep the same digits in both. Reasons are checked on every seed-figure
 * case in test/policy/seed-figures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import { CATALOGUES, type ProblemParams, type ProblemType } from '../../shared/i18n/index.js';
import { SAMPLE_PARAMS } from './samples.js';
import { PROBLEM_STATUSES } from '../../functions/commons/edge/problems.js';
import { citedFigures, HAN } from '../policy/bilingual.js';
import { FIELD_MESSAGES } from '../../shared/field-messages.js';

const { en, 'zh-CN': zh } = CATALOGUES;

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

  it("zod's own messages come in Chinese from our own error map, naming no JavaScript type", () => {
    const empty: core.$ZodIssue = {
      code: 'too_small',
      origin: 'string',
      minimum: 1,
      inclusive: true,
      path: [],
      message: '',
      input: '',
    };
    expect(en.zodMessage(empty)).toBe('Too small: expected string to have >=1 characters');
    expect(zh.zodMessage(empty)).toBe('不得为空');
    const wrongType: core.$ZodIssue = {
      code: 'invalid_type',
      expected: 'boolean',
      path: [],
      message: '',
      input: 'yes',
    };
    expect(zh.zodMessage(wrongType)).toBe('应为是或否的布尔值，实际为文本');
  });
});
