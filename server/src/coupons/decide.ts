// Issuance as one pure decision (DOMAIN.md, Claiming and issuance): given the template and campaign
// state and what accounts, devices and codes already hold, decide each request in arrival order —
// a new coupon record or a typed refusal. Claims, codes, bulk jobs, staff issuance, rule actions and
// the coupon centre's preview all ask this function; the SQL around it only reads state and writes
// the outcome. No request is decided past the quota, an account or device limit, or the budget.
import { DateTime } from 'luxon';
import { type BudgetFigures, budgetAllows } from '../campaigns/budget';
import type { Campaign } from '../campaigns/campaign.entity';
import type { CouponTemplate } from '../templates/template.entity';
import { couponWindow } from '../templates/validity';
import { couponCode, newId } from '../ids';
import type { Coupon, CouponCode, CouponSource } from './coupon.entity';
import type { ClaimRefusal } from './refusals';

export type TemplateState = Pick<
  CouponTemplate,
  | 'id'
  | 'status'
  | 'kind'
  | 'balance'
  | 'validFrom'
  | 'validUntil'
  | 'validForSeconds'
  | 'validAfterSeconds'
  | 'claimStartsAt'
  | 'claimEndsAt'
  | 'quotaAvailable'
  | 'limitPerAccount'
  | 'limitFrequency'
  | 'limitPerDevice'
  | 'maxValue'
> & { campaignId: string | null; audienceIds: readonly string[] };

export type CampaignState = BudgetFigures & Pick<Campaign, 'id' | 'status'>;

/** What one account holds of the template: coupons ever issued, the last issue time, unused ones. */
export interface Holding {
  n: number;
  last: number;
  active: number;
}

export interface IssueState {
  now: number;
  /** IANA zone of calendar rules (DAILY). */
  timeZone: string;
  /** Settled coupons before a campaign's observed redemption rate counts (BUDGET_MIN_HISTORY). */
  minHistory: number;
  template: TemplateState;
  campaign: CampaignState | null;
  /** By user id. */
  accounts: ReadonlyMap<string, Holding>;
  /** By `device:<id>` and `cookie:<id>` (see deviceKeys). */
  devices: ReadonlyMap<string, number>;
  /** Users of gated requests who belong to one of the template's audiences. */
  members: ReadonlySet<string>;
  /** Status of each unbound code the requests name (absent: no such code of this template). */
  codes: ReadonlyMap<string, CouponCode['status']>;
}

/** One request to issue, as the decision sees it. */
export interface IssueAsk {
  userId: string;
  source: CouponSource;
  deviceId?: string | null;
  cookieId?: string | null;
  placement?: Coupon['placement'];
  ruleId?: string | null;
  ruleVersion?: number | null;
  /** An unbound code to consume (source CODE). */
  code?: string | null;
}

export type Decision = { kind: 'issue'; coupon: Coupon } | { kind: 'refuse'; reason: ClaimRefusal };

/** Makes the new coupons' ids and codes (random in production, fixed in tests). */
export interface Mint {
  couponId(): string;
  code(): string;
}
export const RANDOM_MINT: Mint = { couponId: () => newId('coupon'), code: couponCode };

/** Audiences restrict what users ask for (claims, codes); staff, bulk and rule issuance pick users themselves. */
export const audienceGated = (t: Pick<TemplateState, 'audienceIds'>, source: CouponSource): boolean =>
  t.audienceIds.length > 0 && (source === 'CLAIM' || source === 'CODE');

export const deviceKeys = (a: Pick<IssueAsk, 'deviceId' | 'cookieId'>): string[] => {
  const keys: string[] = [];
  if (a.deviceId) keys.push(`device:${a.deviceId}`);
  if (a.cookieId) keys.push(`cookie:${a.cookieId}`);
  return keys;
};

/** Why nobody can be issued a coupon of this template now (its state, window and campaign), or null. */
export function closedBecause(
  t: TemplateState,
  campaign: Pick<CampaignState, 'status'> | null,
  now: number,
): ClaimRefusal | null {
  if (t.status === 'PAUSED') return 'PAUSED';
  if (t.status === 'ENDED') return 'ENDED';
  if (t.status !== 'ACTIVE') return 'NOT_STARTED';
  if (t.claimStartsAt != null && now < t.claimStartsAt) return 'NOT_STARTED';
  if (t.claimEndsAt != null && now >= t.claimEndsAt) return 'ENDED';
  // A coupon issued now could never be used (its window would be empty): claiming has ended.
  if (!couponWindow(t, now)) return 'ENDED';
  if (campaign?.status === 'PAUSED') return 'PAUSED';
  if (campaign?.status === 'ENDED') return 'ENDED';
  return null;
}

/** Decides `asks` in order; each issued coupon counts against the limits of those after it. */
export function decideIssue(
  state: IssueState,
  asks: readonly IssueAsk[],
  mint: Mint = RANDOM_MINT,
): Decision[] {
  const { template: t, campaign, now } = state;
  const closed = closedBecause(t, campaign, now);
  if (closed) return asks.map(() => ({ kind: 'refuse', reason: closed }));
  const accounts = new Map(state.accounts);
  const devices = new Map(state.devices);
  const usedCodes = new Set<string>();
  const day = (epoch: number) => DateTime.fromSeconds(epoch, { zone: state.timeZone }).toISODate();
  const today = day(now);
  let quota = t.quotaAvailable ?? null;
  let added = 0; // maximum value issued by this decision so far

  const refusal = (a: IssueAsk): ClaimRefusal | null => {
    if (audienceGated(t, a.source) && !state.members.has(a.userId)) return 'NOT_IN_AUDIENCE';
    const held = accounts.get(a.userId);
    if (t.limitPerAccount != null && (held?.n ?? 0) >= t.limitPerAccount) return 'ACCOUNT_LIMIT';
    if (t.limitFrequency === 'ONCE' && held && held.n >= 1) return 'ACCOUNT_LIMIT';
    if (t.limitFrequency === 'AFTER_USE' && held && held.active > 0) return 'ACCOUNT_LIMIT';
    if (t.limitFrequency === 'DAILY' && held && held.n > 0 && day(held.last) === today) return 'DAILY_LIMIT';
    const limit = t.limitPerDevice;
    if (limit != null && deviceKeys(a).some((k) => (devices.get(k) ?? 0) >= limit)) return 'DEVICE_LIMIT';
    if (quota != null && quota <= 0) return 'SOLD_OUT';
    if (campaign && !budgetAllows(campaign, added + t.maxValue, state.minHistory)) return 'BUDGET_EXHAUSTED';
    if (a.code != null) {
      const status = usedCodes.has(a.code) ? 'CLAIMED' : state.codes.get(a.code);
      if (status === undefined) return 'CODE_INVALID';
      if (status !== 'UNUSED') return 'CODE_ALREADY_USED';
    }
    return null;
  };

  return asks.map((a): Decision => {
    const reason = refusal(a);
    if (reason) return { kind: 'refuse', reason };
    const held = accounts.get(a.userId) ?? { n: 0, last: 0, active: 0 };
    accounts.set(a.userId, { n: held.n + 1, last: now, active: held.active + 1 });
    for (const k of deviceKeys(a)) devices.set(k, (devices.get(k) ?? 0) + 1);
    if (quota != null) quota--;
    added += t.maxValue;
    if (a.code != null) usedCodes.add(a.code);
    return { kind: 'issue', coupon: newCoupon(t, a, now, mint) };
  });
}

/** The one coupon record a decision makes: it feeds the row, the event and the returned entity. */
function newCoupon(t: TemplateState, a: IssueAsk, now: number, mint: Mint): Coupon {
  const window = couponWindow(t, now)!;
  return {
    id: mint.couponId(),
    templateId: t.id,
    campaignId: t.campaignId,
    userId: a.userId,
    code: a.code ?? mint.code(),
    status: 'AVAILABLE',
    source: a.source,
    ruleId: a.ruleId ?? null,
    ruleVersion: a.ruleVersion ?? null,
    placement: a.placement ?? null,
    deviceId: a.deviceId ?? null,
    cookieId: a.cookieId ?? null,
    issuedAt: now,
    validFrom: window.validFrom,
    validUntil: window.validUntil,
    seenAt: null,
    balance: t.kind === 'CASH' ? (t.balance ?? null) : null,
    maxValue: t.maxValue,
    lockedOrderId: null,
    lockExpiresAt: null,
    lockedDiscount: null,
    redeemedOrderId: null,
    redeemedAt: null,
    updatedAt: now,
  };
}
