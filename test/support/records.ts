/** A SUBMITTED application of a programme with the given details, as stored: for the pure tests of the domain and the store's requests. */
import type { ApplicationRecord } from '../../shared/domain/application.js';

export const submittedRecord = (
  programme: ApplicationRecord['programme'],
  details: Record<string, unknown>,
): ApplicationRecord => ({
  applicationId: '01HX0000000000000000000000',
  applicantId: 'applicant-1',
  programme,
  status: 'SUBMITTED',
  submittedAt: '2022-05-01T02:00:00.000Z',
  organisation: { name: 'Org', unifiedSocialCreditCode: '91350100M000100Y43', registeredInLingang: true },
  details,
  audit: [{ at: '2022-05-01T02:00:00.000Z', by: 'applicant-1', from: null, to: 'SUBMITTED' }],
});
