/** Why a claim was refused: data, not an exception (ClaimRefused.reason). */
export const CLAIM_REFUSALS = [
  'SOLD_OUT',
  'NOT_STARTED',
  'ENDED',
  'NOT_IN_AUDIENCE',
  'ACCOUNT_LIMIT',
  'DEVICE_LIMIT',
  'DAILY_LIMIT',
  'BUDGET_EXHAUSTED',
  'PAUSED',
  'RATE_LIMITED',
  'CODE_INVALID',
  'CODE_ALREADY_USED',
] as const;
export type ClaimRefusal = (typeof CLAIM_REFUSALS)[number];
