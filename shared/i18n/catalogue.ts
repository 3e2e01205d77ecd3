/**
 * The shape of a language's catalogue: every reason of the policy, every problem type of the
 * API and every field message the schemas name. Each language file implements it whole, so a
 * text missing in one language fails the typecheck.
 */
import type { core } from 'zod/mini';
import type { ReasonParams, RuleName } from '../policy/reasons.js';
import type { Language } from './language.js';
import type { FieldMessage } from '../field-messages.js';
import type { ApplicationStatus } from '../domain/application.js';

/** What a field message cites, for the few that cite something. */
export interface FieldMessageParams {
  idempotencyKeyLength: { max: number };
  reviewAmount: { ceiling: string };
}
type FieldTexts = {
  [K in FieldMessage]: K extends keyof FieldMessageParams ? (params: FieldMessageParams[K]) => string : string;
};

/** What each problem type's detail cites. */
export interface ProblemParams {
  validation: { errors: ReadonlyArray<{ path: string; message: string }> };
  'malformed-json': Record<string, never>;
  unauthorized: Record<string, never>;
  forbidden: { group: string };
  'not-found': {
    what: 'application' | 'payout-run' | 'route' | 'path' | 'document' | 'simulation' | 'export';
    id?: string;
  };
  'method-not-allowed': { path: string; allowed: string; method: string };
  'body-too-large': { maxBytes: number };
  'headers-too-large': { maxBytes: number };
  'malformed-request': Record<string, never>;
  'request-timeout': Record<string, never>;
  'unsupported-media-type': Record<string, never>;
  internal: Record<string, never>;
  'not-withdrawable': { allowed: readonly ApplicationStatus[]; status: ApplicationStatus };
  'fiscal-year-not-subsidised': { fiscalYear: number; firstFiscalYear: number; version: string };
  'payout-not-yet-due': { fiscalYear: number; opensOn: string; today: string };
  'no-longer-eligible': { reasons: ReadonlyArray<{ rule: string; message: string }> };
  'not-awaiting-review': { applicationId: string; status: ApplicationStatus };
  'concurrent-update': Record<string, never>;
  'idempotency-key-in-flight': Record<string, never>;
  'idempotency-key-reused': Record<string, never>;
  'amount-out-of-range': { message: string };
  'application-window-closed': { version: string; opensOn: string; today: string };
  'documents-not-accepted': { allowed: readonly ApplicationStatus[]; status: ApplicationStatus };
  'document-limit-reached': { max: number };
  'appeal-not-allowed': { allowed: readonly ApplicationStatus[]; status: ApplicationStatus };
  'appeal-window-closed': { decidedOn: string; windowDays: number; lastDay: string; today: string };
  'already-appealed': { applicationId: string };
  'not-appealed': { applicationId: string; status: ApplicationStatus };
  'appeal-decider-reviewed': { reviewedBy: string };
}
export type ProblemType = keyof ProblemParams;

/** The batch command's texts (SPEC §3.1): the titles of its error lines and its own messages on stderr. */
export interface BatchTexts {
  lineTooLong: (maxChars: number) => string;
  blankLine: string;
  notJson: string;
  notACase: string;
  evaluationFailed: string;
  /** Whether a title may carry the runtime's own (English) explanation as its detail. */
  runtimeDetails: boolean;
  /** The command's own messages on stderr. */
  unknownVersion: (version: string, known: readonly string[]) => string;
  jobsRange: (given: string) => string;
  readingFromTerminal: string;
  progress: (lines: number, invalid: number, perSecond: number) => string;
}

export interface Catalogue {
  language: Language;
  batch: BatchTexts;
  reasons: { [R in RuleName]: (params: ReasonParams[R]) => string };
  problems: { [T in ProblemType]: { title: string; detail: (params: ProblemParams[T]) => string } };
  fields: FieldTexts;
  /** zod's own message for an issue, in this language. */
  zodMessage: (issue: core.$ZodIssue) => string;
}
