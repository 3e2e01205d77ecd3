/** POST /v1/applications at its edges: Idempotency-Key, bad input, the size limit and the application window. */
import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../functions/commons/runtime/clock.js';
import { handler as submitHandler } from '../../functions/submit-application/handler.js';
import { applicationsOf, body, drainQueue, newApplicantId, receive, submit } from './write-path.js';
import { caller } from '../support/http-events.js';
import { localAws, publishedEvents } from '../support/emulators/env.js';

const keyed = (key: string) => ({ 'Idempotency-Key': key });

describe('Idempotency-Key', () => {
  it('a repeat with the same key and body gets the first response: same id, one application, one evaluation', async () => {
    const applicantId = newApplicantId();
    const payload = body('AI_ACTIVITY');
    const first = await submit(applicantId, payload, keyed('key-1'));
    // Same body with its keys in another order is the same body.
    const reordered = { details: payload.details, organisation: payload.organisation, programme: payload.programme };
    const repeat = await submit(applicantId, reordered, keyed('key-1'));

    expect(first.status).toBe(202);
    expect(repeat.status).toBe(202);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.location).toBe(first.headers.location);
    expect(await applicationsOf(applicantId)).toHaveLength(1);
    // Until it is decided (its message may be queued after a first empty read), and queued once.
    const handled = await drainQueue(first.body.applicationId);
    expect(handled.filter((message) => message.Body!.includes(first.body.applicationId))).toHaveLength(1);
    const submitted = (await publishedEvents(localAws().resources, { type: 'ApplicationSubmitted' })).filter(
      (e) => e.detail.applicantId === applicantId,
    );
    expect(submitted).toHaveLength(1);
  });

  it('the same key with a different body is 422 and stores nothing more', async () => {
    const applicantId = newApplicantId();
    const first = await submit(applicantId, body('AI_ACTIVITY'), keyed('key-2'));
    expect(first.status).toBe(202);
    const reused = await submit(applicantId, body('AI_ACTIVITY', { requestedAmount: '1.00' }), keyed('key-2'));
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toBe('application/problem+json');
    expect(reused.body.type).toMatch(/idempotency-key-reused$/);
    expect(await applicationsOf(applicantId)).toHaveLength(1);
    await drainQueue(first.body.applicationId);
  });

  it('the same key sent many times at once makes one application; each answer is the first one or 409 in flight', async () => {
    const applicantId = newApplicantId();
    const payload = body('AI_ACTIVITY');
    const answers = await Promise.all(Array.from({ length: 8 }, () => submit(applicantId, payload, keyed('key-3'))));

    expect(await applicationsOf(applicantId)).toHaveLength(1);
    const accepted = answers.filter((answer) => answer.status === 202);
    expect(accepted.length).toBeGreaterThan(0);
    expect(new Set(accepted.map((answer) => answer.body.applicationId)).size).toBe(1);
    for (const answer of answers.filter((answer) => answer.status !== 202)) {
      expect(answer.status).toBe(409);
      expect(answer.body.type).toMatch(/idempotency-key-in-flight$/);
    }
    // Its evaluation, so that no later test of this file receives its message.
    await drainQueue(accepted[0]!.body.applicationId);
  });

  it('keys belong to their applicant, and without a key every request is a new application', async () => {
    const [a, b] = [newApplicantId(), newApplicantId()];
    const payload = body('AI_ACTIVITY');
    const forA = await submit(a, payload, keyed('shared-key'));
    const forB = await submit(b, payload, keyed('shared-key'));
    expect(forB.body.applicationId).not.toBe(forA.body.applicationId);
    const more = [await submit(a, payload), await submit(a, payload)];
    expect(await applicationsOf(a)).toHaveLength(3);
    expect(await applicationsOf(b)).toHaveLength(1);
    await drainQueue(...[forA, forB, ...more].map((answer) => answer.body.applicationId as string));
  });

  it('an empty key is refused naming the header', async () => {
    const response = await submit(newApplicantId(), body('AI_ACTIVITY'), keyed(' '));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
  });
});

describe('bad input', () => {
  it.each([
    ['a number for money', body('OSP_RND', { rndCosts: 3000000 }), 'details.rndCosts'],
    ['more than two decimals', body('OSP_RND', { rndCosts: '1.001' }), 'details.rndCosts'],
    [
      'a wrong credit code',
      {
        ...body('AI_ACTIVITY'),
        organisation: { ...body('AI_ACTIVITY').organisation, unifiedSocialCreditCode: '91350100M000100Y44' },
      },
      'organisation.unifiedSocialCreditCode',
    ],
    ['an unknown field', { ...body('AI_ACTIVITY'), extra: true }, 'extra'],
    ['an unknown activity type', body('AI_ACTIVITY', { activityType: 'PARTY' }), 'details.activityType'],
  ])('%s is a 400 naming the field, and nothing is stored or queued', async (_, payload, path) => {
    const applicantId = newApplicantId();
    const response = await submit(applicantId, payload, keyed('bad-input'));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await applicationsOf(applicantId)).toHaveLength(0);
    expect(await receive()).toHaveLength(0);
  });

  it('malformed JSON is a 400 and a body over 64 KiB is a 413', async () => {
    const applicantId = newApplicantId();
    expect((await submit(applicantId, '{"programme":')).status).toBe(400);
    const huge = body('AI_ACTIVITY', { description: 'x'.repeat(70 * 1024) });
    const tooLarge = await submit(applicantId, huge);
    expect(tooLarge.status).toBe(413);
    expect(await applicationsOf(applicantId)).toHaveLength(0);
  });

  it.each(['[1,2]', 'null', '"text"', '42'])(
    'a JSON body that is not an object (%s) is a 400 saying so',
    async (text) => {
      const applicantId = newApplicantId();
      const response = await submit(applicantId, text);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: '', message: 'the body must be a JSON object' }]);
      expect(await applicationsOf(applicantId)).toHaveLength(0);
    },
  );

  it('a request without a token subject is a 401', async () => {
    const response = await caller(submitHandler)('POST /v1/applications', { body: body('AI_ACTIVITY') });
    expect(response.status).toBe(401);
  });
});

describe('application window', () => {
  const realNow = clock.now;
  afterEach(() => {
    clock.now = realNow;
  });

  it('refuses a submission before the window of the version in force opens, storing nothing', async () => {
    // 2020-12-31 23:59:59 in Shanghai: LG-AI-2020 is in force but accepts applications from 2021-01-01.
    clock.now = () => new Date('2020-12-31T15:59:59.000Z');
    const applicantId = newApplicantId();
    const response = await submit(applicantId, body('AI_ACTIVITY'), keyed('early'));
    expect(response.status).toBe(422);
    expect(response.body.type).toMatch(/application-window-closed$/);
    expect(response.body.detail).toContain('2021-01-01');
    expect(await applicationsOf(applicantId)).toHaveLength(0);

    // One second later (midnight in Shanghai) the same request, same key, is accepted.
    clock.now = () => new Date('2020-12-31T16:00:00.000Z');
    const accepted = await submit(applicantId, body('AI_ACTIVITY'), keyed('early'));
    expect(accepted.status).toBe(202);
    expect(accepted.body.submittedAt).toBe('2020-12-31T16:00:00.000Z');
    await drainQueue(accepted.body.applicationId);
  });
});
