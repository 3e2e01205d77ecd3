/**
 * The histories a simulation's pages judge with (SPEC §12: each stored decision with the history
 * it was decided with). An applicant's recorded history is read once per container and
 * simulation, however many of its applications the pages hold, and each decision's history is
 * taken from it as of the decision, by the evaluator's own function (shared/domain/history.ts).
 * The recognitions a page claims are read in one batch. A decision taken shortly before the
 * simulation started (or after) is read on its own, as the evaluator reads: what an older
 * decision saw was recorded before any read of this simulation, so a shared read holds it. A
 * decision whose rules read no history (AI_ACTIVITY) is given none without a read, as the
 * evaluator gives it: the policy would drop what was read.
 */
import type { ApplicationRecord } from '../../../shared/domain/application.js';
import { recognitionOf, type History } from '../../../shared/domain/award.js';
import {
  historyOf,
  NO_HISTORY,
  type HistoryAsOf,
  type Recorded,
  type RecordedHistory,
} from '../../../shared/domain/history.js';
import type { AwardEntry } from '../../../shared/domain/award.js';
import { historyRead } from '../../../shared/policy/index.js';
import { loadHistoryFor, readRecordedHistory, recognitionMarker } from '../store/put-item/history.js';
import { recognitionKey } from '../store/items/keys.js';
import { readFromTable } from '../store/query/listings.js';
import type { Draft } from './draft.js';

/** Longer than any write of an award or certification takes to commit, clocks' skew included. */
const SETTLED_MS = 5 * 60_000;
/** Applicants whose histories a container keeps (about a kilobyte each, well inside the worker's 512 MB); more starts over. */
const MAX_APPLICANTS = 50_000;

let sharedFor = '';
const recordedHistories = new Map<string, Promise<RecordedHistory>>();

/** The applicant's recorded history, read once per container and simulation (a failed read is read again). */
function recordedHistoryOf(table: string, simulationId: string, applicantId: string): Promise<RecordedHistory> {
  if (sharedFor !== simulationId || recordedHistories.size >= MAX_APPLICANTS) {
    recordedHistories.clear();
    sharedFor = simulationId;
  }
  let known = recordedHistories.get(applicantId);
  if (!known) {
    known = readRecordedHistory(table, applicantId).then(({ recorded }) => recorded);
    known.catch(() => recordedHistories.delete(applicantId));
    recordedHistories.set(applicantId, known);
  }
  return known;
}

/** The markers of these recognitions, whoever holds them (one consistent batch read). */
async function markersOf(table: string, references: string[]): Promise<Map<string, Recorded<AwardEntry>>> {
  const keys = [...new Set(references)].map(recognitionKey);
  const items = keys.length === 0 ? [] : await readFromTable(table, keys, { consistent: true });
  return new Map(items.map((item) => [String(item.pk), recognitionMarker(item)!]));
}

export interface StoredDecision {
  record: ApplicationRecord;
  asOf: HistoryAsOf;
}

/** Each decision's history as of its moment, in order. */
export async function historiesAsOf(
  table: string,
  decisions: StoredDecision[],
  draft: Pick<Draft, 'simulationId' | 'startedAt'>,
): Promise<History[]> {
  const settledBefore = new Date(Date.parse(draft.startedAt) - SETTLED_MS).toISOString();
  const settled = ({ asOf }: StoredDecision) => asOf.at < settledBefore;
  const markers = await markersOf(
    table,
    decisions.filter(settled).flatMap(({ record }) => recognitionOf(record) ?? []),
  );
  return Promise.all(
    decisions.map(async (decision) => {
      const { record, asOf } = decision;
      if (historyRead(record.programme, record.details) === undefined) return NO_HISTORY;
      if (!settled(decision)) return (await loadHistoryFor(table, record, asOf)).history;
      const recorded = await recordedHistoryOf(table, draft.simulationId, record.applicantId);
      const reference = recognitionOf(record);
      const marker = reference === undefined ? undefined : markers.get(recognitionKey(reference).pk);
      return historyOf({ recorded, marker }, asOf);
    }),
  );
}
