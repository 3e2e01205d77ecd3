/**
 * Acts 5 and 6: the annual payout run of each fiscal year (each after its forecast, which it must
 * equal), then what it paid: the admin's ledger, the platform's own payouts, and the statistics.
 */
import { ScenarioError, type ScenarioContext } from '../context.js';
import { FISCAL_YEARS, type PayoutView, type RunView } from '../model.js';

async function runPayout(ctx: ScenarioContext, fiscalYear: number): Promise<RunView> {
  const { body: forecast } = await ctx.call(`payout forecast ${fiscalYear}`, 200, async () =>
    ctx.api.GET('/v1/admin/payout-forecast', { params: { query: { fiscalYear } }, headers: await ctx.adminAuth() }),
  );
  const run = await startAndAwaitRun(ctx, fiscalYear);
  ctx.log(
    `  forecast just before it: ${forecast?.entitlements} entitlement(s) of ${forecast?.applicants} applicant(s), ${forecast?.amount} yuan`,
  );
  if (forecast?.entitlements !== run.found || forecast?.amount !== run.amount) {
    ctx.fail(
      `payout run ${fiscalYear}: found ${run.found}, paid ${run.amount}, but the forecast said ${forecast?.entitlements}, ${forecast?.amount}`,
    );
  }
  return run;
}

async function startAndAwaitRun(ctx: ScenarioContext, fiscalYear: number): Promise<RunView> {
  const { body: started } = await ctx.call(`start payout run ${fiscalYear}`, 202, async () =>
    ctx.api.POST('/v1/admin/payout-runs', { body: { fiscalYear }, headers: await ctx.adminAuth() }),
  );
  if (!started?.runId) throw new ScenarioError(`payout run ${fiscalYear}: no runId in the answer`);
  const params = { path: { runId: started.runId } };
  return ctx.waitFor(`payout run ${started.runId} (fiscal year ${fiscalYear}) to complete`, async () => {
    const { body } = await ctx.call(
      `payout run ${fiscalYear}`,
      200,
      async () => ctx.api.GET('/v1/admin/payout-runs/{runId}', { params, headers: await ctx.adminAuth() }),
      false,
    );
    return body?.status === 'COMPLETED' ? body : undefined;
  });
}

export async function runPayouts(ctx: ScenarioContext): Promise<void> {
  ctx.log('payout runs');
  for (const fiscalYear of FISCAL_YEARS) {
    const run = await runPayout(ctx, fiscalYear);
    ctx.recordAwaited(`payout run ${fiscalYear} completed`, `/v1/admin/payout-runs/${run.runId}`);
    ctx.result.runs.push(run);
    if (run.failed !== 0) ctx.fail(`payout run ${fiscalYear}: ${run.failed} payouts failed`);
    ctx.log(
      `  run ${run.runId} fiscal year ${fiscalYear}: ${run.status}, found ${run.found}, paid ${run.paid}, amount ${run.amount}`,
    );
  }
  // Runs may overlap safely; a repeated run finds nothing new to pay.
  await ctx.call('payout run before 1 March → 409', 409, async () =>
    ctx.api.POST('/v1/admin/payout-runs', {
      body: { fiscalYear: Number(new Date().toISOString().slice(0, 4)) + 1 },
      headers: await ctx.adminAuth(),
    }),
  );
}

/** The ledger entries of one fiscal year that belong to this scenario's applicants, every page of them. */
async function ledgerOf(ctx: ScenarioContext, fiscalYear: number): Promise<PayoutView[]> {
  const ours = new Set<string>(Object.values(ctx.applicants));
  const entries: PayoutView[] = [];
  let cursor: string | undefined;
  do {
    const query = { fiscalYear, limit: 100, ...(cursor ? { cursor } : {}) };
    const { body } = await ctx.call(
      `ledger ${fiscalYear}`,
      200,
      async () => ctx.api.GET('/v1/admin/payouts', { params: { query }, headers: await ctx.adminAuth() }),
      cursor === undefined,
    );
    entries.push(...(body?.items ?? []).filter((entry) => ours.has(entry.applicantId)));
    cursor = body?.nextCursor;
  } while (cursor);
  return entries;
}

export async function readLedgerAndPayouts(ctx: ScenarioContext): Promise<void> {
  ctx.log('ledger and payouts');
  for (const fiscalYear of FISCAL_YEARS) ctx.result.ledger[fiscalYear] = await ledgerOf(ctx, fiscalYear);
  const query = { limit: 100 };
  const payouts = await ctx.call('platform payouts', 200, async () =>
    ctx.api.GET('/v1/payouts', { params: { query }, headers: await ctx.auth(ctx.applicants.platform) }),
  );
  ctx.result.platformPayouts = payouts.body?.items ?? [];
}

/** What the administration has committed and paid, per fiscal year and programme (aggregates a second or so behind). */
export async function readStatistics(ctx: ScenarioContext): Promise<void> {
  ctx.log('statistics (GET /v1/admin/statistics)');
  const { body } = await ctx.call('statistics', 200, async () =>
    ctx.api.GET('/v1/admin/statistics', { headers: await ctx.adminAuth() }),
  );
  for (const row of body?.items ?? []) {
    const statuses = Object.entries(row.applications.byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ');
    ctx.log(
      `  ${row.fiscalYear} ${row.programme.padEnd(21)} ${statuses}; awarded ${row.awarded.total}, paid ${row.paid.total}, unpaid ${row.committedUnpaid}`,
    );
  }
  if (body)
    ctx.log(
      `  total: ${body.totals.applications.total} applications; awarded ${body.totals.awarded.total}, paid ${body.totals.paid.total}, unpaid ${body.totals.committedUnpaid}`,
    );
}
