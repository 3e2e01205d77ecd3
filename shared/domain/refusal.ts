/**
 * A rule of the domain refused what was asked: which rule (a problem type of the catalogue) and
 * the facts it cites, in no language. Domain code throws it on any path — an API call, a schedule,
 * a queue — and only the HTTP edge turns it into a status and a problem document in the request's
 * language (functions/commons/edge/problems.ts refusalProblem).
 */
import type { ProblemParams, ProblemType } from '../i18n/index.js';
import type { Reason } from '../policy/index.js';
import type { FieldMessage } from '../field-messages.js';

/**
 * What a refusal cites: its problem's params, but the policy's reasons, an amount's ceiling and
 * the fields refused (by the key of their message) as facts the edge words.
 */
export type RefusalFacts = {
  [T in ProblemType]: T extends 'no-longer-eligible'
    ? { reasons: readonly Reason[] }
    : T extends 'amount-out-of-range'
      ? { ceiling: string }
      : T extends 'validation'
        ? { fields: readonly { path: string; message: FieldMessage }[] }
        : ProblemParams[T];
};

export class Refusal<T extends ProblemType = ProblemType> extends Error {
  constructor(
    readonly kind: T,
    readonly facts: RefusalFacts[T],
  ) {
    super(`${kind}: ${JSON.stringify(facts)}`);
    this.name = 'Refusal';
  }
}
