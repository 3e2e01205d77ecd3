/**
 * The payout forecast (SPEC §12): what a payout run for a fiscal year would pay now — every
 * unpaid entitlement of the year, read as a run reads them (./entitlements.ts, the 16 shards of
 * the entitlement index in parallel), summed in total and per applicant. It writes nothing.
 */
import { parseYuan } from '../../../shared/policy/index.js';
import { payableFrom } from './runs.js';
import { INDEX_SHARDS } from '../store/items/keys.js';
import { readEntitlementPage } from './entitlements.js';

/** Entitlements read per Query (DynamoDB returns at most 1 MB a page anyway). */
const FORECAST_PAGE_SIZE = 1_000;

export interface ApplicantForecast {
  applicantId: string;
  entitlements: number;
  amountFen: bigint;
}

export interface Forecast {
  fiscalYear: number;
  /** The first day a run may pay the year (Asia/Shanghai), by the version in force today. */
  payableFrom: string;
  entitlements: number;
  amountFen: bigint;
  /** By applicant id, in id order. */
  applicants: ApplicantForecast[];
}

export async function forecastRun(table: string, fiscalYear: number, now: Date): Promise<Forecast> {
  const byApplicant = new Map<string, ApplicantForecast>();
  await Promise.all(
    Array.from({ length: INDEX_SHARDS }, async (_, shard) => {
      let after: string | undefined;
      do {
        const page = await readEntitlementPage(table, { fiscalYear, shard, after }, FORECAST_PAGE_SIZE);
        for (const { applicantId, amount } of page.entitlements) {
          const applicant = byApplicant.get(applicantId) ?? { applicantId, entitlements: 0, amountFen: 0n };
          applicant.entitlements += 1;
          applicant.amountFen += parseYuan(amount);
          byApplicant.set(applicantId, applicant);
        }
        after = page.next;
      } while (after !== undefined);
    }),
  );
  const applicants = [...byApplicant.values()].sort((a, b) =>
    a.applicantId < b.applicantId ? -1 : a.applicantId > b.applicantId ? 1 : 0,
  );
  return {
    fiscalYear,
    payableFrom: payableFrom(fiscalYear, now),
    entitlements: applicants.reduce((sum, applicant) => sum + applicant.entitlements, 0),
    amountFen: applicants.reduce((sum, applicant) => sum + applicant.amountFen, 0n),
    applicants,
  };
}
