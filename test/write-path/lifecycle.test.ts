/**
 * Each programme from submission to its stored decision (and, for the reviewed programmes,
 * to the review), through the real queue, table and bus.
 */
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../shared/domain/application.js';
import { normalisedRecognitionReference, type ProgrammeCode } from '../../shared/policy/index.js';
import {
  applicantItems,
  applicationsOf,
  body,
  certify,
  drainQueue,
  eventsAbout,
  newApplicantId,
  rawItem,
  review,
  storedApplication,
  submit,
  submitAndEvaluate,
} from './write-path.js';
import { inLanguage } from '../../functions/commons/edge/views.js';

const ELIGIBLE: [ProgrammeCode, string, boolean][] = [
  ['OSP_RND', '1500000.00', false],
  ['OSP_OPERATING', '200000.00', false],
  ['REVENUE_MILESTONE', '1000000.00', false],
];
const REVIEWED: [ProgrammeCode, string, boolean][] = [
  ['AI_ACTIVITY', '300000.00', false],
  ['ENTERPRISE_SETTLEMENT', '8000000.00', true],
  ['NATIONAL_PLATFORM', '5000000.00', false],
];

describe('submission', () => {
  it('answers 202 with the id, stores the application as submitted, queues it and announces it', async () => {
    const applicantId = newApplicantId();
    const payload = body('OSP_RND', { rndCosts: '3000000.5' });
    const response = await submit(applicantId, payload);

    expect(response.status).toBe(202);
    const { applicationId, status, submittedAt } = response.body;
    expect(status).toBe('SUBMITTED');
    expect(applicationId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(response.headers.location).toBe(`/v1/applications/${applicationId}`);

    const stored = await storedApplication(applicationId);
    expect(stored).toMatchObject({
      applicationId,
      applicantId,
      status: 'SUBMITTED',
      submittedAt,
      programme: 'OSP_RND',
    });
    // Exactly as submitted: the yuan string keeps its single decimal.
    expect(stored!.details).toEqual(payload.details);
    expect(stored!.organisation).toEqual(payload.organisation);
    expect(stored!.audit).toEqual([{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }]);

    const [submitted] = await eventsAbout(applicationId, 'ApplicationSubmitted');
    expect(submitted?.source).toBe('lingang.ai-subsidy');
    expect(submitted?.detail).toMatchObject({
      applicationId,
      applicantId,
      programme: 'OSP_RND',
      submittedAt,
      schemaVersion: '1.2',
      sequence: 1,
    });
    expect(await drainQueue(applicationId)).toHaveLength(1);
  });
});

describe.each(ELIGIBLE)('%s lifecycle', (programme, amount, capApplied) => {
  it(`is evaluated ELIGIBLE for ${amount} yuan, recorded as an award and announced`, async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    const application = await submitAndEvaluate(applicantId, body(programme));
    const { applicationId } = application;

    expect(application.status).toBe('ELIGIBLE');
    expect(application.decision).toMatchObject({
      outcome: 'ELIGIBLE',
      amount,
      capApplied,
      policyVersion: 'LG-AI-2020-R1',
    });
    expect(application.decision!.reasons.length).toBeGreaterThan(0);
    expect(application.audit).toHaveLength(2);
    expect(application.audit[1]).toMatchObject({ by: SYSTEM_ACTOR, from: 'SUBMITTED', to: 'ELIGIBLE' });

    const award = await rawItem(`APPLICANT#${applicantId}`, `AWARD#${applicationId}`);
    expect(award).toMatchObject({ programme, amount, applicationId });
    if (programme === 'OSP_OPERATING') expect(award!.fiscalYear).toBe(2021);
    expect(await rawItem(`APPLICANT#${applicantId}`, 'AWARDS')).toMatchObject({ version: 1 });

    const events = await eventsAbout(applicationId, 'ApplicationEvaluated');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({
      applicationId,
      applicantId,
      programme,
      outcome: 'ELIGIBLE',
      amount,
      capApplied,
      policyVersion: 'LG-AI-2020-R1',
      sequence: 2,
    });
    expect(events[0]!.detail.occurredAt).toBe(application.audit[1]!.at);
  });
});

describe('ineligible', () => {
  it('an R&D claim without a certification is INELIGIBLE, with no award', async () => {
    const applicantId = newApplicantId();
    const application = await submitAndEvaluate(applicantId, body('OSP_RND'));
    expect(application.status).toBe('INELIGIBLE');
    expect(application.decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00' });
    expect(application.decision!.reasons.map((reason) => reason.rule)).toContain('OSP_RND.certification');
    expect(await applicantItems(applicantId)).toEqual([]);
  });

  it('a second revenue milestone of the same applicant is INELIGIBLE', async () => {
    const applicantId = newApplicantId();
    await submitAndEvaluate(applicantId, body('REVENUE_MILESTONE'));
    const second = await submitAndEvaluate(
      applicantId,
      body('REVENUE_MILESTONE', { fiscalYear: 2022, priorYears: [] }),
    );
    expect(second.status).toBe('INELIGIBLE');
    expect(second.decision!.reasons.map((reason) => reason.rule)).toContain('REVENUE_MILESTONE.higherTier');
  });
});

describe.each(REVIEWED)('%s lifecycle', (programme, ceiling, capApplied) => {
  it(`needs review up to ${ceiling} yuan; an approval within it is awarded and announced`, async () => {
    const applicantId = newApplicantId();
    const details = programme === 'NATIONAL_PLATFORM' ? { recognitionReference: `NKL-${applicantId}` } : {};
    const application = await submitAndEvaluate(applicantId, body(programme, details));
    const { applicationId } = application;
    expect(application.status).toBe('NEEDS_REVIEW');
    expect(application.decision).toMatchObject({ outcome: 'NEEDS_REVIEW', amount: ceiling, capApplied });
    expect(await applicantItems(applicantId)).toEqual([]);

    const tooMuch = await review(applicationId, {
      decision: 'APPROVE',
      amount: (Number.parseInt(ceiling) + 1).toFixed(2),
      note: 'too much',
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ path: 'amount' })]);
    expect((await review(applicationId, { decision: 'APPROVE', amount: '0', note: 'nothing' })).status).toBe(422);

    const approved = await review(applicationId, { decision: 'APPROVE', amount: ceiling, note: 'Meets the criteria.' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      applicationId,
      status: 'APPROVED',
      review: { decision: 'APPROVE', amount: ceiling, note: 'Meets the criteria.', reviewedBy: 'admin-1' },
    });
    expect(approved.body.audit.at(-1)).toMatchObject({ by: 'admin-1', from: 'NEEDS_REVIEW', to: 'APPROVED' });
    expect(approved.body.pk).toBeUndefined();
    // The API shows the stored application, its reasons put into words (English by default).
    expect(inLanguage((await storedApplication(applicationId))!, 'en')).toEqual(approved.body);

    const award = await rawItem(`APPLICANT#${applicantId}`, `AWARD#${applicationId}`);
    expect(award).toMatchObject({ programme, amount: ceiling });
    const [reviewed] = await eventsAbout(applicationId, 'ApplicationReviewed');
    // Numbered in commit order: submitted 1, evaluated 2, reviewed 3; the count is stored with the state change.
    expect(reviewed?.detail).toMatchObject({
      applicationId,
      applicantId,
      programme,
      decision: 'APPROVE',
      amount: ceiling,
      reviewedBy: 'admin-1',
      sequence: 3,
    });
    expect((await eventsAbout(applicationId, 'ApplicationEvaluated'))[0]?.detail.sequence).toBe(2);
    expect(await rawItem(`APP#${applicationId}`, 'APP')).toMatchObject({ eventSequence: 3 });

    // The same review again (a retry) is answered from what is stored; it changes nothing, so it announces nothing.
    const repeat = await review(applicationId, { decision: 'APPROVE', amount: ceiling, note: 'Meets the criteria.' });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(approved.body);
    const announced = await eventsAbout(applicationId, 'ApplicationReviewed');
    expect(announced.map((event) => event.detail)).toEqual([reviewed!.detail]);
    // Reviewed once: another review is refused.
    expect((await review(applicationId, { decision: 'REJECT', note: 'again' })).status).toBe(409);
    expect(
      (await review(applicationId, { decision: 'APPROVE', amount: '1.00', note: 'Meets the criteria.' })).status,
    ).toBe(409);
  });
});

describe('review', () => {
  it('a rejection closes the application without an award', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('AI_ACTIVITY'));
    const rejected = await review(applicationId, { decision: 'REJECT', note: 'Not an AI activity.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      review: { decision: 'REJECT', note: 'Not an AI activity.' },
    });
    expect(rejected.body.review.amount).toBeUndefined();
    expect(await applicantItems(applicantId)).toEqual([]);
    const [event] = await eventsAbout(applicationId, 'ApplicationReviewed');
    expect(event?.detail).toMatchObject({ decision: 'REJECT' });
  });

  it('refuses bad bodies naming the field, non-admins, unknown ids and applications not awaiting review', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('AI_ACTIVITY'));
    const missingAmount = await review(applicationId, { decision: 'APPROVE', note: 'ok' });
    expect(missingAmount.status).toBe(400);
    expect(missingAmount.body.errors).toEqual([expect.objectContaining({ path: 'amount' })]);
    const unknownField = await review(applicationId, { decision: 'REJECT', note: 'x', extra: 1 });
    expect(unknownField.body.errors).toEqual([expect.objectContaining({ path: 'extra' })]);
    expect((await review(applicationId, { decision: 'APPROVE', amount: 10, note: 'x' })).status).toBe(400);
    expect((await review(applicationId, { decision: 'REJECT', note: '' })).status).toBe(400);
    expect((await review(applicationId, { decision: 'REJECT', note: 'x' }, { sub: applicantId })).status).toBe(403);
    expect((await review('no-such-application', { decision: 'REJECT', note: 'x' })).status).toBe(404);

    await certify(applicantId);
    const eligible = await submitAndEvaluate(applicantId, body('OSP_RND'));
    const notReviewable = await review(eligible.applicationId, { decision: 'REJECT', note: 'x' });
    expect(notReviewable.status).toBe(409);
    expect((await storedApplication(applicationId))!.status).toBe('NEEDS_REVIEW');
  });

  it('re-checks once-only rules at approval: of two settlements of one applicant approved at once, one is refused with the reason', async () => {
    const applicantId = newApplicantId();
    // Both evaluated before either is approved: both need review.
    const submitted = [
      await submit(applicantId, body('ENTERPRISE_SETTLEMENT')),
      await submit(applicantId, body('ENTERPRISE_SETTLEMENT')),
    ];
    await drainQueue(...submitted.map((answer) => answer.body.applicationId as string));
    const [first, second] = await Promise.all(
      (await applicationsOf(applicantId)).map((item) => storedApplication(String(item.applicationId))),
    );
    expect(first!.status).toBe('NEEDS_REVIEW');
    expect(second!.status).toBe('NEEDS_REVIEW');

    // Both approved at the same time: the applicant's award lock lets exactly one through.
    const results = await Promise.all(
      [first!, second!].map((application) =>
        review(application.applicationId, { decision: 'APPROVE', amount: '1000000.00', note: 'ok' }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const refusedIndex = results.findIndex((result) => result.status === 409);
    expect(results[refusedIndex]!.body.detail).toContain('ENTERPRISE_SETTLEMENT.oncePerApplicant');
    const refusedId = [first!, second!][refusedIndex]!.applicationId;
    expect((await storedApplication(refusedId))!.status).toBe('NEEDS_REVIEW');
    expect((await applicantItems(applicantId)).filter((item) => String(item.sk).startsWith('AWARD#'))).toHaveLength(1);
    // The refused one can still be rejected.
    expect((await review(refusedId, { decision: 'REJECT', note: 'already settled' })).status).toBe(200);
  });

  it('a recognition is rewarded once across applicants, even when both approvals race with two spellings of it', async () => {
    const reference = `NKL-${newApplicantId()}`;
    // The same recognition (SPEC §3): compared, and keyed, after NFKC, trimming, removing inner whitespace, upper-casing.
    const spellings = [reference, ` ${reference.toLowerCase().replace('-', ' -')} `];
    const [a, b] = await Promise.all(
      spellings.map((spelling) =>
        submit(newApplicantId(), body('NATIONAL_PLATFORM', { recognitionReference: spelling })),
      ),
    );
    const ids = [a!.body.applicationId as string, b!.body.applicationId as string];
    await drainQueue(...ids);
    for (const id of ids) expect((await storedApplication(id))!.status).toBe('NEEDS_REVIEW');

    const results = await Promise.all(
      ids.map((id) => review(id, { decision: 'APPROVE', amount: '1000000.00', note: 'ok' })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(results.find((result) => result.status === 409)!.body.detail).toContain(
      'NATIONAL_PLATFORM.oncePerRecognition',
    );
    const marker = normalisedRecognitionReference(reference);
    expect(marker).toBe(reference.toUpperCase());
    expect(await rawItem(`RECOGNITION#${marker}`, 'RECOGNITION')).toMatchObject({ recognitionReference: marker });

    // A later claim on the same recognition is INELIGIBLE at evaluation already.
    const later = await submitAndEvaluate(
      newApplicantId(),
      body('NATIONAL_PLATFORM', { recognitionReference: reference }),
    );
    expect(later.status).toBe('INELIGIBLE');
  });
});
