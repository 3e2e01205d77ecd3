/**
 * NATIONAL_PLATFORM — "A maximum of 100 million yuan will be rewarded to those recognized as
 * national key laboratories and national enterprise technology centers" (seed, line 19).
 * One award per recognition reference (compared normalised); a reviewer sets the amount.
 */
import { Assessment, type Context, type Decision } from '../decision.js';
import { normalisedRecognitionReference } from '../recognition.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, requirePositiveRequest, reviewUpTo } from './common.js';

export function assessNationalPlatform(context: Context<DetailsOf<'NATIONAL_PLATFORM'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { recognition, recognitionReference: reference, recognizedOn } = details;
  const normalised = normalisedRecognitionReference(reference);
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
