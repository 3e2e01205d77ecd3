/**
 * `npm run reconcile -- [--api URL]`: recounts the statistics from the records of the running
 * local system (`npm start`, at http://127.0.0.1:$PORT) and compares them with the aggregates the
 * admin API answers from; prints the outcome and exits 1 on a difference. On AWS the same
 * function runs on its schedule and alarms; run it at once with
 * `aws lambda invoke --function-name <ReconcileStatisticsFunctionName output> result.json`.
 */
import { parseArgs } from 'node:util';
import type { Reconciliation } from '../functions/commons/statistics/reconcile.js';

const { values } = parseArgs({ options: { api: { type: 'string' } } });
const api = values.api ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const response = await fetch(new URL('/local/reconcile', api), { method: 'POST' }).catch((error: Error) => {
  process.stderr.write(`reconcile: no local system answers at ${api} (${error.message}); start it with npm start\n`);
  process.exit(2);
});
if (!response.ok) {
  process.stderr.write(`reconcile: ${response.status} ${await response.text()}\n`);
  process.exit(2);
}
const { cells, differences } = (await response.json()) as Reconciliation;
if (differences.length === 0) {
  process.stdout.write(
    `statistics reconciled: ${cells} fiscal year × programme cell(s) recounted from the records, every counter equal\n`,
  );
} else {
  process.stdout.write(`statistics differ from the records in ${differences.length} counter(s):\n`);
  for (const { fiscalYear, programme, counter, recounted, aggregated } of differences) {
    process.stdout.write(`  ${fiscalYear} ${programme} ${counter}: records ${recounted}, aggregates ${aggregated}\n`);
  }
  process.exit(1);
}
