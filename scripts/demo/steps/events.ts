/** Act 7: every step published its event, exactly once, on the local event log. */
import { ScenarioError, type ScenarioContext } from '../context.js';
import type { LocalEvent, ScenarioResult } from '../model.js';

type EventsRead = { mine: LocalEvent[]; counts: Record<string, number> };

const expectedCounts = (result: ScenarioResult): Record<string, number> => ({
  ApplicationSubmitted: result.applications.length,
  ApplicationEvaluated: result.applications.length,
  ApplicationReviewed: result.reviews.length,
  ApplicationAppealed: result.appeals.length,
  AppealDecided: result.appeals.length,
  PayoutIssued: result.applications.filter((app) => app.expectedFinalStatus === 'PAID').length,
  PayoutRunCompleted: result.runs.length,
  DocumentVerified: result.documents.length,
});

/** The scenario's events (about its applications, or completing its runs), deduplicated, with their counts by type. */
async function readEvents(ctx: ScenarioContext): Promise<EventsRead> {
  const applicationIds = new Set(ctx.result.applications.map((app) => app.applicationId));
  const runIds = new Set(ctx.result.runs.map((run) => run.runId));
  // The local event log is the local system's, not the API's: plain fetch, outside the document.
  const response = await fetch(`${ctx.baseUrl}/local/events?since=${encodeURIComponent(ctx.startedAt)}`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new ScenarioError(`GET /local/events answered ${response.status}`);
  const body = (await response.json()) as { events?: LocalEvent[] };
  const seen = new Set<string>();
  const mine = (body?.events ?? []).filter((event) => {
    const detail = event.detail ?? {};
    const belongs =
      (detail.applicationId && applicationIds.has(detail.applicationId)) ||
      (detail.runId && runIds.has(detail.runId) && event['detail-type'] === 'PayoutRunCompleted');
    const key = detail.eventId ?? event.id;
    if (!belongs || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const counts: Record<string, number> = {};
  for (const event of mine) counts[event['detail-type']] = (counts[event['detail-type']] ?? 0) + 1;
  return { mine, counts };
}

export async function checkEvents(ctx: ScenarioContext): Promise<void> {
  ctx.log('events');
  const expected = expectedCounts(ctx.result);
  const complete = (counts: Record<string, number>) =>
    Object.entries(expected).every(([type, n]) => (counts[type] ?? 0) >= n);
  // Publishing follows the state change: wait for the last events as for any other catching up;
  // if they never all come, the counts below name what is missing.
  const events = await ctx
    .waitFor('every expected event on /local/events', async () => {
      const read = await readEvents(ctx);
      return complete(read.counts) ? read : undefined;
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof ScenarioError)) throw error;
      return readEvents(ctx);
    });
  ctx.recordAwaited('events', '/local/events');
  ctx.result.events = events.mine;
  ctx.result.eventCounts = events.counts;
  for (const [type, n] of Object.entries(expected)) {
    if ((events.counts[type] ?? 0) !== n) ctx.fail(`events: ${events.counts[type] ?? 0} ${type}, expected ${n}`);
  }
}
