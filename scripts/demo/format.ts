/** The readable report `npm run demo` prints from the scenario's result, one section after another. */
import type { ScenarioApplication, ScenarioResult } from './model.js';

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** An applicant id without this run's `demo-<tag>-` prefix. */
const shortId = (result: ScenarioResult, id: string) => id.replace(`demo-${result.tag}-`, '');

const detailSummary = (app: ScenarioApplication): string => {
  const d = (app.submitted.details ?? {}) as Record<string, unknown>;
  switch (app.programme) {
    case 'OSP_RND':
      return `R&D ${d.rndCosts} (${d.periodStart}..${d.periodEnd})`;
    case 'OSP_OPERATING':
      return `FY${d.fiscalYear} costs ${d.operatingCosts}`;
    case 'AI_ACTIVITY':
      return `${d.activityType}, asks ${d.requestedAmount}`;
    case 'REVENUE_MILESTONE':
      return `FY${d.fiscalYear} income ${d.mainBusinessIncome}`;
    case 'ENTERPRISE_SETTLEMENT':
      return `${d.origin}, asks ${d.requestedAmount}`;
    case 'NATIONAL_PLATFORM':
      return `${d.recognition === 'NATIONAL_KEY_LABORATORY' ? 'key lab' : 'tech centre'}, asks ${d.requestedAmount}`;
  }
};

function applicationRow(result: ScenarioResult, app: ScenarioApplication): string[] {
  const decision = app.evaluated?.decision;
  const review = app.final?.review;
  const appeal = app.final?.appeal;
  return [
    app.label,
    shortId(result, app.applicantId),
    app.programme,
    detailSummary(app),
    decision?.outcome ?? '-',
    decision?.amount ?? '-',
    decision?.capApplied ? 'yes' : 'no',
    review ? `${review.decision}${review.amount ? ` ${review.amount}` : ''}` : '',
    appeal ? `${appeal.decision ?? 'PENDING'}${appeal.amount ? ` ${appeal.amount}` : ''}` : '',
    app.final?.status ?? app.evaluated?.status ?? '?',
  ];
}

const applicationsSection = (result: ScenarioResult): string[] => [
  '',
  `Applications (applicants demo-${result.tag}-*)`,
  table(
    ['application', 'applicant', 'programme', 'claim', 'outcome', 'amount', 'cap', 'review', 'appeal', 'status'],
    result.applications.map((app) => applicationRow(result, app)),
  ),
];

function decisionsSection(result: ScenarioResult): string[] {
  const out = ['', 'Decisions with their reasons'];
  for (const app of result.applications) {
    const decision = app.evaluated?.decision;
    if (!decision) continue;
    out.push(`  ${app.label} — ${decision.outcome} ${decision.amount} yuan (${decision.policyVersion})`);
    for (const reason of decision.reasons) out.push(`      ${reason.rule.padEnd(38)} ${reason.message}`);
  }
  return out;
}

const runsSection = ({ runs }: ScenarioResult): string[] =>
  runs.length === 0
    ? []
    : [
        '',
        'Payout runs',
        table(
          ['fiscal year', 'run', 'status', 'found', 'paid', 'already paid', 'failed', 'amount'],
          runs.map((run) => [
            String(run.fiscalYear),
            run.runId,
            run.status,
            String(run.found),
            String(run.paid),
            String(run.alreadyPaid),
            String(run.failed),
            run.amount,
          ]),
        ),
      ];

function ledgerSection(result: ScenarioResult): string[] {
  const entries = Object.values(result.ledger).flat();
  if (entries.length === 0) return [];
  const labels = new Map(result.applications.map((app) => [app.applicationId, app.label]));
  return [
    '',
    "Payout ledger (GET /v1/admin/payouts?fiscalYear=, this run's applicants)",
    table(
      ['fiscal year', 'application', 'applicant', 'amount', 'issued at'],
      entries.map((entry) => [
        String(entry.fiscalYear),
        labels.get(entry.applicationId) ?? entry.applicationId,
        shortId(result, entry.applicantId),
        entry.amount,
        entry.issuedAt,
      ]),
    ),
  ];
}

const platformPayoutsSection = (result: ScenarioResult): string[] =>
  result.platformPayouts.length === 0
    ? []
    : [
        '',
        `The platform's own payouts (GET /v1/payouts as ${shortId(result, result.applicants.platform)}): ${result.platformPayouts.map((p) => `FY${p.fiscalYear} ${p.amount}`).join(', ')}`,
      ];

const documentsSection = ({ documents }: ScenarioResult): string[] =>
  documents.length === 0
    ? []
    : [
        '',
        'Evidence documents (presigned PUT, verified by size, SHA-256 and leading bytes, presigned GET)',
        table(
          ['application', 'file', 'bytes', 'status', 'PUT → verified', 'download'],
          documents.map((d) => [
            d.label,
            d.fileName,
            String(d.bytes),
            d.status,
            `${d.verifiedInMs} ms`,
            d.downloadIdentical ? 'identical bytes' : 'DIFFERENT',
          ]),
        ),
      ];

const eventsSection = ({ events, eventCounts }: ScenarioResult): string[] =>
  events.length === 0
    ? []
    : [
        '',
        'Events (GET /local/events, this scenario)',
        table(
          ['type', 'count'],
          Object.entries(eventCounts).map(([type, n]) => [type, String(n)]),
        ),
      ];

function stepsSection({ steps }: ScenarioResult): string[] {
  const failedSteps = steps.filter((step) => !step.ok);
  // Calls of one kind (same request, expected and actual status) share a row.
  const groups = new Map<
    string,
    { name: string; request: string; expected: number; status: number; ok: boolean; count: number }
  >();
  for (const step of steps) {
    const request = `${step.method} ${step.path
      .replace(/[?].*$/, '')
      .replace(/\/v1\/admin\/platforms\/[^/]+/, '/v1/admin/platforms/{applicantId}')
      .replace(/[0-9A-Z]{26}|[0-9a-f-]{36}/g, '{id}')}`;
    const key = `${request}|${step.expected}|${step.status}|${step.name.split(' ')[0]}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        name: step.name,
        request,
        expected: step.expected,
        status: step.status,
        ok: step.ok,
        count: 1,
      });
  }
  return [
    '',
    `HTTP steps: ${steps.length}, ${failedSteps.length === 0 ? 'every status as expected' : `${failedSteps.length} not as expected`}`,
    table(
      ['step', 'request', 'calls', 'expected', 'got'],
      [...groups.values()].map((g) => [
        g.count > 1 ? `${g.name.split(' ')[0]} …` : g.name,
        g.request,
        String(g.count),
        String(g.expected),
        `${g.status}${g.ok ? '' : '  ✗'}`,
      ]),
    ),
  ];
}

const failuresSection = ({ failures }: ScenarioResult): string[] =>
  failures.length === 0 ? [] : ['', 'Not as expected:', ...failures.map((failure) => `  ✗ ${failure}`)];

const verdict = (result: ScenarioResult): string[] => [
  '',
  `${result.ok ? 'Demo completed' : 'Demo FAILED'} in ${(result.durationMs / 1000).toFixed(1)} s against ${result.baseUrl}.`,
  '',
];

export function formatScenario(result: ScenarioResult): string {
  const sections = [
    applicationsSection,
    decisionsSection,
    runsSection,
    ledgerSection,
    platformPayoutsSection,
    documentsSection,
    eventsSection,
    stepsSection,
    failuresSection,
    verdict,
  ];
  return sections.flatMap((section) => section(result)).join('\n');
}
