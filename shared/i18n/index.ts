/**
 * Rendering in a language (SPEC §3.2): decisions and problems are kept language-neutral and
 * put into words only when shown, from one catalogue per language.
 */
import type { core } from 'zod/mini';
import type { Decision } from '../policy/decision.js';
import type { Reason } from '../policy/reasons.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language.js';
import { zhCN } from './zh-CN.js';
import { fieldIssuesOf, type FieldIssue } from '../policy/errors.js';

export { type Catalogue, type ProblemParams, type ProblemType } from './catalogue.js';
export { DEFAULT_LANGUAGE, LANGUAGES, negotiateLanguage, type Language } from './language.js';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, 'zh-CN': zhCN };

/** A reason as shown. */
export interface RenderedReason {
  rule: string;
  message: string;
}
/** A reason stored before decisions were language-neutral: it keeps its English sentence. */
type StoredReason = Reason | RenderedReason;

export function renderReason(reason: StoredReason, language: Language): RenderedReason {
  if ('message' in reason) return { rule: reason.rule, message: reason.message };
  // The union pairs each rule with its params; the catalogue's entry for the rule takes exactly those.
  const text = CATALOGUES[language].reasons[reason.rule] as (params: Reason['params']) => string;
  return { rule: reason.rule, message: text(reason.params) };
}

/** A decision with its reasons in words, fields in the order the API shows them. */
export function renderDecision<D extends Omit<Decision, 'reasons'> & { reasons: StoredReason[] }>(
  decision: D,
  language: Language,
) {
  return { ...decision, reasons: decision.reasons.map((reason) => renderReason(reason, language)) };
}

/** A text in every language, for readers whose language is not known (events). */
export type Localised = Record<Language, string>;

export const inEveryLanguage = (render: (language: Language) => string): Localised =>
  Object.fromEntries(LANGUAGES.map((language) => [language, render(language)])) as Localised;

/** Reasons as events carry them: each rule's message in every language. */
export const reasonsInEveryLanguage = (reasons: readonly StoredReason[]) =>
  reasons.map((reason) => ({
    rule: reason.rule,
    message: inEveryLanguage((language) => renderReason(reason, language).message),
  }));

/** A field issue as shown. */
export interface RenderedFieldIssue {
  path: string;
  message: string;
}

/** A policy's (or any schema's) field issue in a language: a field message by its key, zod's own by zod's locale. */
export function renderFieldIssue(issue: FieldIssue, language: Language): RenderedFieldIssue {
  const catalogue = CATALOGUES[language];
  if (issue.key !== 'zod') {
    const text = catalogue.fields[issue.key];
    // A message citing parameters has none to cite here: its key stands.
    return { path: issue.path, message: typeof text === 'string' ? text : issue.key };
  }
  // zod's own English message (what the parse wrote) is re-rendered; any other text stays as written.
  const { params } = issue;
  return {
    path: issue.path,
    message: params.message === en.zodMessage(params) ? catalogue.zodMessage(params) : params.message,
  };
}

/** A zod error's field issues in a language (English unless told). */
export const fieldIssues = (error: core.$ZodError, language: Language = DEFAULT_LANGUAGE): RenderedFieldIssue[] =>
  fieldIssuesOf(error).map((issue) => renderFieldIssue(issue, language));
