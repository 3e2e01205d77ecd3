/**
 * The histories a simulation judges with (functions/commons/simulations/histories.ts) are the
 * evaluator's: for random recorded histories in DynamoDB Local (certifications and awards with
 * and without their instants, recognitions held by the applicant or by another), each decision's
 * history as the simulation derives it from one shared read per applicant equals what
 * loadHistoryFor reads for it on its own, as of the decision; a decision whose rules read no
 * history (AI_ACTIVITY) is given none, as the evaluator gives it. Seeded (fast-check prints the seed).
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historiesAsOf, type StoredDecision } from '../../functions/commons/simulations/histories.js';
import { loadHistoryFor } from '../../functions/commons/store/put-item/history.js';
import { awardKey, certificationKey, recognitionKey } from '../../functions/commons/store/items/keys.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { PROGRAMMES, type ProgrammeCode } from '../../shared/policy/index.js';
import { doc, tableName } from '../write-path/write-path.js';

const STARTED = new Date();
/** Decisions from 2022 on, some of them within the minutes before the simulation started (read on their own). */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((day) => new Date(Date.UTC(2022, 0, 1 + day)).toISOString()),
  fc.integer({ min: 0, max: 600 }).map((s) => new Date(STARTED.getTime() - s * 1000).toISOString()),
);
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const REFERENCES = ['REF-A', 'REF-B', 'REF-C'];
/**
 * The programmes whose rules read no history, from the policy's text rather than the code under
 * test (README's programme table): an AI_ACTIVITY claim is NEEDS_REVIEW up to min(requested,
 * the cap) whatever the applicant holds; every other programme's rule counts certifications or
 * earlier awards.
 */
const READ_NO_HISTORY: readonly ProgrammeCode[] = ['AI_ACTIVITY'];

const award = fc.record({
  application: fc.integer({ min: 0, max: 5 }),
  programme: fc.constantFrom(...PROGRAMMES),
  amount: fc.integer({ min: 1, max: 9_999_999 }).map((fen) => (fen / 100).toFixed(2)),
  fiscalYear: maybe(fc.constantFrom(2021, 2022)),
  reference: maybe(fc.constantFrom(...REFERENCES)),
  awardedAt: maybe(instant),
});
const applicant = fc.record({
  certifications: fc.array(
    fc.record({ certifiedAt: maybe(instant), until: fc.constantFrom('2022-06-30', '2030-12-31') }),
    {
      maxLength: 3,
    },
  ),
  awards: fc.uniqueArray(award, { maxLength: 4, selector: (entry) => entry.application }),
});
const decision = fc.record({
  applicant: fc.integer({ min: 0, max: 2 }),
  application: fc.integer({ min: 0, max: 7 }),
  programme: fc.constantFrom(...PROGRAMMES),
  reference: fc.constantFrom(...REFERENCES),
  at: instant,
});
/** A recognition's marker held by another applicant's application. */
const foreignMarker = fc.record({ reference: fc.constantFrom(...REFERENCES), awardedAt: maybe(instant) });

const put = (Item: Record<string, unknown>) => doc.send(new PutCommand({ TableName: tableName, Item }));

describe("a simulation's histories", () => {
  it('equal, decision by decision, what loadHistoryFor reads as of each decision, or none when its rules read none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(applicant, { minLength: 3, maxLength: 3 }),
        fc.array(foreignMarker, { maxLength: 2 }),
        fc.array(decision, { minLength: 1, maxLength: 12 }),
        async (applicants, foreign, decisions) => {
          const run = randomUUID().slice(0, 8);
          const applicantId = (n: number) => `histories-${run}-${n}`;
          const applicationId = (n: number, a: number) => `${run}-${n}-${a}`;
          const reference = (name: string) => `${name}-${run.toUpperCase()}`;
          for (const [n, { certifications, awards }] of applicants.entries()) {
            for (const [c, { certifiedAt, until }] of certifications.entries())
              await put({
                ...certificationKey(applicantId(n), `C${c}`),
                certifiedFrom: '2020-12-26',
                certifiedUntil: until,
                reference: `C${c}`,
                ...(certifiedAt && { certifiedAt }),
              });
            for (const entry of awards) {
              const fields = {
                applicantId: applicantId(n),
                applicationId: applicationId(n, entry.application),
                programme: entry.programme,
                amount: entry.amount,
                ...(entry.fiscalYear && { fiscalYear: entry.fiscalYear }),
                ...(entry.awardedAt && { awardedAt: entry.awardedAt }),
                ...(entry.reference && { recognitionReference: reference(entry.reference) }),
              };
              await put({ ...awardKey(applicantId(n), applicationId(n, entry.application)), ...fields });
              if (entry.reference) await put({ ...recognitionKey(reference(entry.reference)), ...fields });
            }
          }
          for (const [m, marker] of foreign.entries())
            await put({
              ...recognitionKey(reference(marker.reference)),
              applicantId: `other-${run}`,
              applicationId: `other-${run}-${m}`,
              programme: 'NATIONAL_PLATFORM',
              amount: '1000000.00',
              recognitionReference: reference(marker.reference),
              ...(marker.awardedAt && { awardedAt: marker.awardedAt }),
            });

          const stored: StoredDecision[] = decisions.map((entry) => {
            const record = {
              applicantId: applicantId(entry.applicant),
              applicationId: applicationId(entry.applicant, entry.application),
              programme: entry.programme,
              details: { recognitionReference: reference(entry.reference) },
            } as unknown as ApplicationRecord;
            return { record, asOf: { at: entry.at, applicationId: record.applicationId } };
          });
          const simulated = await historiesAsOf(tableName, stored, {
            simulationId: randomUUID(),
            startedAt: STARTED.toISOString(),
          });
          for (const [i, { record, asOf }] of stored.entries())
            expect(simulated[i], JSON.stringify(asOf)).toEqual(
              READ_NO_HISTORY.includes(record.programme)
                ? { certifications: [], awards: [] }
                : (await loadHistoryFor(tableName, record, asOf)).history,
            );
        },
      ),
      { numRuns: 25 },
    );
  });
});
