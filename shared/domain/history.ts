/**
 * An applicant's history as recorded (each entry with when, and for which application, it was
 * recorded) and the history a decision taken at a given moment had (SPEC §5, §12). Pure: the
 * evaluator reads it as of now, a what-if simulation as of each stored decision, with this one
 * function (functions/commons/store/put-item/history.ts reads the records it filters: what an
 * application's `historyRequestOf` names).
 */
import { historyRead } from '../policy/index.js';
import type { AwardEntry, CertificationEntry, History } from './award.js';
import type { ApplicationRecord } from './application.js';

/** A history entry with the instant it was recorded (absent on items written before they carried one). */
export interface Recorded<Entry> {
  entry: Entry;
  at?: string;
  applicationId?: string;
}

/** Everything recorded of an applicant that the policy may read. */
export interface RecordedHistory {
  certifications: Recorded<CertificationEntry>[];
  awards: Recorded<AwardEntry>[];
}

/** What a decision on an application reads: the applicant's records, and the marker of the recognition it claims. */
export interface HistoryRequest {
  applicantId: string;
  recognitionReference?: string;
}

/** The records a HistoryRequest reads, as stored: the marker absent when none was asked for or the recognition was never rewarded. */
export interface ApplicantRecords {
  recorded: RecordedHistory;
  marker?: Recorded<AwardEntry> | undefined;
}

/**
 * What a decision on the application reads of the applicant's records: nothing (undefined) when its
 * programme's rules read no history, else the records, with the recognition's marker when its rules read one.
 */
export function historyRequestOf(
  record: Pick<ApplicationRecord, 'applicantId' | 'programme' | 'details'>,
): HistoryRequest | undefined {
  const read = historyRead(record.programme, record.details);
  return read && { applicantId: record.applicantId, ...read };
}

/** The history a decision whose rules read none is given. */
export const NO_HISTORY: History = { certifications: [], awards: [] };

/**
 * The history a decision taken at `at` had: what was recorded before that instant, never the
 * application's own award (a what-if run re-judges stored decisions with it).
 */
export interface HistoryAsOf {
  at: string;
  applicationId: string;
}

/** An entry recorded without its instant counts as earlier. */
const recordedBefore = (recorded: Recorded<unknown>, asOf: HistoryAsOf | undefined): boolean =>
  asOf === undefined ||
  (recorded.applicationId !== asOf.applicationId && (recorded.at === undefined || recorded.at < asOf.at));

/** The history as the policy reads it: all of it, or what a decision taken as of `asOf` saw. */
function historyAsOf(recorded: RecordedHistory, asOf?: HistoryAsOf): History {
  const seen = <Entry>(entries: Recorded<Entry>[]) =>
    entries.filter((entry) => recordedBefore(entry, asOf)).map(({ entry }) => entry);
  return { certifications: seen(recorded.certifications), awards: seen(recorded.awards) };
}

/**
 * The applicant's history with a national-platform recognition's marker, whoever holds it: a
 * recognition rewarded to another applicant (or not yet in this one's awards) still counts.
 */
function withRecognition(recorded: RecordedHistory, marker: Recorded<AwardEntry> | undefined): RecordedHistory {
  const held = (award: Recorded<AwardEntry>) =>
    marker?.applicationId !== undefined && award.applicationId === marker.applicationId;
  if (!marker || recorded.awards.some(held)) return recorded;
  return { ...recorded, awards: [...recorded.awards, marker] };
}

/**
 * The history an application's decision reads: the applicant's recorded history with the marker of
 * the recognition it claims (none for other programmes), all of it or as of `asOf`.
 */
export const historyOf = ({ recorded, marker }: ApplicantRecords, asOf?: HistoryAsOf): History =>
  historyAsOf(withRecognition(recorded, marker), asOf);
