/** Accept-Language (RFC 9110 §12.5.4) to the language of the answer: en or zh-CN, by default en. */
import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../shared/i18n/index.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['*', 'en'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH-HANS', 'zh-CN'],
  ] as const)('%j answers in %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });

  it('picks the highest q-value, whatever the order', () => {
    expect(negotiateLanguage('en;q=0.5, zh-CN;q=0.9')).toBe('zh-CN');
    expect(negotiateLanguage('zh;q=0.4,en;q=0.8')).toBe('en');
    expect(negotiateLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(negotiateLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
  });

  it('prefers the first of equal q-values', () => {
    expect(negotiateLanguage('zh-CN;q=0.7, en;q=0.7')).toBe('zh-CN');
    expect(negotiateLanguage('en, zh')).toBe('en');
  });

  it('skips languages it does not write and goes to the next acceptable one', () => {
    expect(negotiateLanguage('fr-FR, de;q=0.9, zh;q=0.5')).toBe('zh-CN');
    expect(negotiateLanguage('ja')).toBe('en');
  });

  it('does not answer Traditional Chinese in Simplified Chinese', () => {
    expect(negotiateLanguage('zh-TW')).toBe('en');
    expect(negotiateLanguage('zh-Hant, en;q=0.1')).toBe('en');
    expect(negotiateLanguage('zh-HK;q=1, zh-CN;q=0.2')).toBe('zh-CN');
  });

  it('treats q=0 as "not acceptable" and ignores malformed q-values', () => {
    expect(negotiateLanguage('zh-CN;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLanguage('zh;q=0')).toBe('en');
    expect(negotiateLanguage('zh;q=abc, en;q=0.2')).toBe('en');
    expect(negotiateLanguage('zh;q=2')).toBe('en');
    expect(negotiateLanguage('  zh-CN ; Q=0.9 ')).toBe('zh-CN');
  });
});
