/**
 * Which events the example consumer receives: every decision that awards money outside the
 * yearly payout run — an ELIGIBLE evaluation, an approving review, a granted appeal — of any
 * programme but OSP_OPERATING (whose awards the payout run pays and announces as PayoutIssued),
 * of schema version 1.x. One pattern for the CDK rule (./construct.ts) and the local bus
 * (`npm start`), written in EventBridge's own syntax.
 */
export const AWARD_EVENTS_PATTERN = {
  source: ['lingang.ai-subsidy'],
  'detail-type': ['ApplicationEvaluated', 'ApplicationReviewed', 'AppealDecided'],
  detail: {
    schemaVersion: [{ prefix: '1.' }],
    programme: [{ 'anything-but': 'OSP_OPERATING' }],
    amount: [{ exists: true }],
    sequence: [{ numeric: ['>', 1] }],
    $or: [{ outcome: ['ELIGIBLE'] }, { decision: ['APPROVE', 'GRANT'] }],
  },
};
