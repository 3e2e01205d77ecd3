/**
 * Rule `policy.window` (SPEC §4): applications are accepted from the `applicationsFrom` of the
 * version in force on the Shanghai submission date. The assessment of every case applies it, and
 * the submission refuses an application that misses it.
 */
import { shanghaiDate, type IsoDate } from './dates.js';
import type { PolicyVersion } from './parameters.js';
import type { ReasonParams } from './reasons.js';
import { POLICY_REGISTRY, type PolicyRegistry } from './versions/index.js';

/** Whether a case submitted on `submittedOn` meets the window of `inForce`, the version in force that day. */
export const applicationWindow = (submittedOn: IsoDate, inForce: PolicyVersion): ReasonParams['policy.window'] => ({
  held: submittedOn >= inForce.applicationsFrom,
  submittedOn,
  version: inForce.id,
  opensOn: inForce.applicationsFrom,
});

/** The window a submission at the instant `submittedAt` meets or misses. */
export function applicationWindowAt(
  submittedAt: string,
  registry: PolicyRegistry = POLICY_REGISTRY,
): ReasonParams['policy.window'] {
  const submittedOn = shanghaiDate(submittedAt);
  return applicationWindow(submittedOn, registry.inForceOn(submittedOn));
}
