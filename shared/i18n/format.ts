/**
 * How each language writes the figures a message cites (notes/zh-CN-style.md): messages call
 * these instead of interpolating raw values, so a format is decided once per language.
 * Reasons and problems carry amounts as yuan strings with two decimals ("12500000.00") and
 * dates as ISO calendar dates; only here do they become `12,500,000.00元` or `2021年1月1日`.
 */
import type { ApplicationStatus } from '../domain/application.js';

/** 65536 → "65,536": thousands separators. */
export const grouped = (n: number | bigint | string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "12500000.00" → "12,500,000.00": thousands separators, the two decimals kept. */
export function groupedYuan(yuan: string): string {
  const [whole = '0', decimals = '00'] = yuan.split('.');
  return `${grouped(whole)}.${decimals}`;
}

const FEN_PER_WAN = 1_000_000n; // 10,000 yuan
const FEN_PER_YI = 10_000_000_000n; // 100,000,000 yuan

/** Fen of a yuan string with two decimals. */
const fenOf = (yuan: string): bigint => BigInt(yuan.replace('.', ''));

export interface Formatters {
  /** An exact amount: 1,000,000.00元 / 1,000,000.00 yuan. */
  money(yuan: string): string;
  /** A limit or threshold as the policy writes it: 3000万元, 1亿元 (an amount not in whole 万 is written exactly). */
  limit(yuan: string): string;
  /** A whole number: 65,536. */
  count(n: number | bigint): string;
  /** A calendar date: 2021年1月1日 / 2021-01-01. */
  date(isoDate: string): string;
  /** A fiscal year: 2021年度 / fiscal year 2021. */
  year(fiscalYear: number): string;
  /** Several years: 2019年度、2020年度 / 2019, 2020. */
  years(fiscalYears: readonly number[]): string;
  /** An application status as an applicant reads it. */
  status(status: ApplicationStatus): string;
  /** Alternatives: 已提交或待审核 / SUBMITTED or NEEDS_REVIEW. */
  statuses(statuses: readonly ApplicationStatus[]): string;
}

const STATUS_ZH: Record<ApplicationStatus, string> = {
  SUBMITTED: '已提交',
  ELIGIBLE: '符合条件',
  INELIGIBLE: '不符合条件',
  NEEDS_REVIEW: '待审核',
  APPROVED: '审核通过',
  REJECTED: '未通过',
  WITHDRAWN: '已撤回',
  PAID: '已拨付',
  APPEALED: '复核中',
};

export const zhFormat: Formatters = {
  money: (yuan) => `${groupedYuan(yuan)}元`,
  limit: (yuan) => {
    const fen = fenOf(yuan);
    if (fen > 0n && fen % FEN_PER_YI === 0n) return `${fen / FEN_PER_YI}亿元`;
    if (fen > 0n && fen % FEN_PER_WAN === 0n) return `${fen / FEN_PER_WAN}万元`;
    return zhFormat.money(yuan);
  },
  count: grouped,
  date: (isoDate) => {
    const [year, month, day] = isoDate.split('-').map(Number);
    return `${year}年${month}月${day}日`;
  },
  year: (fiscalYear) => `${fiscalYear}年度`,
  years: (fiscalYears) => fiscalYears.map(zhFormat.year).join('、'),
  status: (status) => STATUS_ZH[status],
  statuses: (statuses) => statuses.map((status) => `“${STATUS_ZH[status]}”`).join('或'),
};

export const enFormat: Formatters = {
  money: (yuan) => `${groupedYuan(yuan)} yuan`,
  limit: (yuan) => enFormat.money(yuan),
  count: grouped,
  date: (isoDate) => isoDate,
  year: (fiscalYear) => `fiscal year ${fiscalYear}`,
  years: (fiscalYears) => fiscalYears.join(', '),
  status: (status) => status,
  statuses: (statuses) => statuses.join(' or '),
};
