/** English: the catalogue integrations and auditors read. */
import { en as zodEnglish } from 'zod/locales';
import { APPLICATION_STATUSES } from '../domain/application.js';
import { EARLIEST_DATE } from '../values.js';
import { PROGRAMMES } from '../policy/schemas.js';
import type { Catalogue } from './catalogue.js';
import { enFormat as f } from './format.js';
import { zodMessageIn } from './zod-messages.js';

type Texts = Catalogue['reasons'];

const requested: Texts['AI_ACTIVITY.requestedAmount'] = (p) =>
  p.held ? `Requested ${f.money(p.requested)}.` : 'The requested amount must be more than 0.00 yuan.';
const reviewCeiling: Texts['AI_ACTIVITY.cap'] = (p) =>
  p.limited
    ? `The request of ${f.money(p.requested)} exceeds the maximum of ${f.money(p.maximum)}; a reviewer may approve at most ${f.money(p.ceiling)}.`
    : `A reviewer may approve up to the requested ${f.money(p.requested)} (maximum ${f.money(p.maximum)}).`;
const somethingToAward: Texts['OSP_RND.amount'] = (p) =>
  p.held
    ? `The subsidy of ${f.money(p.subsidy)} is more than 0.00 yuan.`
    : 'The subsidy rounds down to 0.00 yuan; nothing is awarded for nothing.';
const rate: Texts['OSP_RND.rate'] = (p) =>
  `${p.rate} of ${f.money(p.costs)} is ${f.money(p.subsidy)} (rounded down to the fen).`;
const fiscalYearEnded = (p: { held: boolean; fiscalYear: number; submittedOn: string }) =>
  p.held
    ? `Fiscal year ${p.fiscalYear} has ended.`
    : `Fiscal year ${p.fiscalYear} had not ended when the claim was submitted on ${p.submittedOn}.`;

const RECOGNITIONS = {
  NATIONAL_KEY_LABORATORY: 'national key laboratory',
  NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER: 'national enterprise technology centre',
};

const reasons: Texts = {
  'policy.window': (p) =>
    `Submitted on ${p.submittedOn}, ${p.held ? 'within' : 'before'} the application window of ${p.version} opened on ${p.opensOn}.`,
  'organisation.registeredInLingang': (p) =>
    p.held
      ? 'The applicant declares registration in the Lin-gang Special Area.'
      : 'The applicant does not declare registration in the Lin-gang Special Area; only Lin-gang-registered organisations qualify.',

  'OSP_RND.certification': (p) =>
    `${p.held ? 'A platform certification covers' : 'No open-source platform certification covers'} the whole period ${p.periodStart} to ${p.periodEnd}.`,
  'OSP_RND.period': (p) => {
    const period = `The period ${p.periodStart} to ${p.periodEnd}`;
    if (p.held)
      return `${period} lies within the validity of ${p.version} and ended by the submission on ${p.submittedOn}.`;
    if (p.withinValidity)
      return `${period} had not ended when the claim was submitted on ${p.submittedOn}: only costs already incurred qualify.`;
    return `${period} is not within the validity of ${p.version} (from ${p.validFrom}${p.validUntil ? ` to ${p.validUntil}` : ''}).`;
  },
  'OSP_RND.costs': (p) =>
    p.held ? `Claimed R&D costs: ${f.money(p.costs)}.` : 'The claimed R&D costs must be more than 0.00 yuan.',
  'OSP_RND.rate': rate,
  'OSP_RND.amount': somethingToAward,
  'OSP_RND.cap': (p) =>
    ({
      exhausted: `The cumulative cap of ${f.money(p.cap)} per platform is exhausted by earlier R&D awards.`,
      limited: `Only ${f.money(p.remaining)} remains of the cumulative cap of ${f.money(p.cap)}; the award is limited to it.`,
      within: `${f.money(p.remaining)} remains of the cumulative cap of ${f.money(p.cap)}.`,
    })[p.state],

  'OSP_OPERATING.certification': (p) =>
    p.held
      ? `A platform certification is valid during fiscal year ${p.fiscalYear}.`
      : `No open-source platform certification is valid on any day of fiscal year ${p.fiscalYear}.`,
  'OSP_OPERATING.fiscalYear': (p) =>
    !p.held && p.fiscalYear < p.firstFiscalYear
      ? `Fiscal year ${p.fiscalYear} is before ${p.firstFiscalYear}, the first year the policy subsidises.`
      : fiscalYearEnded(p),
  'OSP_OPERATING.costs': (p) =>
    p.held
      ? `Claimed operating costs: ${f.money(p.costs)}.`
      : 'The claimed operating costs must be more than 0.00 yuan.',
  'OSP_OPERATING.rate': rate,
  'OSP_OPERATING.amount': somethingToAward,
  'OSP_OPERATING.cap': (p) =>
    ({
      exhausted: `The cap of ${f.money(p.cap)} for fiscal year ${p.fiscalYear} is exhausted by earlier operating-cost awards.`,
      limited: `Only ${f.money(p.remaining)} remains of the ${f.money(p.cap)} cap for fiscal year ${p.fiscalYear}; the award is limited to it.`,
      within: `${f.money(p.remaining)} remains of the ${f.money(p.cap)} cap for fiscal year ${p.fiscalYear}.`,
    })[p.state],

  'AI_ACTIVITY.activityType': (p) => `The activity is of a supported kind: ${p.activityType}.`,
  'AI_ACTIVITY.requestedAmount': requested,
  'AI_ACTIVITY.cap': reviewCeiling,

  'REVENUE_MILESTONE.fiscalYear': fiscalYearEnded,
  'REVENUE_MILESTONE.threshold': (p) =>
    `Main business income of ${f.money(p.income)} ${p.held ? 'exceeds' : 'does not exceed'} ${f.money(p.threshold)}.`,
  'REVENUE_MILESTONE.firstTime': (p) =>
    p.held
      ? `No earlier declared year exceeded ${f.money(p.threshold)}: this is the first time.`
      : `Income already exceeded ${f.money(p.threshold)} in ${f.years(p.yearsAbove)}: this is not the first time, and the reward is for the first time only.`,
  'REVENUE_MILESTONE.oncePerApplicant': (p) =>
    p.held
      ? 'The applicant has no earlier revenue milestone award.'
      : 'The applicant already received the revenue milestone award, which is granted once per applicant.',
  'REVENUE_MILESTONE.higherTier': (p) =>
    p.rewardedThreshold === null
      ? `No revenue milestone tier has been rewarded yet; the claim is for the tier above ${f.money(p.threshold)}.`
      : p.held
        ? `The tier above ${f.money(p.threshold)} is higher than the highest tier already rewarded (above ${f.money(p.rewardedThreshold)}).`
        : `The tier above ${f.money(p.threshold)} is not higher than the highest tier already rewarded (above ${f.money(p.rewardedThreshold)}): each threshold is rewarded once.`,
  'REVENUE_MILESTONE.stepUp': (p) =>
    p.held
      ? `Step-up award: the tier above ${f.money(p.threshold)} earns ${f.money(p.award)}, less ${f.money(p.received)} already received under the revenue milestone: ${f.money(p.difference)}.`
      : `Step-up award: the tier above ${f.money(p.threshold)} earns ${f.money(p.award)}, and ${f.money(p.received)} has already been received under the revenue milestone: nothing remains to award.`,
  'REVENUE_MILESTONE.tier': (p) =>
    p.held
      ? `Income above ${f.money(p.above)}${p.upTo === null ? '' : ` up to ${f.money(p.upTo)}`} earns ${f.money(p.award)}.`
      : `No reward tier of ${p.version} covers ${f.money(p.income)}.`,

  'ENTERPRISE_SETTLEMENT.establishedOn': (p) => {
    if (p.held) return `Established in Lin-gang on ${p.establishedOn} (${p.origin.toLowerCase()} enterprise).`;
    if (p.establishedOn > p.submittedOn)
      return `Established on ${p.establishedOn}, after the submission on ${p.submittedOn}: only an enterprise already set up qualifies.`;
    return `Established on ${p.establishedOn}, before ${p.establishedFrom}: only enterprises setting up from then on qualify.`;
  },
  'ENTERPRISE_SETTLEMENT.oncePerApplicant': (p) =>
    p.held
      ? 'The applicant has no earlier settlement award.'
      : 'The applicant already received the one-time settlement award.',
  'ENTERPRISE_SETTLEMENT.requestedAmount': requested,
  'ENTERPRISE_SETTLEMENT.cap': reviewCeiling,

  'NATIONAL_PLATFORM.recognition': (p) =>
    `Recognised as a ${RECOGNITIONS[p.recognition]} on ${p.recognizedOn} (reference ${p.reference}).`,
  'NATIONAL_PLATFORM.recognizedOn': (p) =>
    p.held
      ? `Recognised on ${p.recognizedOn}, on or before the submission on ${p.submittedOn}.`
      : `Recognised on ${p.recognizedOn}, after the submission on ${p.submittedOn}: only a recognition already held qualifies.`,
  'NATIONAL_PLATFORM.oncePerRecognition': (p) =>
    p.held
      ? `No earlier award for recognition ${p.reference}.`
      : `Recognition ${p.reference} has already been rewarded; each recognition is rewarded once.`,
  'NATIONAL_PLATFORM.requestedAmount': requested,
  'NATIONAL_PLATFORM.cap': reviewCeiling,

  'appeal.window': (p) =>
    `Decided on ${p.decidedOn}; an appeal is open for ${p.windowDays} days, through ${p.lastDay}; appealed on ${p.appealedOn}, ${p.held ? 'in time' : 'after the appeal period had ended'}.`,
  'appeal.upheld': (p) =>
    `On review of the appeal the decision is upheld: the application is ${f.status(p.outcome)} again. This does not affect the right to apply for administrative reconsideration or bring an administrative lawsuit.`,
  'appeal.granted': (p) =>
    `On review of the appeal ${f.money(p.amount)} is granted (at most ${f.money(p.ceiling)} could be).`,
};

const conflict = (detail: string) => ({ title: 'Conflict', detail: () => detail });
const NOT_FOUND = {
  application: 'application',
  'payout-run': 'the payout run',
  simulation: 'the simulation',
  route: 'the route',
  path: 'the path',
  document: 'document',
  export: 'export',
};

export const en: Catalogue = {
  language: 'en',
  batch: {
    lineTooLong: (maxChars) => `line too long: more than ${f.count(maxChars)} characters`,
    blankLine: 'blank line: expected one case per line',
    notJson: 'not valid JSON',
    notACase: 'not a valid case',
    evaluationFailed: 'evaluation failed',
    runtimeDetails: true,
    unknownVersion: (version, known) => `unknown policy version "${version}" (known: ${known.join(', ')})`,
    jobsRange: (given) => `--jobs takes a whole number from 1 to 64, not "${given}"`,
    readingFromTerminal: 'reading cases from the terminal, one per line; end with Ctrl-D (--help for usage)',
    progress: (lines, invalid, perSecond) => `${lines} lines, ${invalid} invalid, ${perSecond} lines/s`,
  },
  reasons,
  problems: {
    validation: {
      title: 'The request is not valid',
      detail: (p) => p.errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; '),
    },
    'malformed-json': { title: 'Malformed JSON', detail: () => 'the body is not valid JSON' },
    unauthorized: { title: 'Unauthorized', detail: () => 'a valid bearer token is required' },
    forbidden: { title: 'Forbidden', detail: (p) => `this route needs membership of the ${p.group} group` },
    'not-found': {
      title: 'Not found',
      detail: (p) => `${p.id === undefined ? `the ${p.what}` : `${NOT_FOUND[p.what]} ${p.id}`} was not found`,
    },
    'method-not-allowed': {
      title: 'Method not allowed',
      detail: (p) => `${p.path} answers ${p.allowed}, not ${p.method}`,
    },
    'body-too-large': {
      title: 'Request body too large',
      detail: (p) => `the body must not exceed ${f.count(p.maxBytes)} bytes`,
    },
    'headers-too-large': {
      title: 'Request header fields too large',
      detail: (p) => `the request line and headers must not exceed ${f.count(p.maxBytes)} bytes`,
    },
    'malformed-request': {
      title: 'Bad request',
      detail: () => 'the request is not well-formed and could not be parsed',
    },
    'request-timeout': {
      title: 'Request timeout',
      detail: () => 'the request did not arrive in time; send it again on a new connection',
    },
    'unsupported-media-type': {
      title: 'Unsupported media type',
      detail: () => 'the body must be sent as content-type application/json',
    },
    internal: { title: 'Internal error', detail: () => 'the request could not be completed; it is safe to retry' },
    'not-withdrawable': {
      title: 'Conflict',
      detail: (p) => `an application can be withdrawn only while ${p.allowed.join(' or ')}; this one is ${p.status}`,
    },
    'fiscal-year-not-subsidised': {
      title: 'Conflict',
      detail: (p) =>
        `fiscal year ${p.fiscalYear} is before ${p.firstFiscalYear}, the first fiscal year ${p.version} subsidises`,
    },
    'payout-not-yet-due': {
      title: 'Conflict',
      detail: (p) =>
        `operating-cost subsidies for fiscal year ${p.fiscalYear} are paid from ${p.opensOn} (Asia/Shanghai); today is ${p.today}`,
    },
    'no-longer-eligible': {
      title: 'Conflict',
      detail: (p) =>
        `the application can no longer be approved: ${p.reasons.map((r) => `${r.rule}: ${r.message}`).join(' ')}`,
    },
    'not-awaiting-review': {
      title: 'Conflict',
      detail: (p) => `application ${p.applicationId} is ${p.status}; only NEEDS_REVIEW applications are reviewed`,
    },
    'concurrent-update': conflict('what this request changes kept changing while it was handled; retry it'),
    'idempotency-key-in-flight': conflict(
      'a request with this Idempotency-Key is still being processed; retry shortly',
    ),
    'idempotency-key-reused': {
      title: 'Unprocessable request',
      detail: () => 'this Idempotency-Key was already used with a different body',
    },
    'amount-out-of-range': { title: 'Unprocessable request', detail: (p) => `the amount ${p.message}` },
    'documents-not-accepted': {
      title: 'Conflict',
      detail: (p) =>
        `documents can be added only while an application is ${p.allowed.join(', ')}; this one is ${p.status}`,
    },
    'document-limit-reached': { title: 'Conflict', detail: (p) => `an application holds at most ${p.max} documents` },
    'application-window-closed': {
      title: 'Unprocessable request',
      detail: (p) =>
        `applications under ${p.version} are accepted from ${p.opensOn} (Asia/Shanghai); today is ${p.today}`,
    },
    'appeal-not-allowed': {
      title: 'Conflict',
      detail: (p) => `only an application that is ${p.allowed.join(' or ')} can be appealed; this one is ${p.status}`,
    },
    'appeal-window-closed': {
      title: 'Conflict',
      detail: (p) =>
        `the decision of ${p.decidedOn} could be appealed for ${p.windowDays} days, through ${p.lastDay} (Asia/Shanghai); today is ${p.today}`,
    },
    'already-appealed': {
      title: 'Conflict',
      detail: (p) => `application ${p.applicationId} has already been appealed; an application is appealed once`,
    },
    'not-appealed': {
      title: 'Conflict',
      detail: (p) =>
        `application ${p.applicationId} is ${p.status}; only an APPEALED application awaits an appeal decision`,
    },
    'appeal-decider-reviewed': {
      title: 'Forbidden',
      detail: (p) => `${p.reviewedBy} reviewed this application; its appeal must be decided by another administrator`,
    },
  },
  fields: {
    moneyType: 'expected a yuan amount as a string, e.g. "1250.50"',
    moneyFormat:
      'expected a non-negative yuan amount without thousands separators and with at most two decimals, e.g. "1250.50"',
    date: 'expected a calendar date YYYY-MM-DD',
    instant: 'expected an ISO 8601 date and time with its offset from UTC',
    fiscalYear: 'expected a year as a whole number',
    uscc: 'not a valid Unified Social Credit Code (18 characters, check character per GB 32100-2015)',
    programme: `programme must be one of ${PROGRAMMES.join(', ')}`,
    periodOrder: 'the period must not end before it starts',
    priorYears: 'each prior year must be earlier than the claimed fiscal year and appear once',
    certificationOrder: 'a certification must not end before it starts',
    awardFiscalYear: 'an OSP_OPERATING award counts against its fiscal year: fiscalYear is required',
    awardRecognition: 'a NATIONAL_PLATFORM award is for one recognition: recognitionReference is required',
    bodyRequired: 'a JSON body is required',
    bodyNotObject: 'the body must be a JSON object',
    pathParameterMissing: 'missing path parameter',
    pathSegmentEncoding: 'not a valid URL-encoded path segment',
    idSegment: 'expected 1 to 64 letters, digits, "-" or "_"',
    applicantIdSegment: 'expected 1 to 128 printable ASCII characters other than "#"',
    idempotencyKeyLength: (p) => `must be 1 to ${p.max} characters`,
    reviewAmount: (p) =>
      `must be more than 0.00 yuan and at most ${f.money(p.ceiling)} (the request limited by the programme's maximum)`,
    cursorNotIssued: 'not a cursor issued by this listing',
    cursorOtherListing: 'this cursor belongs to another listing: start again without a cursor',
    unknownField: 'unknown field',
    limit: 'expected a whole number from 1 to 100',
    cursorEmpty: 'a cursor must not be empty',
    statusParameter: `expected one of ${APPLICATION_STATUSES.join(', ')}`,
    programmeParameter: `expected one of ${PROGRAMMES.join(', ')}`,
    needsAttention: 'expected true',
    fiscalYearRequired: 'the fiscal year is required, e.g. fiscalYear=2021',
    fourDigitYear: 'expected a four-digit year, e.g. 2021',
    approvalAmount: 'an approval needs the approved amount',
    rejectionAmount: 'a rejection carries no amount',
    sha256Hex: 'expected the SHA-256 of the file as 64 hexadecimal digits',
    fileName:
      'expected a file name of 1 to 255 characters on one line, without control characters, unpaired surrogates, bidirectional override characters, "/" or "\\"',
    documentSize: 'expected the size in bytes, a whole number from 1 to 20,971,520 (20 MiB)',
    grantAmount: 'a grant needs the granted amount',
    upholdAmount: 'upholding the decision carries no amount',
    appealDocument: 'not a document of this application',
    documentIdsUnique: 'each document is named once',
    singleLineText:
      'expected one line of text: no line breaks or other control characters, unpaired surrogates or bidirectional override characters',
    multiLineText:
      'expected text without control characters other than line breaks, unpaired surrogates or bidirectional override characters',
    dateFrom1900: `expected a date on or after ${EARLIEST_DATE}`,
    percentParameter: 'expected a percentage from 0.01% to 100% with at most two decimals, e.g. "15%"',
    amountParameter:
      'expected a yuan amount above 0.00 and at most 10,000,000,000.00, without thousands separators and with at most two decimals',
    yearParameter: 'expected a year from 2000 to 2100',
    monthDayParameter: 'expected a day of the year as MM-DD, e.g. "03-01" (not 02-29)',
    daysParameter: 'expected a whole number of days from 1 to 3,650',
    revenueTiersParameter:
      'expected revenue tiers in order, each starting where the previous one ends (above = the previous upTo, upTo above above), the last one open-ended (upTo: null)',
    submissionWindow: 'submittedTo must not be before submittedFrom',
    programmesUnique: 'each programme is named once',
  },
  zodMessage: zodMessageIn(zodEnglish()),
};
