/**
 * Completing a simulation exactly once: when every part has read its last page, the pages'
 * tallies are merged into the result per programme, the result is written as CSV to the report
 * bucket (./result-file.ts: a second caller writes the same bytes to the same key), and
 * RUNNING → COMPLETED with the result, the file and SimulationCompleted in the simulation's outbox
 * is one conditional update: only one caller wins, and the event exists exactly when the
 * simulation is COMPLETED, its file already written.
 */
import { simulationCompleted } from '../../../shared/domain/events/simulation.js';
import { mergeTallies, simulationResult, type Tallies } from '../../../shared/domain/simulation.js';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/i18n/index.js';
import type { ProgrammeCode } from '../../../shared/policy/index.js';
import { nowIso } from '../runtime/clock.js';
import { RUNNING_INDEX_ATTRIBUTES, simulationKey } from '../store/items/keys.js';
import { OUTBOX_ATTRIBUTE } from '../store/items/outbox.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import { getItem } from '../store/get-item/get-item.js';
import type { Item } from '../store/items/table.js';
import { readProgress, recordedPages } from './progress.js';
import { writeSimulationFile } from './result-file.js';
import type { ReportResources } from '../files/report-files.js';

/** Every recorded page's tallies, merged a page of pages at a time. */
async function mergedPages(table: string, simulationId: string): Promise<Tallies> {
  let merged: Tallies = {};
  for await (const page of recordedPages(table, simulationId))
    merged = mergeTallies([merged, ...(page.Items ?? []).map((item) => item.tallies as Tallies)]);
  return merged;
}

/** Called after every part's last page. */
export async function completeIfSettled(resources: ReportResources, simulationId: string): Promise<void> {
  const { table } = resources;
  const simulation: Item | undefined = await getItem(table, simulationKey(simulationId));
  if (simulation?.status !== 'RUNNING') return;
  const progress = await readProgress(table, simulationId, simulation.parts as number);
  if (progress.partsDone < progress.parts) return;
  const result = simulationResult(await mergedPages(table, simulationId), simulation.programmes as ProgrammeCode[]);
  // Asked for before the language was stored: the default's headers.
  const language = (simulation.language as Language | undefined) ?? DEFAULT_LANGUAGE;
  const file = await writeSimulationFile(resources, simulationId, result, language);
  const at = nowIso();
  // false: another caller completed it first.
  await stepFromStatus(
    table,
    simulationKey(simulationId),
    'RUNNING',
    {
      status: 'COMPLETED',
      completedAt: at,
      result,
      ...file,
      [OUTBOX_ATTRIBUTE]: [
        simulationCompleted(simulationId, result, at, simulation.correlationId as string | undefined),
      ],
    },
    RUNNING_INDEX_ATTRIBUTES,
  );
}
