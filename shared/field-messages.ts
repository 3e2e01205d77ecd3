/**
 * The keys of the field messages that schemas (the policy's and the API's) attach to an issue;
 * the catalogues of shared/i18n/ put each into words in the request's language. Apart from both,
 * so the policy names messages without depending on the catalogues.
 */
/** Field messages the schemas name by key (zod's own messages come from zod's locales). */
export const FIELD_MESSAGES = [
  'moneyType',
  'moneyFormat',
  'date',
  'instant',
  'fiscalYear',
  'uscc',
  'programme',
  'periodOrder',
  'priorYears',
  'certificationOrder',
  'awardFiscalYear',
  'awardRecognition',
  'bodyRequired',
  'bodyNotObject',
  'pathParameterMissing',
  'pathSegmentEncoding',
  'idSegment',
  'applicantIdSegment',
  'idempotencyKeyLength',
  'reviewAmount',
  'cursorNotIssued',
  'cursorOtherListing',
  'unknownField',
  'limit',
  'cursorEmpty',
  'statusParameter',
  'programmeParameter',
  'needsAttention',
  'fiscalYearRequired',
  'fourDigitYear',
  'approvalAmount',
  'rejectionAmount',
  'sha256Hex',
  'fileName',
  'documentSize',
  'grantAmount',
  'upholdAmount',
  'appealDocument',
  'documentIdsUnique',
  'singleLineText',
  'multiLineText',
  'dateFrom1900',
  'percentParameter',
  'amountParameter',
  'yearParameter',
  'monthDayParameter',
  'daysParameter',
  'revenueTiersParameter',
  'submissionWindow',
  'programmesUnique',
] as const;
export type FieldMessage = (typeof FIELD_MESSAGES)[number];

/** A schema's message, by key: rendered in the request's language when the issue is shown. */
export const fieldMessage = (key: FieldMessage): string => key;
export const isFieldMessage = (message: string): message is FieldMessage =>
  (FIELD_MESSAGES as readonly string[]).includes(message);
