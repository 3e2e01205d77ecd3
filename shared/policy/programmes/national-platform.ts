/**
 * NATIONAL_PLATFORM — "A maximum of 100 million yuan will be rewarded to those recognized as
 * national key laboratories and national enterprise technology centers" (seed, line 19).
 * One award per recognition reference (compared normalised); a reviewer sets the amount.
 */
import { Assessment, type AwardTerms, type Context, type Decision } from '../decision.js';
import { normalisedRecognitionReference } from '../recognition.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, requirePositiveRequest, reviewUpTo } from './common.js';

/** The recognition a claim names, normalised as the once-per-recognition rule compares it. */
export const recognitionClaimed = (details: Pick<DetailsOf<'NATIONAL_PLATFORM'>, 'recognitionReference'>): string =>
  normalisedRecognitionReference(details.recognitionReference);

/** An award records the recognition it rewards: each recognition is rewarded once, whoever holds it. */
export const nationalPlatformAwardTerms = (details: DetailsOf<'NATIONAL_PLATFORM'>): AwardTerms => ({
  recognitionReference: recognitionClaimed(details),
});

export function assessNationalPlatform(context: Context<DetailsOf<'NATIONAL_PLATFORM'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { recognition, recognitionReference: reference, recognizedOn } = details;
  const normalised = recognitionClaimed(details);
  const assessment = new Assessment(context);

  assessment.explain('NATIONAL_PLATFORM.recognition', { recognition, recognizedOn, reference });
  // Only a recognition already held qualifies (SPEC §3).
  assessment.require('NATIONAL_PLATFORM.recognizedOn', recognizedOn <= submittedOn, { recognizedOn, submittedOn });
  assessment.require(
    'NATIONAL_PLATFORM.oncePerRecognition',
    !awardsOf(history, 'NATIONAL_PLATFORM').some(
      (award) => normalisedRecognitionReference(award.recognitionReference ?? '') === normalised,
    ),
    { reference },
  );
  requirePositiveRequest(assessment, 'NATIONAL_PLATFORM', details.requestedAmount);
  if (assessment.hasFailed) return assessment.ineligible();
  return reviewUpTo(
    assessment,
    'NATIONAL_PLATFORM',
    details.requestedAmount,
    policy.parameters.nationalPlatformMax.value,
  );
}
