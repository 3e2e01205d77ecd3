/**
 * The glossary of ../shared/notes/zh-CN-style.md ("Terms"), held over every Chinese text the
 * platform writes: the i18n catalogues, the CSV headers, the docs page, the OpenAPI texts and the
 * generated zh-CN document — every source file outside test/ with Chinese in it, so a new one is
 * covered too. The terms the note rules out whatever the context are refused here; those it rules
 * out only for one programme (奖励 for a subsidy, 补贴 for AI activities) are the reasons' tests'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { HAN } from '../policy/bilingual.js';

/** Each ruled-out term, with the note's row: what to write instead. */
const RULED_OUT: ReadonlyArray<{ term: RegExp; use: string }> = [
  { term: /财年/, use: 'fiscal year: 年度 (the accounting year is the calendar year)' },
  { term: /上海(?:时间|日期|日历)/, use: 'time zone: 北京时间' },
  { term: /评审|批准|核准/, use: 'review stage: 审核; fixing the amount: 核定 (an evaluation: 测算)' },
  { term: /营业收入奖励/, use: 'revenue milestone: 主营业务收入奖励' },
  { term: /向下取整/, use: 'rounding: 舍去分以下部分' },
  {
    // The statutory procedure is named only in the sentence an appeal decision may add.
    term: /(?<!依法申请行政)复议/,
    use: 'appeal: 复核 (行政复议 only in 不影响依法申请行政复议或提起行政诉讼的权利)',
  },
];

const SOURCES = ['shared', 'functions', 'scripts', 'infra', 'client', 'examples', 'bench', 'schemas'];

function* files(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* files(path);
    else if (/\.(ts|json|html)$/.test(entry.name)) yield path;
  }
}

const chineseTexts = SOURCES.flatMap((source) => [...files(join(PROJECT_ROOT, source))])
  .map((path) => ({ file: relative(PROJECT_ROOT, path), text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => HAN.test(text));

describe('the zh-CN glossary (../shared/notes/zh-CN-style.md)', () => {
  it('finds the Chinese texts: catalogues, CSV headers, OpenAPI texts and document', () => {
    expect(chineseTexts.map(({ file }) => file)).toEqual(
      expect.arrayContaining([
        'shared/i18n/zh-CN.ts',
        'functions/commons/exports/columns.ts',
        'scripts/openapi/texts-zh-CN.ts',
        'schemas/openapi.zh-CN.json',
      ]),
    );
  });

  it.each(RULED_OUT)('no $term: $use', ({ term }) => {
    const found = chineseTexts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, index) => (term.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('refuses what it should: each ruled-out term is caught, the allowed sentence is not', () => {
    const caught = (text: string) => RULED_OUT.some(({ term }) => term.test(text));
    for (const text of ['2021财年', '（上海时间）', '审核批准', '评审决定', '向下取整', '申请行政复议', '复议准予'])
      expect(caught(text), text).toBe(true);
    expect(caught('经复核，维持原决定。不影响依法申请行政复议或提起行政诉讼的权利。')).toBe(false);
    expect(caught('2021年度，北京时间，主营业务收入奖励，审核通过，核定')).toBe(false);
  });
});
