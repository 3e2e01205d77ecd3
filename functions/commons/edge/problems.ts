/**
 * Errors as RFC 9457 problem documents. Handlers throw these; the HTTP middleware turns
 * them into `application/problem+json` responses in the request's language (SPEC §3.2), so a
 * problem keeps what it cites and is put into words only then. Anything else is a 500 without details.
 */
import {
  CATALOGUES,
  DEFAULT_LANGUAGE,
  type Catalogue,
  type Language,
  type ProblemParams,
  type ProblemType,
  type RenderedFieldIssue,
} from '../../../shared/i18n/index.js';
import type { Reason } from '../../../shared/policy/index.js';
import { renderReason } from '../../../shared/i18n/index.js';
import type { Refusal, RefusalFacts } from '../../../shared/domain/refusal.js';
import type { FieldMessage } from '../../../shared/field-messages.js';
import { TransactionConflict } from '../store/items/conflicts.js';
import { retryOnConflict } from '../use-cases/retry.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: RenderedFieldIssue[];
}

export const PROBLEM_TYPE_BASE = 'https://lingang.ai-subsidy/problems/';

export const PROBLEM_STATUSES: Readonly<Record<ProblemType, number>> = {
  validation: 400,
  'malformed-json': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'body-too-large': 413,
  'headers-too-large': 431,
  'malformed-request': 400,
  'request-timeout': 408,
  'unsupported-media-type': 415,
  internal: 500,
  'not-withdrawable': 409,
  'fiscal-year-not-subsidised': 409,
  'payout-not-yet-due': 409,
  'no-longer-eligible': 409,
  'not-awaiting-review': 409,
  'concurrent-update': 409,
  'idempotency-key-in-flight': 409,
  'idempotency-key-reused': 422,
  'amount-out-of-range': 422,
  'application-window-closed': 422,
  'documents-not-accepted': 409,
  'document-limit-reached': 409,
  'appeal-not-allowed': 409,
  'appeal-window-closed': 409,
  'already-appealed': 409,
  'not-appealed': 409,
  'appeal-decider-reviewed': 403,
};

/** Field issues in a catalogue's language. */
export type FieldIssues = (catalogue: Catalogue) => RenderedFieldIssue[];

export class Problem<T extends ProblemType = ProblemType> extends Error {
  readonly status: number;

  constructor(
    readonly slug: T,
    /** What the detail cites, in the catalogue's language where it cites words. */
    private readonly cited: (catalogue: Catalogue) => ProblemParams[T],
    private readonly errors?: FieldIssues,
  ) {
    super(`${slug}: ${Problem.detailIn(slug, cited, CATALOGUES[DEFAULT_LANGUAGE])}`);
    this.name = 'Problem';
    this.status = PROBLEM_STATUSES[slug];
  }

  private static detailIn<T extends ProblemType>(
    slug: T,
    cited: (catalogue: Catalogue) => ProblemParams[T],
    catalogue: Catalogue,
  ): string {
    const { detail } = catalogue.problems[slug] as { detail: (params: ProblemParams[T]) => string };
    return detail(cited(catalogue));
  }

  document(instance: string | undefined, language: Language): ProblemDocument {
    const catalogue = CATALOGUES[language];
    return {
      type: `${PROBLEM_TYPE_BASE}${this.slug}`,
      title: catalogue.problems[this.slug].title,
      status: this.status,
      detail: Problem.detailIn(this.slug, this.cited, catalogue),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors(catalogue) } : {}),
    };
  }
}

/** A problem whose detail cites figures and names only (no words to translate). */
export const problem = <T extends ProblemType>(slug: T, params: ProblemParams[T]) => new Problem(slug, () => params);

export const validationProblem = (errors: FieldIssues) =>
  new Problem('validation', (catalogue) => ({ errors: errors(catalogue) }), errors);
/** A 400 naming one field, with the catalogue's message for it. */
export const invalidField = (path: string, message: (catalogue: Catalogue) => string) =>
  validationProblem((catalogue) => [{ path, message: message(catalogue) }]);

export const notFound = (what: ProblemParams['not-found']['what'], id?: string) =>
  problem('not-found', id === undefined ? { what } : { what, id });
export const forbidden = (group: string) => problem('forbidden', { group });
export const unauthorized = () => problem('unauthorized', {});

/** 409: the rules that now refuse an award, in the request's language. */
export const noLongerEligible = (reasons: readonly Reason[]) =>
  new Problem('no-longer-eligible', ({ language }) => ({
    reasons: reasons.map((reason) => renderReason(reason, language)),
  }));

/** 422 naming `amount`: not more than nothing and at most the ceiling (of a review or an appeal's grant). */
export function amountOutOfRange(ceiling: string): Problem {
  const message = (catalogue: Catalogue) => catalogue.fields.reviewAmount({ ceiling });
  return new Problem(
    'amount-out-of-range',
    (catalogue) => ({ message: message(catalogue) }),
    (catalogue) => [{ path: 'amount', message: message(catalogue) }],
  );
}

/** The problem a domain refusal is: its facts cited as they are, or put into the request's words. */
export function refusalProblem(refusal: Refusal): Problem {
  if (refusal.kind === 'no-longer-eligible')
    return noLongerEligible((refusal.facts as RefusalFacts['no-longer-eligible']).reasons);
  if (refusal.kind === 'amount-out-of-range')
    return amountOutOfRange((refusal.facts as RefusalFacts['amount-out-of-range']).ceiling);
  if (refusal.kind === 'validation') {
    const { fields } = refusal.facts as RefusalFacts['validation'];
    // A message citing parameters has none to cite here: its key stands (as shared/i18n renderFieldIssue).
    const text = (catalogue: Catalogue, key: FieldMessage) =>
      typeof catalogue.fields[key] === 'string' ? catalogue.fields[key] : key;
    return validationProblem((catalogue) =>
      fields.map(({ path, message }) => ({ path, message: text(catalogue, message) })),
    );
  }
  return new Problem(refusal.kind, () => refusal.facts as ProblemParams[typeof refusal.kind]);
}

/**
 * Runs a request's read-judge-write again while its write loses a race: each run judges what
 * won, so a race ends in an answer about the winner; races that never stop answer 409
 * concurrent-update.
 */
export async function judgedUntilStored<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await retryOnConflict(attempt);
  } catch (error) {
    if (error instanceof TransactionConflict) throw problem('concurrent-update', {});
    throw error;
  }
}
