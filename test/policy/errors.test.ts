/**
 * The policy's errors are language-neutral, as its reasons are: each invalid field is a key with
 * its parameters, and only shared/i18n puts it into words, in either language (the CLI runner and
 * the HTTP edge render it). The library imports nothing from the catalogues.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, renderFieldIssue } from '../../shared/i18n/index.js';
import { HAN } from './bilingual.js';
import { aiActivityCase, validationIssues, withValue } from './cases.js';

const POLICY = fileURLToPath(new URL('../../shared/policy/', import.meta.url));

/** One field of each kind wrong: zod's own check, a schema's message, an unknown field. */
const INVALID = withValue(
  withValue(withValue(aiActivityCase(), 'organisation.name', ''), 'organisation.unifiedSocialCreditCode', 'X'),
  'note',
  'not a field',
);

describe("the policy's errors", () => {
  it('name each field with a key and its parameters, and no text', () => {
    const issues = validationIssues(INVALID);
    expect(issues).toEqual([
      {
        path: 'organisation.name',
        key: 'zod',
        params: expect.objectContaining({ code: 'too_small', origin: 'string', minimum: 1, input: '' }),
      },
      { path: 'organisation.unifiedSocialCreditCode', key: 'uscc' },
      { path: 'note', key: 'unknownField' },
    ]);
  });

  it('are rendered in each language by the catalogues: English by default, Chinese when asked', () => {
    const issues = validationIssues(INVALID);
    const rendered = Object.fromEntries(
      LANGUAGES.map((language) => [language, issues.map((issue) => renderFieldIssue(issue, language))]),
    );
    expect(rendered.en).toEqual([
      { path: 'organisation.name', message: 'Too small: expected string to have >=1 characters' },
      { path: 'organisation.unifiedSocialCreditCode', message: CATALOGUES.en.fields.uscc },
      { path: 'note', message: CATALOGUES.en.fields.unknownField },
    ]);
    expect(rendered['zh-CN']!.slice(1)).toEqual([
      { path: 'organisation.unifiedSocialCreditCode', message: CATALOGUES['zh-CN'].fields.uscc },
      { path: 'note', message: CATALOGUES['zh-CN'].fields.unknownField },
    ]);
    // zod's own check, in zod's Chinese (the catalogue's rendering of the issue).
    const [name] = rendered['zh-CN']!;
    const [nameIssue] = issues;
    if (nameIssue?.key !== 'zod') throw new Error('expected zod’s own issue first');
    expect(name).toEqual({ path: 'organisation.name', message: CATALOGUES['zh-CN'].zodMessage(nameIssue.params) });
    expect(name!.message).toMatch(HAN);
  });

  it('come from a library that imports nothing from shared/i18n', () => {
    const files = readdirSync(POLICY, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const importing = files.filter((file) => /from\s+'[^']*\/i18n\//.test(readFileSync(`${POLICY}${file}`, 'utf8')));
    expect(importing).toEqual([]);
  });
});
