/**
 * What an official Chinese notice never shows (../shared/notes/zh-CN-style.md): ASCII status
 * codes, ISO dates, amounts of five or more digits without separators, spaces around figures,
 * and Latin words other than a few technical terms. Values the applicant or the system typed
 * (references, ids, paths, field names) are given to the check and taken out first.
 */
import { APPLICATION_STATUSES } from '../../shared/domain/application.js';
import { OUTCOMES } from '../../shared/policy/index.js';

/** Standards and formats cited by name; units. */
const ALLOWED_TERMS = ['GB 32100-2015', 'ISO 8601', 'SHA-256', 'JSON', 'URL', 'ASCII', 'MiB', 'true'];
const CODES = new RegExp(`\\b(${[...APPLICATION_STATUSES, ...OUTCOMES].join('|')})\\b`);

/** The rules a Chinese message breaks (none: an empty list). */
export function zhStyleViolations(message: string, typed: readonly string[] = []): string[] {
  const found: string[] = [];
  if (CODES.test(message)) found.push('an ASCII status code');
  if (/\d{4}-\d{2}-\d{2}/.test(message)) found.push('an ISO date');
  let rest = message;
  for (const value of [...typed, ...ALLOWED_TERMS].filter((value) => value !== '').sort((a, b) => b.length - a.length))
    rest = rest.replaceAll(value, '〇');
  if (/(?<![\d,.])\d{5,}/.test(rest)) found.push('an amount of five or more digits without separators');
  if (/\s\d|\d\s/.test(rest)) found.push('a space around a figure');
  const latin = rest.match(/[A-Za-z]+/g);
  if (latin) found.push(`Latin words: ${latin.join(', ')}`);
  return found;
}
