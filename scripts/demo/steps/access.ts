/** Acts 0 and 1: the system answers, the gateway guards the API, and an admin certifies the open-source platform. */
import { bearer } from '../../../client/index.js';
import type { ScenarioContext } from '../context.js';

export async function checkAccess(ctx: ScenarioContext): Promise<void> {
  const { api } = ctx;
  ctx.log('policy and access');
  await ctx.call('policy (public)', 200, () => api.GET('/v1/policy'));
  await ctx.call('no token → 401', 401, () => api.GET('/v1/applications'));
  await ctx.call('garbage token → 401', 401, () => api.GET('/v1/applications', { headers: bearer('not-a-jwt') }));
  await ctx.call('applicant on admin route → 403', 403, async () =>
    api.GET('/v1/admin/applications', {
      params: { query: { status: 'NEEDS_REVIEW' } },
      headers: await ctx.auth(ctx.applicants.platform),
    }),
  );
}

export async function certifyPlatform(ctx: ScenarioContext): Promise<void> {
  ctx.log('certification');
  const certification = { certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31', reference: `OSDLP-${ctx.tag}` };
  ctx.result.certification = (
    await ctx.call('certify platform', 200, async () =>
      ctx.api.PUT('/v1/admin/platforms/{applicantId}/certification', {
        params: { path: { applicantId: ctx.applicants.platform } },
        body: certification,
        headers: await ctx.adminAuth(),
      }),
    )
  ).body;
}
