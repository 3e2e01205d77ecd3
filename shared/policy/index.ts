/**
 * The policy library: decides eligibility and exact amounts for every programme of the
 * Lin-gang AI support policy. Pure and deterministic; no I/O, no AWS.
 */
import { shanghaiDate, shanghaiDateOfValidInstant, type IsoDate } from './dates.js';
import type { Decision, Judgement } from './decision.js';
import { PolicyValidationError, UnknownPolicyVersionError } from './errors.js';
import type { PolicyVersion } from './parameters.js';
import { awardTermsOf, PROGRAMME_RULES } from './programmes/index.js';
import { caseSchema, type Case } from './schemas.js';
import { POLICY_REGISTRY, type PolicyRegistry } from './versions/index.js';

export interface EvaluateOptions {
  /** Evaluate under this version instead of the one in force on the submission date (what-if runs). */
  policy?: string;
  registry?: PolicyRegistry;
}

/** Validates one case (SPEC §3.1 batch format); throws PolicyValidationError naming each bad field. */
export function parseCase(input: unknown, schema: typeof caseSchema = caseSchema): Case {
  // The input in each issue lets zod's messages be rendered again in another language.
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw PolicyValidationError.fromZod(result.error);
  return result.data;
}

/** The version a case is judged under: the named one, or the one in force on its Shanghai submission date. */
export function versionFor(
  submittedAt: string,
  options: EvaluateOptions = {},
  submittedOn: IsoDate = shanghaiDate(submittedAt),
): PolicyVersion {
  const registry = options.registry ?? POLICY_REGISTRY;
  if (options.policy === undefined) return registry.inForceOn(submittedOn);
  const version = registry.byId(options.policy);
  if (!version) throw new UnknownPolicyVersionError(options.policy);
  return version;
}

/**
 * Decides an already validated case under `version`. The application window is always the
 * one in force on the submission date, so a what-if run under a later version re-judges
 * past applications by the new figures instead of refusing them all as too early.
 */
export function decide(
  validCase: Case,
  version: PolicyVersion,
  registry: PolicyRegistry = POLICY_REGISTRY,
  submittedOn: IsoDate = shanghaiDateOfValidInstant(validCase.submittedAt),
): Decision {
  // The discriminated union pairs each programme with its details; the table keeps that pairing.
  const rules = PROGRAMME_RULES[validCase.programme];
  const assess = rules.assess as (context: unknown) => Decision;
  // Built in one literal (no spread) so that every case's context has the same shape; rules that
  // read no history get none, so that their decision cannot depend on it.
  return assess({
    details: validCase.details,
    organisation: validCase.organisation,
    submittedOn,
    history: rules.readsHistory ? validCase.history : { certifications: [], awards: [] },
    policy: version,
    inForce: registry.inForceOn(submittedOn),
  });
}

/** Validates and decides one case: same case, same policy, same decision, byte for byte. */
export function evaluate(input: unknown, options: EvaluateOptions = {}): Decision {
  return decideUnderOptions(parseCase(input), options);
}

/**
 * Validates and decides one case under the version in force on its date, with the terms of the
 * award the decision makes: what the evaluator and a reviewer's approval record with its amount.
 */
export function judge(input: unknown): Judgement {
  const validCase = parseCase(input);
  const decision = decideUnderOptions(validCase);
  return { decision, award: awardTermsOf(validCase, decision.reasons) };
}

/** Decides a validated case under the version the options name or the one in force on its date. */
export function decideUnderOptions(validCase: Case, options: EvaluateOptions = {}): Decision {
  // The Shanghai date is worked out once: it picks the version and feeds the rules.
  const submittedOn = shanghaiDateOfValidInstant(validCase.submittedAt);
  return decide(validCase, versionFor(validCase.submittedAt, options, submittedOn), options.registry, submittedOn);
}

export { applicationWindowAt } from './application-window.js';
export { shanghaiDate } from './dates.js';
export type { IsoDate } from './dates.js';
export { OUTCOMES, type AwardTerms, type Decision, type Judgement, type Outcome, type Reason } from './decision.js';
export { PolicyValidationError, UnknownPolicyVersionError, fieldIssuesOf, type FieldIssue } from './errors.js';
export {
  FORMATTED_YUAN_PATTERN,
  SIGNED_YUAN_PATTERN,
  formatYuan,
  parseYuan,
  percentOf,
  yuan,
  type Fen,
} from './money.js';
export type {
  Parameter,
  ParameterUnit,
  PolicyParameters,
  PolicyVersion,
  Reference,
  RevenueAwardRule,
  RevenueTier,
  ValueIn,
} from './parameters.js';
export { historyRead, readsHistory, REVIEWED_PROGRAMMES, type HistoryRead } from './programmes/index.js';
export * from './schemas.js';
export { normalisedRecognitionReference } from './recognition.js';
export { isValidUscc, usccCheckCharacter } from './uscc.js';
export { LG_AI_2020, LG_AI_2020_R1, POLICY_REGISTRY, PolicyRegistry } from './versions/index.js';
