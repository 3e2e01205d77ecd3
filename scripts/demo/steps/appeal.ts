/**
 * Act 4c: the rejected applicant appeals citing its licence; the reviewer who rejected it may not
 * decide the appeal, a second admin grants it.
 */
import type { ScenarioContext } from '../context.js';
import type { ScenarioApplication, ScenarioDocument } from '../model.js';

export async function appealRejection(
  ctx: ScenarioContext,
  rejected: ScenarioApplication,
  evidence: ScenarioDocument,
): Promise<void> {
  const { api, applicants } = ctx;
  ctx.log('appeal');
  const onRejected = { params: { path: { id: rejected.applicationId } } };
  const grounds = 'The business licence shows operations in Lin-gang since 1 February 2021.';
  await ctx.call(`appeal ${rejected.label}`, 202, async () =>
    api.POST('/v1/applications/{id}/appeal', {
      ...onRejected,
      body: { grounds, documentIds: [evidence.documentId] },
      headers: await ctx.auth(rejected.applicantId),
    }),
  );
  const grant = {
    decision: 'GRANT' as const,
    amount: '8000000.00',
    note: 'The licence proves operations in Lin-gang: the maximum award is granted.',
  };
  const decideAppeal = async (name: string, admin: string, expect: number) =>
    ctx.call(name, expect, async () =>
      api.POST('/v1/admin/applications/{id}/appeal-decision', {
        ...onRejected,
        body: grant,
        headers: await ctx.auth(admin, true),
      }),
    );
  await decideAppeal('appeal decided by its reviewer → 403', applicants.admin, 403);
  const { body: granted } = await decideAppeal(`appeal decision ${rejected.label}`, applicants.appealsOfficer, 200);
  ctx.result.appeals.push({
    label: rejected.label,
    decision: grant.decision,
    amount: grant.amount,
    decidedBy: applicants.appealsOfficer,
    status: granted?.status,
  });
  ctx.log(`  granted   ${rejected.label.padEnd(22)} ${grant.amount} on appeal, by a second admin: ${granted?.status}`);
}
