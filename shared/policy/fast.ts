/**
 * `evaluate` for throughput (the batch CLI, what-if runs): the same decisions and the same
 * validation errors, with caseSchema run through zod's generated validator (`z.compile`;
 * zod/mini objects have no fast path of their own). An invalid case is parsed again by zod's
 * ordinary parser, so issues, messages and paths are unchanged. The Lambdas use `evaluate`
 * from index.ts: they decide one case per message, which the compiler would not speed up,
 * and it would weigh on every bundle that decides.
 */
import * as z from '../zod.js';
import type { Decision } from './decision.js';
import { decideUnderOptions, parseCase, type EvaluateOptions } from './index.js';
import { caseSchema } from './schemas.js';

/** Built on the first case; `strict`: a schema the compiler cannot model fails loudly, in every test. */
let compiledCaseSchema: typeof caseSchema | undefined;

export function evaluateFast(input: unknown, options: EvaluateOptions = {}): Decision {
  compiledCaseSchema ??= z.compile(caseSchema, { strict: true });
  return decideUnderOptions(parseCase(input, compiledCaseSchema), options);
}
