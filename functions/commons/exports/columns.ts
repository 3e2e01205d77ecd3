/**
 * The columns of the finance exports, headers in both languages (the Chinese in the register of
 * notes/zh-CN-style.md: 申报单位, 年度, 北京时间, amounts in 元). Money is yuan exact to the fen
 * (`1234.50`, no separators: a spreadsheet reads it as a number); times are Beijing time
 * (`2022-03-01 02:00:05`), which spreadsheets read as a date and time. Pure.
 */
import type { ApplicationStatus } from '../../../shared/domain/application.js';
import type { AwardSource } from '../../../shared/domain/statistics.js';
import type { Language } from '../../../shared/i18n/index.js';
import type { ProgrammeCode } from '../../../shared/policy/index.js';
import type { CsvColumn } from '../files/csv.js';

/** A ledger entry with the organisation it paid. */
export interface LedgerRow {
  payoutId: string;
  issuedAt: string;
  fiscalYear: number;
  applicationId: string;
  applicantId: string;
  organisation?: { name?: string; unifiedSocialCreditCode?: string };
  amount: string;
  runId: string;
}

/** An awarded application of the year, with what it was awarded and how. */
export interface AwardRow {
  applicationId: string;
  applicantId: string;
  organisation?: { name?: string; unifiedSocialCreditCode?: string };
  programme: ProgrammeCode;
  fiscalYear: number;
  submittedAt: string;
  status: ApplicationStatus;
  awardedBy: AwardSource;
  amount: string;
}

/** Words for codes, in every language. */
export type Words<K extends string> = Readonly<Record<K, Readonly<Record<Language, string>>>>;

export const PROGRAMME_NAMES: Words<ProgrammeCode> = {
  OSP_RND: { en: 'Open-source platform R&D subsidy', 'zh-CN': '深度学习开源平台研发费用补贴' },
  OSP_OPERATING: { en: 'Open-source platform operating-cost subsidy', 'zh-CN': '深度学习开源平台运营费用补贴' },
  AI_ACTIVITY: { en: 'AI activity support', 'zh-CN': '人工智能活动资金支持' },
  REVENUE_MILESTONE: { en: 'Main business income reward', 'zh-CN': '主营业务收入奖励' },
  ENTERPRISE_SETTLEMENT: { en: 'One-off settlement reward', 'zh-CN': '一次性落户奖励' },
  NATIONAL_PLATFORM: { en: 'National platform recognition reward', 'zh-CN': '认定奖励' },
};
/** The statuses of awarded applications, and the outcomes a decision (or a simulation's draft) gives. */
export const STATUS_NAMES: Words<'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW' | 'APPROVED' | 'PAID'> = {
  ELIGIBLE: { en: 'Eligible', 'zh-CN': '符合条件' },
  INELIGIBLE: { en: 'Ineligible', 'zh-CN': '不符合条件' },
  NEEDS_REVIEW: { en: 'Needs review', 'zh-CN': '待审核' },
  APPROVED: { en: 'Approved', 'zh-CN': '审核通过' },
  PAID: { en: 'Paid', 'zh-CN': '已拨付' },
};
const AWARD_SOURCE_NAMES: Words<AwardSource> = {
  decided: { en: 'Decision', 'zh-CN': '测算核定' },
  approved: { en: 'Review', 'zh-CN': '审核核定' },
  granted: { en: 'Appeal', 'zh-CN': '复核核定' },
};

/** An instant as Beijing time (UTC+8, no daylight saving): `2022-03-01 02:00:05`. */
export const beijingTime = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The organisation's name and code, as the application names them. */
export const organisationColumns = <Row extends { organisation?: LedgerRow['organisation'] }>(): CsvColumn<Row>[] => [
  { header: { en: 'Organisation', 'zh-CN': '申报单位' }, value: (row) => row.organisation?.name },
  {
    header: { en: 'Unified Social Credit Code', 'zh-CN': '统一社会信用代码' },
    value: (row) => row.organisation?.unifiedSocialCreditCode,
  },
];

export const LEDGER_COLUMNS: readonly CsvColumn<LedgerRow>[] = [
  { header: { en: 'Payout', 'zh-CN': '拨付编号' }, value: (row) => row.payoutId },
  {
    header: { en: 'Issued (Beijing time)', 'zh-CN': '拨付时间（北京时间）' },
    value: (row) => beijingTime(row.issuedAt),
  },
  { header: { en: 'Fiscal year', 'zh-CN': '年度' }, value: (row) => row.fiscalYear },
  { header: { en: 'Application', 'zh-CN': '申报编号' }, value: (row) => row.applicationId },
  { header: { en: 'Applicant', 'zh-CN': '申报单位账号' }, value: (row) => row.applicantId },
  ...organisationColumns<LedgerRow>(),
  { header: { en: 'Amount (yuan)', 'zh-CN': '拨付金额（元）' }, value: (row) => row.amount },
  { header: { en: 'Payout run', 'zh-CN': '拨付批次' }, value: (row) => row.runId },
];

export const AWARD_COLUMNS: readonly CsvColumn<AwardRow>[] = [
  { header: { en: 'Application', 'zh-CN': '申报编号' }, value: (row) => row.applicationId },
  { header: { en: 'Applicant', 'zh-CN': '申报单位账号' }, value: (row) => row.applicantId },
  ...organisationColumns<AwardRow>(),
  {
    header: { en: 'Programme', 'zh-CN': '支持项目' },
    value: (row, language) => PROGRAMME_NAMES[row.programme][language],
  },
  { header: { en: 'Fiscal year', 'zh-CN': '年度' }, value: (row) => row.fiscalYear },
  {
    header: { en: 'Submitted (Beijing time)', 'zh-CN': '申报时间（北京时间）' },
    value: (row) => beijingTime(row.submittedAt),
  },
  {
    header: { en: 'Status', 'zh-CN': '状态' },
    value: (row, language) => STATUS_NAMES[row.status as keyof typeof STATUS_NAMES][language],
  },
  {
    header: { en: 'Awarded by', 'zh-CN': '核定方式' },
    value: (row, language) => AWARD_SOURCE_NAMES[row.awardedBy][language],
  },
  { header: { en: 'Amount awarded (yuan)', 'zh-CN': '核定金额（元）' }, value: (row) => row.amount },
];
