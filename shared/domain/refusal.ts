/**
 * A rule of the domain refused what was asked: which rule (a problem type of the catalogue) and
 * the facts it cites. Domain code throws it on any path — an API call, a schedule, a queue — and
 * only the HTTP edge turns it into a status and a problem document (functions/commons/edge/http.ts).
 */
import { CATALOGUES, DEFAULT_LANGUAGE, type ProblemParams, type ProblemType } from '../i18n/index.js';

export class Refusal<T extends ProblemType = ProblemType> extends Error {
  constructor(
    readonly kind: T,
    readonly facts: ProblemParams[T],
  ) {
    const { detail } = CATALOGUES[DEFAULT_LANGUAGE].problems[kind] as { detail: (params: ProblemParams[T]) => string };
    super(`${kind}: ${detail(facts)}`);
    this.name = 'Refusal';
  }
}
