/**
 * A simulation as GET /v1/admin/simulations/{id} answers it: the request, its progress and, once
 * COMPLETED, its result and the result file's download (a presigned GET valid five minutes).
 */
import type { ProgrammeResult } from '../../../shared/domain/simulation.js';
import type { SimulationResponse } from '../edge/responses.js';
import { reportDownload } from '../files/report-downloads.js';
import type { ReportResources } from '../files/report-files.js';
import { simulationKey } from '../store/items/keys.js';
import { getItem } from '../store/get-item/get-item.js';
import { readProgress } from './progress.js';
import { simulationFileName } from './model.js';

export type SimulationView = SimulationResponse;

export async function readSimulation(
  { table, reportBucket }: ReportResources,
  simulationId: string,
): Promise<SimulationView | undefined> {
  const stored = await getItem(table, simulationKey(simulationId));
  if (!stored) return undefined;
  const optional = (field: string) => (stored[field] !== undefined ? { [field]: stored[field] } : {});
  return {
    simulationId,
    status: stored.status as SimulationView['status'],
    ...optional('policyVersion'),
    overrides: stored.overrides as Record<string, unknown>,
    programmes: stored.programmes as SimulationView['programmes'],
    ...optional('submittedFrom'),
    ...optional('submittedTo'),
    requestedBy: stored.requestedBy as string,
    startedAt: stored.startedAt as string,
    ...optional('completedAt'),
    progress: await shownProgress(table, simulationId, stored.parts as number),
    ...(Array.isArray(stored.result) ? { result: (stored.result as ProgrammeResult[]).map(inOrder) } : {}),
    ...(typeof stored.objectKey === 'string'
      ? { download: await reportDownload(reportBucket, stored.objectKey, simulationFileName(simulationId)) }
      : {}),
  } as SimulationView;
}

/** The progress the API shows (not the sweeper's page count). */
async function shownProgress(table: string, simulationId: string, parts: number) {
  const { cases, partsDone } = await readProgress(table, simulationId, parts);
  return { cases, partsDone, parts };
}

/** A stored result row in the API's field order (DynamoDB keeps a map's attributes in no order). */
function inOrder(row: ProgrammeResult): ProgrammeResult {
  const { programme, cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, difference } = row;
  const largestChanges = row.largestChanges.map(
    ({ applicationId, applicantId, outcomeBefore, outcomeAfter, amountBefore, amountAfter, difference }) => ({
      applicationId,
      applicantId,
      outcomeBefore,
      outcomeAfter,
      amountBefore,
      amountAfter,
      difference,
    }),
  );
  return { programme, cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, difference, largestChanges };
}
