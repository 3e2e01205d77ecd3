/**
 * Appeals (SPEC §11) through the real handlers, table, queue and bus: the window (the clock
 * moved), once only, separation of duties, UPHOLD and GRANT, a granted operating-cost
 * entitlement paid by the next run, and grants racing other awards without passing a cap.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { handler as adminHandler } from '../../functions/admin-api/handler.js';
import { startPayoutRun } from '../../functions/admin-api/payout-runs.js';
import { appealApplication } from '../../functions/applicant-api/appeal.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { documentItem } from '../../functions/commons/store/update-item/documents.js';
import { httpHandler } from '../../functions/commons/edge/http.js';
import { daysAfter } from '../../shared/policy/dates.js';
import { shanghaiDate } from '../../shared/policy/index.js';
import { drainPayouts, ledgerEntry, payoutResources, sumYuan } from '../payout/payout-support.js';
import { admin, applicant, caller } from '../support/http-events.js';
import {
  applicantItems,
  body,
  certify,
  doc,
  drainQueue,
  eventsAbout,
  newApplicantId,
  review,
  storedApplication,
  submit,
  submitAndEvaluate,
  tableName,
} from './write-path.js';
import { LOCAL_ADMIN_RECOGNITION } from '../../infra/local/dev-auth.js';
import { localAws } from '../support/emulators/env.js';
import { expectStatisticsReconciled } from '../support/statistics.js';

/** The routes under test, called as API Gateway would call their functions. */
const call = {
  appeal: caller(
    httpHandler((event) => appealApplication({ table: tableName, admins: LOCAL_ADMIN_RECOGNITION }, event)),
  ),
  decide: caller(adminHandler),
  run: caller(httpHandler((event) => startPayoutRun(payoutResources, event))),
};
const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
});

const GROUNDS = 'The platform certification covered the whole period; the certificate is attached.';
const appeal = (applicationId: string, applicantId: string, payload: unknown = { grounds: GROUNDS }) =>
  call.appeal('POST /v1/applications/{id}/appeal', {
    as: applicant(applicantId),
    path: { id: applicationId },
    body: payload,
  });
const decide = (applicationId: string, payload: unknown, by = 'appeals-admin', headers: Record<string, string> = {}) =>
  call.decide('POST /v1/admin/applications/{id}/appeal-decision', {
    as: admin(by),
    path: { id: applicationId },
    body: payload,
    headers,
  });

/** An operating-cost claim of a platform without a certification: INELIGIBLE. */
const uncertifiedOperating = (applicantId: string, fiscalYear: number, operatingCosts = '8000000.00') =>
  submitAndEvaluate(applicantId, body('OSP_OPERATING', { fiscalYear, operatingCosts }));

/** The instant the application reached its current status (the decision or review appealed). */
const decidedAt = (audit: { at: string }[]) => audit.at(-1)!.at;

describe('appealing', () => {
  it('an INELIGIBLE decision: 202 APPEALED once, announced once; a second appeal 409, another applicant 404', async () => {
    const applicantId = newApplicantId();
    const { applicationId, status } = await submitAndEvaluate(applicantId, body('OSP_RND'));
    expect(status).toBe('INELIGIBLE');

    expect((await appeal(applicationId, newApplicantId())).status).toBe(404);
    const bad = await appeal(applicationId, applicantId, { grounds: '  ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'grounds' })]);
    const unknownDocument = await appeal(applicationId, applicantId, {
      grounds: GROUNDS,
      documentIds: ['01NOSUCHDOCUMENT'],
    });
    expect(unknownDocument.status).toBe(400);
    expect(unknownDocument.body.errors).toEqual([
      { path: 'documentIds.0', message: 'not a document of this application' },
    ]);
    expect((await storedApplication(applicationId))!.status).toBe('INELIGIBLE');

    const appealed = await appeal(applicationId, applicantId);
    expect(appealed.status).toBe(202);
    expect(appealed.body).toMatchObject({
      applicationId,
      status: 'APPEALED',
      appeal: { grounds: GROUNDS, documentIds: [] },
    });
    const stored = (await storedApplication(applicationId))!;
    expect(stored.audit.at(-1)).toEqual({
      at: stored.appeal!.appealedAt,
      by: applicantId,
      from: 'INELIGIBLE',
      to: 'APPEALED',
    });

    const again = await appeal(applicationId, applicantId);
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/\/already-appealed$/);
    const events = await eventsAbout(applicationId, 'ApplicationAppealed');
    expect(events.map((event) => event.detail)).toEqual([
      expect.objectContaining({
        applicationId,
        applicantId,
        programme: 'OSP_RND',
        from: 'INELIGIBLE',
        documentIds: [],
        occurredAt: stored.appeal!.appealedAt,
      }),
    ]);
  });

  it('cites documents of the application', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('OSP_RND'));
    const document = documentItem({
      documentId: '01J9Z8Y7X6W5V4T3S2R1Q0P9N8',
      applicationId,
      applicantId,
      kind: 'RECOGNITION_CERTIFICATE',
      fileName: 'certificate.pdf',
      contentType: 'application/pdf',
      size: 1024,
      sha256: 'a'.repeat(64),
      status: 'VERIFIED',
      createdAt: new Date().toISOString(),
    });
    await doc.send(new PutCommand({ TableName: tableName, Item: document }));
    const twice = await appeal(applicationId, applicantId, {
      grounds: GROUNDS,
      documentIds: [document.documentId, document.documentId],
    });
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: 'documentIds.1' })]);
    const appealed = await appeal(applicationId, applicantId, { grounds: GROUNDS, documentIds: [document.documentId] });
    expect(appealed.status).toBe(202);
    expect(appealed.body.appeal.documentIds).toEqual([document.documentId]);
  });

  it('is refused on an ELIGIBLE application (appeal-not-allowed)', async () => {
    const applicantId = newApplicantId();
    await certify(applicantId);
    const { applicationId, status } = await submitAndEvaluate(applicantId, body('OSP_RND'));
    expect(status).toBe('ELIGIBLE');
    const refused = await appeal(applicationId, applicantId);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/\/appeal-not-allowed$/);
    expect(await eventsAbout(applicationId, 'ApplicationAppealed')).toEqual([]);
  });

  it('is open through the 60th Shanghai calendar day after the decision, closed from the 61st', async () => {
    const applicantId = newApplicantId();
    const [late, inTime] = [
      await submitAndEvaluate(applicantId, body('OSP_RND')),
      await submitAndEvaluate(applicantId, body('OSP_RND')),
    ];
    const lastDay = daysAfter(shanghaiDate(decidedAt(late.audit)), 60);

    clock.now = () => new Date(`${daysAfter(lastDay, 1)}T00:00:00+08:00`);
    const closed = await appeal(late.applicationId, applicantId);
    expect(closed.status).toBe(409);
    expect(closed.body.type).toMatch(/\/appeal-window-closed$/);
    expect(closed.body.detail).toContain(`for 60 days, through ${lastDay}`);
    expect((await storedApplication(late.applicationId))!.status).toBe('INELIGIBLE');

    clock.now = () => new Date(`${daysAfter(shanghaiDate(decidedAt(inTime.audit)), 60)}T23:59:59+08:00`);
    expect((await appeal(inTime.applicationId, applicantId)).status).toBe(202);
  });
});

describe('deciding an appeal', () => {
  it('UPHOLD restores the outcome appealed, with reasons in both languages, announced once', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('OSP_RND'));
    expect((await decide(applicationId, { decision: 'UPHOLD', note: 'x' })).body.type).toMatch(/\/not-appealed$/);
    await appeal(applicationId, applicantId);

    const upheld = await decide(
      applicationId,
      { decision: 'UPHOLD', note: 'No certification covers the period.' },
      'appeals-admin',
      { 'accept-language': 'zh-CN' },
    );
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({
      status: 'INELIGIBLE',
      appeal: {
        decision: 'UPHOLD',
        note: 'No certification covers the period.',
        decidedBy: 'appeals-admin',
        reasons: [
          {
            rule: 'appeal.upheld',
            message: '经复核，维持原决定（不符合条件）。不影响依法申请行政复议或提起行政诉讼的权利。',
          },
        ],
      },
    });
    expect(upheld.body.audit.at(-1)).toMatchObject({ by: 'appeals-admin', from: 'APPEALED', to: 'INELIGIBLE' });
    // A retry of the same decision is answered from what is stored; another decision is 409; no second appeal.
    expect(
      (await decide(applicationId, { decision: 'UPHOLD', note: 'No certification covers the period.' })).status,
    ).toBe(200);
    expect((await decide(applicationId, { decision: 'GRANT', amount: '1.00', note: 'x' })).status).toBe(409);
    expect((await appeal(applicationId, applicantId)).body.type).toMatch(/\/already-appealed$/);

    const [decided, ...more] = await eventsAbout(applicationId, 'AppealDecided');
    expect(more).toEqual([]);
    expect(decided!.detail).toMatchObject({
      applicationId,
      decision: 'UPHOLD',
      status: 'INELIGIBLE',
      decidedBy: 'appeals-admin',
    });
    expect((decided!.detail as { reasons: { message: unknown }[] }).reasons[0]!.message).toEqual({
      en: 'On review of the appeal the decision is upheld: the application is INELIGIBLE again. This does not affect the right to apply for administrative reconsideration or bring an administrative lawsuit.',
      'zh-CN': '经复核，维持原决定（不符合条件）。不影响依法申请行政复议或提起行政诉讼的权利。',
    });
    expect(await applicantItems(applicantId)).toEqual([]);
  });

  it('the reviewer may not decide the appeal of their own review (403); another admin grants within the ceiling', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('AI_ACTIVITY'));
    expect(
      (await review(applicationId, { decision: 'REJECT', note: 'Not an AI activity.' }, admin('reviewer-1'))).status,
    ).toBe(200);
    expect((await appeal(applicationId, applicantId)).status).toBe(202);

    const own = await decide(applicationId, { decision: 'GRANT', amount: '300000.00', note: 'x' }, 'reviewer-1');
    expect(own.status).toBe(403);
    expect(own.body.type).toMatch(/\/appeal-decider-reviewed$/);
    expect((await decide(applicationId, { decision: 'GRANT', note: 'x' }, 'reviewer-2')).body.errors).toEqual([
      expect.objectContaining({ path: 'amount' }),
    ]);
    expect(
      (await decide(applicationId, { decision: 'GRANT', amount: '300000.01', note: 'x' }, 'reviewer-2')).status,
    ).toBe(422);

    const granted = await decide(
      applicationId,
      { decision: 'GRANT', amount: '250000.00', note: 'It is a competition.' },
      'reviewer-2',
    );
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      status: 'APPROVED',
      appeal: { decision: 'GRANT', amount: '250000.00', decidedBy: 'reviewer-2' },
    });
    expect(granted.body.appeal.reasons.map((reason: { rule: string }) => reason.rule)).toEqual([
      'AI_ACTIVITY.cap',
      'appeal.granted',
    ]);
    expect(await applicantItems(applicantId)).toContainEqual(
      expect.objectContaining({ sk: `AWARD#${applicationId}`, amount: '250000.00' }),
    );
    const events = await eventsAbout(applicationId, 'AppealDecided');
    expect(events.map((event) => event.detail)).toEqual([
      expect.objectContaining({ decision: 'GRANT', status: 'APPROVED', amount: '250000.00', decidedBy: 'reviewer-2' }),
    ]);
  });

  it('GRANT on an operating-cost claim makes an ELIGIBLE entitlement that the next payout run pays', async () => {
    const applicantId = newApplicantId();
    const { applicationId, decision } = await uncertifiedOperating(applicantId, 2022);
    await appeal(applicationId, applicantId);
    const granted = await decide(applicationId, {
      decision: 'GRANT',
      amount: '150000.00',
      note: 'Certified during 2022.',
    });
    expect(granted.body).toMatchObject({
      status: 'ELIGIBLE',
      decision: { outcome: 'ELIGIBLE', amount: '150000.00', capApplied: false },
      appeal: {
        amount: '150000.00',
        originalDecision: { outcome: 'INELIGIBLE', amount: '0.00', policyVersion: decision!.policyVersion },
      },
    });

    expect((await call.run('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2022 } })).status).toBe(
      202,
    );
    await drainPayouts();
    expect(await ledgerEntry(applicationId)).toMatchObject({ applicantId, fiscalYear: 2022, amount: '150000.00' });
    expect((await storedApplication(applicationId))!.status).toBe('PAID');
  });
});

describe('grants never pass a cap', () => {
  /** The operating-cost awards of a fiscal year in the applicant's partition. */
  const awardedIn = async (applicantId: string, fiscalYear: number) =>
    (await applicantItems(applicantId))
      .filter((item) => String(item.sk).startsWith('AWARD#') && item.fiscalYear === fiscalYear)
      .map((item) => String(item.amount));

  it('two GRANTs at once: the second sees what the first took (1,000,000 yuan a year)', async () => {
    const applicantId = newApplicantId();
    const claims = [await uncertifiedOperating(applicantId, 2023), await uncertifiedOperating(applicantId, 2023)];
    for (const { applicationId } of claims) expect((await appeal(applicationId, applicantId)).status).toBe(202);

    const results = await Promise.all(
      claims.map(({ applicationId }, i) =>
        decide(applicationId, { decision: 'GRANT', amount: '800000.00', note: 'race' }, `admin-${i}`),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 422]);
    expect(results.find((result) => result.status === 422)!.body.errors[0].message).toContain(
      'at most 200,000.00 yuan',
    );
    expect(sumYuan(await awardedIn(applicantId, 2023))).toBe('800000.00');
  });

  it('a GRANT racing an evaluation of the same year: together within the cap', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await uncertifiedOperating(applicantId, 2024);
    await appeal(applicationId, applicantId);
    await certify(applicantId);
    const submitted = await submit(
      applicantId,
      body('OSP_OPERATING', { fiscalYear: 2024, operatingCosts: '8000000.00' }),
    );
    expect(submitted.status).toBe(202);

    // Until the claim is decided: an empty queue alone may come before the relay has queued it.
    const [, granted] = await Promise.all([
      drainQueue(submitted.body.applicationId),
      decide(applicationId, { decision: 'GRANT', amount: '800000.00', note: 'race' }),
    ]);
    expect([200, 422]).toContain(granted.status);
    const awarded = await awardedIn(applicantId, 2024);
    expect(awarded).toHaveLength(2 - (granted.status === 422 ? 1 : 0));
    expect(sumYuan(awarded)).toBe(granted.status === 200 ? '1000000.00' : '800000.00');
  });
});

it('leaves the statistics equal to a recount of the records (SPEC §12)', () =>
  expectStatisticsReconciled(localAws().resources));
