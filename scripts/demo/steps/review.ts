/** Act 4: the reviewer's desk: the queue, one approval with an amount, one rejection, and who may read the result. */
import type { ScenarioContext } from '../context.js';
import type { ScenarioApplication } from '../model.js';

type Review = { decision: 'APPROVE' | 'REJECT'; amount?: string; note: string };

async function review(ctx: ScenarioContext, app: ScenarioApplication, body: Review): Promise<void> {
  const { body: reviewed } = await ctx.call(`review ${app.label}`, 200, async () =>
    ctx.api.POST('/v1/admin/applications/{id}/review', {
      params: { path: { id: app.applicationId } },
      body,
      headers: await ctx.adminAuth(),
    }),
  );
  ctx.result.reviews.push({
    label: app.label,
    decision: body.decision,
    ...(body.amount ? { amount: body.amount } : {}),
    status: reviewed?.status,
  });
  ctx.log(`  ${body.decision === 'APPROVE' ? 'approved' : 'rejected'}  ${app.label.padEnd(22)} ${body.amount ?? ''}`);
}

export async function reviewDesk(
  ctx: ScenarioContext,
  { activity, settlement }: Record<'activity' | 'settlement', ScenarioApplication>,
): Promise<void> {
  ctx.log('reviews');
  const queue = await ctx.call('review queue', 200, async () =>
    ctx.api.GET('/v1/admin/applications', {
      params: { query: { status: 'NEEDS_REVIEW', programme: 'AI_ACTIVITY', limit: 100 } },
      headers: await ctx.adminAuth(),
    }),
  );
  if (!queue.body?.items?.some((item) => item.applicationId === activity.applicationId))
    ctx.fail('review queue: the AI competition is not in the NEEDS_REVIEW queue');
  await review(ctx, activity, {
    decision: 'APPROVE',
    amount: '250000.00',
    note: 'Approved for the prize pool and venue; catering is not eligible.',
  });
  await review(ctx, settlement, {
    decision: 'REJECT',
    note: 'The establishment documents do not show operations in Lin-gang yet.',
  });
  // The applicant's own view of a reviewed application: the review is there.
  const readActivity = async (sub: string) =>
    ctx.api.GET('/v1/applications/{id}', {
      params: { path: { id: activity.applicationId } },
      headers: await ctx.auth(sub),
    });
  await ctx.call('read approved (applicant)', 200, () => readActivity(activity.applicantId));
  // Another applicant cannot see it.
  await ctx.call("other applicant's application → 404", 404, () => readActivity(ctx.applicants.company));
}
