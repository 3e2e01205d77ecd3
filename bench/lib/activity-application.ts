/** The application the load benchmarks submit: AI_ACTIVITY, so it ends NEEDS_REVIEW with no award writes. */
export const ACTIVITY_APPLICATION = {
  programme: 'AI_ACTIVITY',
  organisation: {
    name: 'Lin-gang Bench AI Co., Ltd.',
    unifiedSocialCreditCode: '91350100M000100Y43',
    registeredInLingang: true,
  },
  details: { activityType: 'COMPETITION', description: 'An AI competition', requestedAmount: '300000.00' },
} as const;
