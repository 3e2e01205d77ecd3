/**
 * Act 7: a what-if simulation (SPEC §12) — the operating-cost subsidy rate raised from 10% to
 * 15% — over every stored decision, and its table per programme. Only operating-cost amounts may
 * change: the other programmes must come out unchanged, and the scenario's own operating-cost
 * claims mean the operating-cost total must rise. The result as CSV is downloaded through its URL.
 */
import { ScenarioError, type ScenarioContext } from '../context.js';

const DRAFT = { overrides: { ospOperatingRate: '15%' } };

export async function simulateReform(ctx: ScenarioContext): Promise<void> {
  ctx.log('what-if simulation: ospOperatingRate raised to 15% (POST /v1/admin/simulations)');
  const { body: started } = await ctx.call('start simulation', 202, async () =>
    ctx.api.POST('/v1/admin/simulations', { body: DRAFT, headers: await ctx.adminAuth() }),
  );
  if (!started?.simulationId) throw new ScenarioError('simulation: no simulationId in the answer');
  const params = { path: { id: started.simulationId } };
  const simulation = await ctx.waitFor(`simulation ${started.simulationId} to complete`, async () => {
    const { body } = await ctx.call(
      'simulation',
      200,
      async () => ctx.api.GET('/v1/admin/simulations/{id}', { params, headers: await ctx.adminAuth() }),
      false,
    );
    return body?.status === 'COMPLETED' ? body : undefined;
  });
  ctx.recordAwaited('simulation completed', `/v1/admin/simulations/${started.simulationId}`);
  ctx.log(
    `  ${'programme'.padEnd(21)} ${'cases'.padStart(6)} ${'changed'.padStart(8)} ${'total before'.padStart(16)} ${'total after'.padStart(16)} ${'difference'.padStart(14)}`,
  );
  for (const row of simulation.result ?? []) {
    ctx.log(
      `  ${row.programme.padEnd(21)} ${String(row.cases).padStart(6)} ${String(row.changedAmounts).padStart(8)} ${row.totalBefore.padStart(16)} ${row.totalAfter.padStart(16)} ${row.difference.padStart(14)}`,
    );
    const rateApplies = row.programme === 'OSP_OPERATING';
    if (rateApplies ? !(Number(row.difference) > 0) : row.difference !== '0.00')
      ctx.fail(`simulation: ${row.programme} changed by ${row.difference} under an operating-cost rate of 15%`);
  }
  const largest = simulation.result?.find((row) => row.programme === 'OSP_OPERATING')?.largestChanges[0];
  if (largest)
    ctx.log(
      `  largest change: ${largest.applicationId} ${largest.amountBefore} → ${largest.amountAfter} (${largest.difference})`,
    );
  await downloadResult(ctx, simulation.download);
}

/** The result file: UTF-8 with a byte-order mark, a total line per programme and its largest changes. */
async function downloadResult(ctx: ScenarioContext, download: { url: string; expiresAt: string } | undefined) {
  if (!download) return ctx.fail('simulation: a completed simulation has no download URL');
  const response = await fetch(download.url);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok || bytes.subarray(0, 3).toString('hex') !== 'efbbbf')
    return ctx.fail(`simulation: its CSV answered ${response.status} without a byte-order mark`);
  const lines = bytes.toString('utf8').split('\r\n').filter(Boolean).length;
  ctx.log(`  as CSV: ${lines} lines, ${bytes.length} bytes (download URL valid until ${download.expiresAt})`);
}
