/**
 * The contract check the demo and the end-to-end tests run on every answer (client/validate.ts):
 * it accepts what the handlers really build, and refuses undeclared statuses, media types and
 * shapes, and anything but a 404/405 problem document where no operation matches.
 */
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../client/index.js';
import { ContractViolation, responseChecker } from '../../client/validate.js';
import { policyView } from '../../functions/applicant-api/policy-view.js';
import { POLICY_REGISTRY } from '../../shared/policy/index.js';

const check = responseChecker(OPENAPI_DOCUMENT);
const answer = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': contentType },
  });
const problem = (status: number) =>
  answer(
    status,
    { type: 'https://lingang.ai-subsidy/problems/not-found', title: 'Not found', status },
    'application/problem+json',
  );
const PAYOUT = {
  payoutId: 'payout-1',
  applicationId: '1',
  applicantId: 'a',
  fiscalYear: 2021,
  amount: '100.00',
  issuedAt: '2022-03-01T02:00:00.000Z',
};

describe('the response contract check', () => {
  it('accepts the policy document the handler builds, and a documented problem', async () => {
    await check('GET', '/v1/policy', answer(200, policyView(POLICY_REGISTRY, '2026-12-01')));
    await check('GET', '/v1/applications/01ABC', problem(404));
    await check('GET', '/v1/payouts', answer(200, { items: [PAYOUT], nextCursor: 'c' }));
  });

  it.each([
    ['an undeclared status', 'GET', '/v1/policy', () => problem(404)],
    ['an undeclared media type', 'GET', '/v1/payouts', () => answer(200, { items: [] }, 'text/plain')],
    [
      'a money amount without two decimals',
      'GET',
      '/v1/payouts',
      () => answer(200, { items: [{ ...PAYOUT, amount: '100' }] }),
    ],
    [
      'a field the document does not have',
      'GET',
      '/v1/payouts',
      () => answer(200, { items: [{ ...PAYOUT, extra: true }] }),
    ],
    [
      'a problem without its status',
      'GET',
      '/v1/applications/01ABC',
      () => answer(404, { type: 'https://x.test/p', title: 'Not found' }, 'application/problem+json'),
    ],
    ['an unmatched path answered with data', 'GET', '/v1/nothing-here', () => answer(200, {})],
    ['a wrong method answered 200', 'DELETE', '/v1/policy', () => answer(200, {})],
  ])('refuses %s', async (_what, method, path, response) => {
    await expect(check(method, path, response())).rejects.toThrow(ContractViolation);
  });

  it('leaves alone what is not the API', async () => {
    await check('GET', '/local/events', answer(200, 'anything', 'text/plain'));
  });
});
