/**
 * The demo scenario (issue 5), shared by `npm run demo` (scripts/demo.ts) and the end-to-end
 * test (test/system/local-system.test.ts): one walk through the public HTTP API of a running
 * system, returning structured results the demo prints and the test asserts.
 *
 * Only the API is used, through the typed client generated from the OpenAPI document
 * (client/), which checks every answer against the document. The story, one act per step
 * (steps/): an admin certifies a platform; one application per programme (plus an uncertified
 * operating-cost claim to show a refusal); decisions with reasons; operating-cost claims for two
 * fiscal years (two in the first year, crossing the 1,000,000 yuan annual cap); the company's
 * revenue of the second year crossing a higher threshold (a step-up award); an admin approves
 * one NEEDS_REVIEW application and rejects another; the rejected applicant uploads evidence (a PDF
 * to the presigned URL, verified, downloaded back) and appeals, granted by a second admin; a
 * payout run per year; the ledger, the applicant's payouts, the statistics, a what-if simulation
 * (the operating-cost rate at 15%), the final states and the events.
 *
 * Every applicant id carries a per-run tag, so the scenario also runs against a system that
 * already holds data (e.g. a developer's `.local/`): it only counts what it created itself.
 * Each HTTP call is recorded as a step with the status it expected; `ok` is false when any
 * step, decision or awaited state differs from what the scenario expects.
 */
import { ScenarioContext, ScenarioError } from './context.js';
import type { ScenarioOptions, ScenarioResult } from './model.js';
import { certifyPlatform, checkAccess } from './steps/access.js';
import { appealRejection } from './steps/appeal.js';
import {
  applyOncePerProgramme,
  checkFinalStates,
  claimMoreOperatingCosts,
  stepUpRevenue,
} from './steps/applications.js';
import { checkEvents } from './steps/events.js';
import { bringBusinessLicence } from './steps/evidence.js';
import { readLedgerAndPayouts, readStatistics, runPayouts } from './steps/payouts.js';
import { reviewDesk } from './steps/review.js';
import { simulateReform } from './steps/simulation.js';

export { formatScenario } from './format.js';
export * from './model.js';

export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const ctx = new ScenarioContext(options);
  try {
    await checkAccess(ctx);
    await certifyPlatform(ctx);
    const { activity, settlement } = await applyOncePerProgramme(ctx);
    await claimMoreOperatingCosts(ctx);
    await stepUpRevenue(ctx);
    await reviewDesk(ctx, { activity, settlement });
    const licence = await bringBusinessLicence(ctx, settlement);
    await appealRejection(ctx, settlement, licence);
    await runPayouts(ctx);
    await readLedgerAndPayouts(ctx);
    await readStatistics(ctx);
    await simulateReform(ctx);
    await checkFinalStates(ctx);
    await checkEvents(ctx);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    ctx.fail(error.message);
  }
  return ctx.finish();
}
