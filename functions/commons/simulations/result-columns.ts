/**
 * A simulation's result as CSV lines (SPEC §12), one table a spreadsheet can filter: per programme
 * its total line (cases, changed outcomes and amounts, totals before and after, difference), then
 * its largest changes, each with the organisation it concerns. Words, money and the cell rules are
 * the finance exports' (../exports/columns.ts, ../files/csv.ts): yuan exact to the fen, a negative
 * difference signed. Pure.
 */
import type { Change, ProgrammeResult } from '../../../shared/domain/simulation.js';
import type { ProgrammeCode } from '../../../shared/policy/index.js';
import { organisationColumns, PROGRAMME_NAMES, STATUS_NAMES, type LedgerRow, type Words } from '../exports/columns.js';
import type { CsvColumn } from '../files/csv.js';

type Organisation = LedgerRow['organisation'];

/** A line of the file: a programme's total (no application), or one of its largest changes. */
export interface SimulationLine {
  programme: ProgrammeCode;
  kind: 'total' | 'change';
  change?: Change;
  organisation?: Organisation;
  counts?: Pick<ProgrammeResult, 'cases' | 'changedOutcomes' | 'changedAmounts'>;
  before: string;
  after: string;
  difference: string;
}

const LINE_NAMES: Words<SimulationLine['kind']> = {
  total: { en: 'Total', 'zh-CN': '合计' },
  change: { en: 'Change', 'zh-CN': '变化' },
};

export const SIMULATION_COLUMNS: readonly CsvColumn<SimulationLine>[] = [
  {
    header: { en: 'Programme', 'zh-CN': '支持项目' },
    value: (line, language) => PROGRAMME_NAMES[line.programme][language],
  },
  { header: { en: 'Line', 'zh-CN': '行' }, value: (line, language) => LINE_NAMES[line.kind][language] },
  { header: { en: 'Cases', 'zh-CN': '测算件数' }, value: (line) => line.counts?.cases },
  { header: { en: 'Changed outcomes', 'zh-CN': '结果改变件数' }, value: (line) => line.counts?.changedOutcomes },
  { header: { en: 'Changed amounts', 'zh-CN': '金额改变件数' }, value: (line) => line.counts?.changedAmounts },
  { header: { en: 'Application', 'zh-CN': '申报编号' }, value: (line) => line.change?.applicationId },
  { header: { en: 'Applicant', 'zh-CN': '申报单位账号' }, value: (line) => line.change?.applicantId },
  ...organisationColumns<SimulationLine>(),
  {
    header: { en: 'Outcome decided', 'zh-CN': '原决定结果' },
    value: (line, language) => line.change && STATUS_NAMES[line.change.outcomeBefore][language],
  },
  {
    header: { en: 'Outcome under the draft', 'zh-CN': '按草案测算结果' },
    value: (line, language) => line.change && STATUS_NAMES[line.change.outcomeAfter][language],
  },
  { header: { en: 'Amount decided (yuan)', 'zh-CN': '原决定金额（元）' }, value: (line) => line.before },
  { header: { en: 'Amount under the draft (yuan)', 'zh-CN': '按草案测算金额（元）' }, value: (line) => line.after },
  { header: { en: 'Difference (yuan)', 'zh-CN': '差额（元）' }, value: (line) => line.difference },
];

/** A programme's lines: its total, then its largest changes, largest first (the result's order). */
export function programmeLines(
  result: ProgrammeResult,
  organisations: ReadonlyMap<string, Organisation>,
): SimulationLine[] {
  const { programme, cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, difference } = result;
  return [
    {
      programme,
      kind: 'total',
      counts: { cases, changedOutcomes, changedAmounts },
      before: totalBefore,
      after: totalAfter,
      difference,
    },
    ...result.largestChanges.map((change) => ({
      programme,
      kind: 'change' as const,
      change,
      organisation: organisations.get(change.applicationId),
      before: change.amountBefore,
      after: change.amountAfter,
      difference: change.difference,
    })),
  ];
}
