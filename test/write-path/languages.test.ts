/**
 * Two languages (SPEC §3.2) through the real table, queue and bus: the decision is stored
 * language-neutral, the API answers in the language negotiated from Accept-Language and names it
 * in Content-Language, problem documents included, and ApplicationEvaluated carries both texts.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/index.js';
import { sampleApplication, seedApplications } from '../support/applications.js';
import { applicant, caller, type Response } from '../support/http-events.js';
import { citedFigures, HAN } from '../policy/bilingual.js';
import { body, doc, eventsAbout, newApplicantId, rawItem, submit, submitAndEvaluate, tableName } from './write-path.js';

const { handler: applicantApi } = await import('../../functions/applicant-api/handler.js');
const call = caller(applicantApi);

type Reasons = Array<{ rule: string; message: string }>;
const read = (applicantId: string, id: string, acceptLanguage?: string) =>
  call('GET /v1/applications/{id}', {
    as: applicant(applicantId),
    path: { id },
    ...(acceptLanguage === undefined ? {} : { headers: { 'accept-language': acceptLanguage } }),
  });
const reasonsOf = (response: Response): Reasons => response.body.decision.reasons;

describe('an application read in Chinese and in English', () => {
  it('gives the same decision with the reasons in the negotiated language, same rules, same figures', async () => {
    const applicantId = newApplicantId();
    // Uncertified: INELIGIBLE, with the certification rule's reason citing the period.
    const { applicationId } = await submitAndEvaluate(applicantId, body('OSP_RND'));

    const chinese = await read(applicantId, applicationId, 'zh-CN,zh;q=0.9,en;q=0.8');
    const english = await read(applicantId, applicationId, 'en-GB');
    const unspecified = await read(applicantId, applicationId);
    expect(chinese.status).toBe(200);
    expect(chinese.headers['content-language']).toBe('zh-CN');
    expect(english.headers['content-language']).toBe('en');
    expect(unspecified.headers['content-language']).toBe('en');
    expect(unspecified.body).toEqual(english.body);

    const { reasons: _zh, ...chineseDecision } = chinese.body.decision;
    const { reasons: _en, ...englishDecision } = english.body.decision;
    expect(chineseDecision).toEqual(englishDecision);
    expect(reasonsOf(chinese).map((r) => r.rule)).toEqual(reasonsOf(english).map((r) => r.rule));
    expect(reasonsOf(chinese).map((r) => r.rule)).toContain('OSP_RND.certification');
    reasonsOf(chinese).forEach((reason, i) => {
      const englishMessage = reasonsOf(english)[i]!.message;
      expect(reason.message).toMatch(HAN);
      expect(englishMessage).not.toMatch(HAN);
      expect(citedFigures(reason.message)).toEqual(citedFigures(englishMessage));
    });
  });

  it('stores the reasons as {rule, params}, and ApplicationEvaluated carries them in both languages', async () => {
    const applicantId = newApplicantId();
    const { applicationId } = await submitAndEvaluate(applicantId, body('AI_ACTIVITY'));
    const stored = (await rawItem(`APP#${applicationId}`, 'APP'))!;
    const storedReasons = stored.decision.reasons as Array<{ rule: string; params: object }>;
    for (const reason of storedReasons) expect(Object.keys(reason).sort()).toEqual(['params', 'rule']);

    const [evaluated] = await eventsAbout(applicationId, 'ApplicationEvaluated');
    const eventReasons = evaluated!.detail.reasons as Array<{ rule: string; message: { en: string; 'zh-CN': string } }>;
    expect(eventReasons.map((r) => r.rule)).toEqual(storedReasons.map((r) => r.rule));
    const shown = {
      en: reasonsOf(await read(applicantId, applicationId, 'en')),
      'zh-CN': reasonsOf(await read(applicantId, applicationId, 'zh')),
    };
    eventReasons.forEach((reason, i) => {
      expect(reason.message.en).toBe(shown.en[i]!.message);
      expect(reason.message['zh-CN']).toBe(shown['zh-CN'][i]!.message);
    });
  });

  it('shows a decision stored before decisions were language-neutral as stored, in any language', async () => {
    const applicantId = newApplicantId();
    const legacy = sampleApplication({
      applicantId,
      status: 'NEEDS_REVIEW',
      decision: {
        outcome: 'NEEDS_REVIEW',
        amount: '100000.00',
        capApplied: false,
        policyVersion: 'LG-AI-2020',
        reasons: [
          {
            rule: 'AI_ACTIVITY.cap',
            message: 'A reviewer may approve up to the requested 100000.00 yuan (maximum 5000000.00 yuan).',
          },
        ],
      } as never,
    });
    await seedApplications(doc, tableName, [legacy]);
    const response = await read(applicantId, legacy.applicationId, 'zh-CN');
    expect(response.status).toBe(200);
    expect(response.body.decision.reasons).toEqual(legacy.decision!.reasons);
  });
});

describe('problem documents in Chinese', () => {
  const zh = CATALOGUES['zh-CN'];

  it('a refused submission: title, detail and field messages in Chinese, Content-Language: zh-CN', async () => {
    const invalid = body('OSP_RND', { periodStart: '2021-13-01', rndCosts: 12 });
    const response = await submit(newApplicantId(), invalid, { 'accept-language': 'zh-Hans' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body.title).toBe(zh.problems.validation.title);
    const errors = response.body.errors as Array<{ path: string; message: string }>;
    expect(errors.map((e) => e.path).sort()).toEqual(['details.periodStart', 'details.rndCosts']);
    expect(errors.find((e) => e.path === 'details.periodStart')!.message).toBe(zh.fields.date);
    expect(errors.find((e) => e.path === 'details.rndCosts')!.message).toBe(zh.fields.moneyType);
    expect(response.body.detail).toMatch(HAN);

    const english = await submit(newApplicantId(), invalid);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.title).toBe(CATALOGUES.en.problems.validation.title);
    expect(english.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(errors.map((e) => e.path).sort());
  });

  it('an unknown application: 404 in Chinese', async () => {
    const response = await call('GET /v1/applications/{id}', {
      as: applicant(newApplicantId()),
      path: { id: 'nothing-here' },
      headers: { 'accept-language': 'zh' },
    });
    expect(response.status).toBe(404);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({ title: zh.problems['not-found'].title, detail: expect.stringMatching(HAN) });
  });
});
