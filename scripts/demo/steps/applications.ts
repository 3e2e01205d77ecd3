/**
 * Acts 2 and 3: one application per programme (and one the policy refuses), their decisions, then
 * more operating-cost claims (the annual cap in year one, a second fiscal year) and the company's
 * revenue milestone of the next year (a step-up award: the higher tier less what it received);
 * at the end, the state every application finished in.
 */
import type { operations } from '../../../client/schema.js';
import { ScenarioError, type ScenarioContext } from '../context.js';
import { FISCAL_YEARS, type ApplicationView, type ScenarioApplication } from '../model.js';

/** The body of POST /v1/applications, as the document has it. */
type ApplicationBody = NonNullable<operations['submitApplication']['requestBody']>['content']['application/json'];
type ApplicationSpec = Omit<ScenarioApplication, 'applicationId' | 'submitted'> & {
  name: string;
  details: Record<string, unknown>;
};

const PLATFORM_NAME = 'Lin-gang Open Deep Learning Platform Co., Ltd.';
const [fy1, fy2] = FISCAL_YEARS;

/** An operating-cost claim of the certified platform: eligible, and paid by its fiscal year's run. */
const platformOperatingClaim = (
  ctx: ScenarioContext,
  label: string,
  fiscalYear: number,
  operatingCosts: string,
): ApplicationSpec => ({
  label,
  programme: 'OSP_OPERATING',
  applicantId: ctx.applicants.platform,
  name: PLATFORM_NAME,
  details: { fiscalYear, operatingCosts },
  expectedOutcome: 'ELIGIBLE',
  expectedFinalStatus: 'PAID',
});

const onePerProgramme = (ctx: ScenarioContext) =>
  ({
    rnd: {
      label: 'R&D costs',
      programme: 'OSP_RND',
      applicantId: ctx.applicants.platform,
      name: PLATFORM_NAME,
      details: { periodStart: '2021-01-01', periodEnd: '2021-12-31', rndCosts: '8000000.00' },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'ELIGIBLE',
    },
    // Decided before the year's second claim is sent, so the cap falls on the second.
    operating1: platformOperatingClaim(ctx, `operating ${fy1} #1`, fy1, '6000000.00'),
    activity: {
      label: 'AI competition',
      programme: 'AI_ACTIVITY',
      applicantId: ctx.applicants.activity,
      name: 'Dishui Lake AI Challenge Organising Co., Ltd.',
      details: {
        activityType: 'COMPETITION',
        description: 'Lin-gang autonomous driving algorithm challenge',
        requestedAmount: '300000.00',
      },
      expectedOutcome: 'NEEDS_REVIEW',
      expectedFinalStatus: 'APPROVED',
    },
    revenue: {
      label: 'revenue milestone',
      programme: 'REVENUE_MILESTONE',
      applicantId: ctx.applicants.company,
      name: 'Lin-gang Vision Intelligence Co., Ltd.',
      details: {
        fiscalYear: fy1,
        mainBusinessIncome: '12000000.00',
        priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
      },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'ELIGIBLE',
    },
    settlement: {
      label: 'enterprise settlement',
      programme: 'ENTERPRISE_SETTLEMENT',
      applicantId: ctx.applicants.settler,
      name: 'Harbour AI Robotics (Shanghai) Co., Ltd.',
      details: { establishedOn: '2021-02-01', origin: 'FOREIGN', requestedAmount: '10000000.00' },
      expectedOutcome: 'NEEDS_REVIEW',
      // Rejected on review, appealed, granted by a second admin.
      expectedFinalStatus: 'APPROVED',
    },
    national: {
      label: 'national key lab',
      programme: 'NATIONAL_PLATFORM',
      applicantId: ctx.applicants.lab,
      name: 'Lin-gang Intelligent Computing Laboratory',
      details: {
        recognition: 'NATIONAL_KEY_LABORATORY',
        recognitionReference: `NKL-${ctx.tag}`,
        recognizedOn: '2021-03-01',
        requestedAmount: '20000000.00',
      },
      expectedOutcome: 'NEEDS_REVIEW',
      expectedFinalStatus: 'NEEDS_REVIEW',
    },
    uncertified: {
      label: `uncertified ${fy1}`,
      programme: 'OSP_OPERATING',
      applicantId: ctx.applicants.uncertified,
      name: 'Newcomer Open Model Platform Co., Ltd.',
      details: { fiscalYear: fy1, operatingCosts: '2000000.00' },
      expectedOutcome: 'INELIGIBLE',
      expectedFinalStatus: 'INELIGIBLE',
    },
  }) satisfies Record<string, ApplicationSpec>;

async function submit(ctx: ScenarioContext, spec: ApplicationSpec): Promise<ScenarioApplication> {
  const body = { programme: spec.programme, organisation: ctx.organisation(spec.name), details: spec.details };
  const { body: answer, headers } = await ctx.call(`submit ${spec.label}`, 202, async () =>
    ctx.api.POST('/v1/applications', { body: body as ApplicationBody, headers: await ctx.auth(spec.applicantId) }),
  );
  if (!answer?.applicationId) throw new ScenarioError(`submit ${spec.label}: no applicationId in the answer`);
  if (answer.status !== 'SUBMITTED') ctx.fail(`submit ${spec.label}: status ${answer.status}, expected SUBMITTED`);
  if (headers.get('location') !== `/v1/applications/${answer.applicationId}`)
    ctx.fail(`submit ${spec.label}: Location header ${headers.get('location')}`);
  const { name: _name, details: _details, ...rest } = spec;
  const entry: ScenarioApplication = { ...rest, applicationId: answer.applicationId, submitted: body };
  ctx.result.applications.push(entry);
  ctx.log(`  submitted ${spec.label.padEnd(22)} ${answer.applicationId}`);
  return entry;
}

/** Submits the specs one after another, in their order, keeping their keys. */
async function submitAll<K extends string>(
  ctx: ScenarioContext,
  specs: Record<K, ApplicationSpec>,
): Promise<Record<K, ScenarioApplication>> {
  const submitted = {} as Record<K, ScenarioApplication>;
  for (const key of Object.keys(specs) as K[]) submitted[key] = await submit(ctx, specs[key]);
  return submitted;
}

const readApplication = async (ctx: ScenarioContext, app: ScenarioApplication, record = false) =>
  (
    await ctx.call(
      `read ${app.label}`,
      200,
      async () =>
        ctx.api.GET('/v1/applications/{id}', {
          params: { path: { id: app.applicationId } },
          headers: await ctx.auth(app.applicantId),
        }),
      record,
    )
  ).body;

async function awaitDecision(ctx: ScenarioContext, app: ScenarioApplication): Promise<ApplicationView> {
  const view = await ctx.waitFor(`the decision on ${app.label} (${app.applicationId})`, async () => {
    const current = await readApplication(ctx, app);
    return current.status !== 'SUBMITTED' && current.decision ? current : undefined;
  });
  ctx.recordAwaited(`decision ${app.label}`, `/v1/applications/${app.applicationId}`);
  app.evaluated = view;
  const decision = view.decision!;
  if (decision.outcome !== app.expectedOutcome)
    ctx.fail(`${app.label}: outcome ${decision.outcome}, expected ${app.expectedOutcome}`);
  ctx.log(
    `  decided   ${app.label.padEnd(22)} ${decision.outcome} ${decision.amount}${decision.capApplied ? ' (cap applied)' : ''}`,
  );
  return view;
}

async function awaitDecisions(ctx: ScenarioContext, apps: Record<string, ScenarioApplication>): Promise<void> {
  for (const app of Object.values(apps)) await awaitDecision(ctx, app);
}

export async function applyOncePerProgramme(ctx: ScenarioContext) {
  ctx.log('applications');
  const applications = await submitAll(ctx, onePerProgramme(ctx));
  ctx.log('decisions');
  await awaitDecisions(ctx, applications);
  return applications;
}

export async function claimMoreOperatingCosts(ctx: ScenarioContext): Promise<void> {
  ctx.log('operating-cost claims');
  const claims = await submitAll(ctx, {
    operating2: platformOperatingClaim(ctx, `operating ${fy1} #2`, fy1, '7000000.00'),
    operating3: platformOperatingClaim(ctx, `operating ${fy2}`, fy2, '3000000.00'),
  });
  await awaitDecisions(ctx, claims);
}

/** The company's income of the next year crosses a higher threshold: it receives that tier's reward less what it already received. */
export async function stepUpRevenue(ctx: ScenarioContext): Promise<void> {
  ctx.log('revenue milestone, step-up');
  const { revenue } = onePerProgramme(ctx);
  const priorYears = [
    ...revenue.details.priorYears,
    { fiscalYear: fy1, mainBusinessIncome: revenue.details.mainBusinessIncome },
  ];
  const claim = await submitAll(ctx, {
    stepUp: {
      ...revenue,
      label: 'revenue step-up',
      details: { fiscalYear: fy2, mainBusinessIncome: '60000000.00', priorYears },
    },
  });
  await awaitDecisions(ctx, claim);
}

/** Every application ended as the scenario expects, after reviews, the appeal and the payout runs. */
export async function checkFinalStates(ctx: ScenarioContext): Promise<void> {
  for (const app of ctx.result.applications) {
    app.final = await readApplication(ctx, app, true);
    if (app.final.status !== app.expectedFinalStatus)
      ctx.fail(`${app.label}: final status ${app.final.status}, expected ${app.expectedFinalStatus}`);
  }
}
