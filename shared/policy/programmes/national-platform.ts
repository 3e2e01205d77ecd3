/**
 * NATIONAL_PLATFORM — "A maximum of 100 million yuan will be rewarded to those recognized as
 * national key laboratories and national enterprise technology centers" (seed, line 19).
 * One award per recognition reference (compared normalised); a reviewer sets the amount.
 */
import { Assessment, type Context, type Decision } from '../decision.js';
import { normalisedRecognitionReference } from '../recognition.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, requirePositiveRequest, reviewUpTo } from './common.js';

const RECOGNITION_NAMES = {
  NATIONAL_KEY_LABORATORY: 'national key laboratory',
  NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER: 'national enterprise technology centre',
} as const;

export function assessNationalPlatform(context: Context<DetailsOf<'NATIONAL_PLATFORM'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { recognition, recognitionReference, recognizedOn } = details;
  const reference = normalisedRecognitionReference(recognitionReference);
  const assessment = new Assessment(context);

  assessment.explain(
    'NATIONAL_PLATFORM.recognition',
    `Recognised as a ${RECOGNITION_NAMES[recognition]} on ${recognizedOn} (reference ${recognitionReference}).`,
  );
  assessment.require(
    'NATIONAL_PLATFORM.recognizedOn',
    recognizedOn <= submittedOn,
    () => `Recognised on ${recognizedOn}, on or before the submission on ${submittedOn}.`,
    () => `Recognised on ${recognizedOn}, after the submission on ${submittedOn}: only a recognition already held qualifies.`,
  );
  assessment.require(
    'NATIONAL_PLATFORM.oncePerRecognition',
    !awardsOf(history, 'NATIONAL_PLATFORM').some((award) => normalisedRecognitionReference(award.recognitionReference ?? '') === reference),
    () => `No earlier award for recognition ${recognitionReference}.`,
    () => `Recognition ${recognitionReference} has already been rewarded; each recognition is rewarded once.`,
  );
  requirePositiveRequest(assessment, 'NATIONAL_PLATFORM', details.requestedAmount);
  if (assessment.hasFailed) return assessment.ineligible();
  return reviewUpTo(assessment, 'NATIONAL_PLATFORM', details.requestedAmount, policy.parameters.nationalPlatformMax.value);
}
