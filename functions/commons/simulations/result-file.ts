/**
 * The result of a completed simulation as a CSV file in the report bucket (`reports/simulations/<id>.csv`),
 * headers in the language it was asked in, written as the exports write theirs (../files/). Written
 * by the completion before it records the simulation COMPLETED; a completion run twice writes the
 * same key with the same bytes (the result is the same, its changes in a fixed order).
 */
import type { ProgrammeResult } from '../../../shared/domain/simulation.js';
import type { Language } from '../../../shared/i18n/index.js';
import { organisationsOf } from '../exports/rows.js';
import { csvChunks, CSV_CONTENT_TYPE } from '../files/csv.js';
import { reportKey, writeReport, type ReportResources } from '../files/report-files.js';
import { programmeLines, SIMULATION_COLUMNS, type SimulationLine } from './result-columns.js';

/** A page of lines per programme, its changes' organisations read with it (at most LARGEST_CHANGES: one batch read). */
async function* linePages(table: string, result: readonly ProgrammeResult[]): AsyncGenerator<SimulationLine[]> {
  for (const programme of result) {
    const organisations = await organisationsOf(
      table,
      programme.largestChanges.map((change) => change.applicationId),
    );
    yield programmeLines(programme, organisations);
  }
}

/** Writes the simulation's result file to `reportBucket`, its changes' organisations read from `table`. */
export async function writeSimulationFile(
  { table, reportBucket }: ReportResources,
  simulationId: string,
  result: readonly ProgrammeResult[],
  language: Language,
): Promise<{ objectKey: string; bytes: number }> {
  const objectKey = reportKey('simulations', simulationId);
  const bytes = await writeReport(
    reportBucket,
    objectKey,
    csvChunks(SIMULATION_COLUMNS, linePages(table, result), language),
    CSV_CONTENT_TYPE,
  );
  return { objectKey, bytes };
}
