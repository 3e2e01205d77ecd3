/**
 * The read side on applications stored by the real submit handler (not seeded): the owner
 * reads and lists it, another applicant cannot, and the owner withdraws it.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_DETAILS, VALID_USCC } from '../support/applications.js';
import { applicant, caller } from '../support/http-events.js';

const submit = caller((await import('../../functions/submit-application/handler.js')).handler);
const applicantApi = caller((await import('../../functions/applicant-api/handler.js')).handler);

const OWNER = applicant('submitter-read');
const organisation = {
  name: 'Lin-gang Deep Learning Platform Co., Ltd.',
  unifiedSocialCreditCode: VALID_USCC,
  registeredInLingang: true,
};

describe('an application submitted through the API', () => {
  it('is read, listed and withdrawn by its owner, and hidden from others', async () => {
    const submitted = await submit('POST /v1/applications', {
      as: OWNER,
      body: { programme: 'AI_ACTIVITY', organisation, details: SAMPLE_DETAILS.AI_ACTIVITY },
    });
    expect(submitted.status).toBe(202);
    const { applicationId } = submitted.body as { applicationId: string };

    const read = await applicantApi('GET /v1/applications/{id}', { as: OWNER, path: { id: applicationId } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      applicationId,
      applicantId: OWNER.sub,
      programme: 'AI_ACTIVITY',
      details: SAMPLE_DETAILS.AI_ACTIVITY,
      payouts: [],
    });
    expect(['SUBMITTED', 'NEEDS_REVIEW']).toContain(read.body.status);

    const listed = await applicantApi('GET /v1/applications', { as: OWNER });
    expect(listed.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([applicationId]);

    const stranger = await applicantApi('GET /v1/applications/{id}', {
      as: applicant('someone-else'),
      path: { id: applicationId },
    });
    expect(stranger.status).toBe(404);

    const withdrawn = await applicantApi('POST /v1/applications/{id}/withdraw', {
      as: OWNER,
      path: { id: applicationId },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
  });
});
