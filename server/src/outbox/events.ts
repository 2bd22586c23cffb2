// Domain events: one payload type per event type and one builder per event type. Every outbox row is
// made here, so a partner-visible shape changes in one place and the compiler points at its callers.
import type { EventType } from './outbox.entity';

/** Coupon states as partners see them in payloads. */
type CouponState = 'AVAILABLE' | 'LOCKED' | 'REDEEMED' | 'EXPIRED' | 'REVOKED';

/** The coupon an event is about: the envelope's columns (partners filter on them). */
export interface CouponSubject {
  id: string;
  templateId: string;
  campaignId: string | null;
  userId: string;
  /** The merchant the template's events are filed under (see `eventMerchant`). */
  merchantId: string | null;
}

interface CouponBrief {
  id: string;
  status: CouponState;
  templateId: string;
  userId: string;
}

export interface CouponIssuedPayload {
  coupon: CouponBrief & {
    code: string;
    campaignId: string | null;
    source: string;
    validFrom: number;
    validUntil: number;
  };
  placement: string | null;
  ruleId: string | null;
  ruleVersion: number | null;
}

export interface CouponLockedPayload {
  coupon: CouponBrief;
  orderId: string;
  discount: number;
  lockExpiresAt: number;
}

export interface CouponRedeemedPayload {
  /** A CASH coupon with money left goes back to AVAILABLE with its new balance. */
  coupon: CouponBrief & { balance: number | null };
  orderId: string;
  discount: number;
}

export type ReleaseReason = 'CANCELLED' | 'LOCK_EXPIRED' | 'REFUND';

export interface CouponReleasedPayload {
  coupon: CouponBrief & { balance: number | null };
  orderId: string;
  reason: ReleaseReason;
  /** The discount the order held (release) or gets back (refund). */
  discount: number;
}

export interface CouponExpiredPayload {
  coupon: CouponBrief;
}

export interface CouponRevokedPayload {
  coupon: CouponBrief & { previousStatus: string };
  reason: string | null;
}

export interface RuleFiredPayload {
  rule: { id: string; version: number };
  eventId: string;
  userId: string;
  arm: string | null;
  control: boolean;
  actions: { nodeId: string; type: string; args: unknown; control: boolean }[];
  results: Record<string, unknown>;
}

/** A rule's `emitEvent` action: delivered as `rule.fired` whose payload type is `custom.<eventType>`. */
export interface CustomEventPayload {
  type: `custom.${string}`;
  custom: { eventType: string; properties: Record<string, unknown> };
  ruleId: string;
  ruleVersion: number;
  eventId: string;
  userId: string;
}

export interface BudgetExhaustedPayload {
  campaign: { id: string; budget: number | null; spent: number; reserved: number; outstandingMax: number };
}

export interface BudgetThresholdPayload {
  campaign: BudgetExhaustedPayload['campaign'];
  /** The threshold reached (5 000, 8 000 or 10 000 bp) and the campaign's use (committed + liability). */
  thresholdBp: number;
  usedBp: number;
}

export interface ExperimentUpdatedPayload {
  experiment: { ruleId: string; version: number | null; recommendation: string };
}

export interface WebhookDisabledPayload {
  endpoint: { id: string; reason: string; disabledAt: number };
}

/** A share pack as partners see it (shares/). */
export interface ShareBrief {
  id: string;
  code: string;
  templateId: string;
  sharerUserId: string;
  size: number;
  claimed: number;
  expiresAt: number;
}

export interface ShareCreatedPayload {
  share: ShareBrief & { couponId: string; friendTemplateId: string };
}

export interface ShareClaimedPayload {
  share: ShareBrief;
  /** The friend, the coupon they got, and whether they were a new user. */
  friend: { userId: string; couponId: string; newUser: boolean };
}

export interface ShareRewardedPayload {
  share: ShareBrief;
  /** CLAIMS or FIRST_PAYMENT; the reward coupon (null when its template refused to issue). */
  trigger: string;
  reward: { couponId: string | null; refusal: string | null };
}

/** Every event type's payload: an event type without one here is a type error in `DomainEvent`. */
export interface EventPayloads {
  'coupon.issued': CouponIssuedPayload;
  'coupon.claimed': CouponIssuedPayload;
  'coupon.locked': CouponLockedPayload;
  'coupon.redeemed': CouponRedeemedPayload;
  'coupon.released': CouponReleasedPayload;
  'coupon.expired': CouponExpiredPayload;
  'coupon.revoked': CouponRevokedPayload;
  'rule.fired': RuleFiredPayload | CustomEventPayload;
  'budget.exhausted': BudgetExhaustedPayload;
  'budget.threshold': BudgetThresholdPayload;
  'experiment.updated': ExperimentUpdatedPayload;
  'webhook.disabled': WebhookDisabledPayload;
  'share.created': ShareCreatedPayload;
  'share.claimed': ShareClaimedPayload;
  'share.rewarded': ShareRewardedPayload;
}

/** A domain event, written in the same transaction as the state change it announces. */
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: {
    type: K;
    couponId?: string | null;
    templateId?: string | null;
    campaignId?: string | null;
    userId?: string | null;
    merchantId?: string | null;
    payload: EventPayloads[K];
  };
}[T];

/** The merchant a template's events are filed under (for partner filters). */
export function eventMerchant(
  scope: { merchantIds: readonly string[] },
  funding: { merchantId?: string | null },
): string | null {
  return funding.merchantId ?? (scope.merchantIds.length === 1 ? scope.merchantIds[0]! : null);
}

const envelope = (c: CouponSubject) => ({
  couponId: c.id,
  templateId: c.templateId,
  campaignId: c.campaignId,
  userId: c.userId,
  merchantId: c.merchantId,
});

const brief = (c: CouponSubject, status: CouponState): CouponBrief => ({
  id: c.id,
  status,
  templateId: c.templateId,
  userId: c.userId,
});

/** A coupon entered a wallet: `coupon.claimed` when the user asked (claim, code), else `coupon.issued`. */
export function couponIssued(
  c: CouponSubject & {
    code: string;
    source: string;
    validFrom: number;
    validUntil: number;
    placement?: string | null;
    ruleId?: string | null;
    ruleVersion?: number | null;
  },
): DomainEvent<'coupon.issued' | 'coupon.claimed'> {
  return {
    type: c.source === 'CLAIM' || c.source === 'CODE' ? 'coupon.claimed' : 'coupon.issued',
    ...envelope(c),
    payload: {
      coupon: {
        id: c.id,
        code: c.code,
        templateId: c.templateId,
        campaignId: c.campaignId,
        userId: c.userId,
        status: 'AVAILABLE',
        source: c.source,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
      },
      placement: c.placement ?? null,
      ruleId: c.ruleId ?? null,
      ruleVersion: c.ruleVersion ?? null,
    },
  };
}

export function couponLocked(
  c: CouponSubject,
  lock: { orderId: string; discount: number; lockExpiresAt: number },
): DomainEvent<'coupon.locked'> {
  return { type: 'coupon.locked', ...envelope(c), payload: { coupon: brief(c, 'LOCKED'), ...lock } };
}

export function couponRedeemed(
  c: CouponSubject,
  r: { orderId: string; discount: number; balance: number | null; partial: boolean },
): DomainEvent<'coupon.redeemed'> {
  return {
    type: 'coupon.redeemed',
    ...envelope(c),
    payload: {
      coupon: { ...brief(c, r.partial ? 'AVAILABLE' : 'REDEEMED'), balance: r.balance },
      orderId: r.orderId,
      discount: r.discount,
    },
  };
}

/** A coupon left an order: cancelled or lapsed (back to AVAILABLE, or EXPIRED), or refunded. */
export function couponReleased(
  c: CouponSubject,
  r: {
    orderId: string;
    reason: ReleaseReason;
    discount: number;
    balance: number | null;
    status: 'AVAILABLE' | 'EXPIRED';
  },
): DomainEvent<'coupon.released'> {
  return {
    type: 'coupon.released',
    ...envelope(c),
    payload: {
      coupon: { ...brief(c, r.status), balance: r.balance },
      orderId: r.orderId,
      reason: r.reason,
      discount: r.discount,
    },
  };
}

export function couponExpired(c: CouponSubject): DomainEvent<'coupon.expired'> {
  return { type: 'coupon.expired', ...envelope(c), payload: { coupon: brief(c, 'EXPIRED') } };
}

export function couponRevoked(
  c: CouponSubject,
  previousStatus: string,
  reason: string | null,
): DomainEvent<'coupon.revoked'> {
  return {
    type: 'coupon.revoked',
    ...envelope(c),
    payload: { coupon: { ...brief(c, 'REVOKED'), previousStatus }, reason },
  };
}

export function ruleFired(userId: string, payload: RuleFiredPayload): DomainEvent<'rule.fired'> {
  return { type: 'rule.fired', userId, payload };
}

export function customEventEmitted(
  e: Omit<CustomEventPayload, 'type' | 'custom'> & {
    eventType: string;
    properties?: Record<string, unknown> | null;
  },
): DomainEvent<'rule.fired'> {
  return {
    type: 'rule.fired',
    userId: e.userId,
    payload: {
      type: `custom.${e.eventType}`,
      custom: { eventType: e.eventType, properties: e.properties ?? {} },
      ruleId: e.ruleId,
      ruleVersion: e.ruleVersion,
      eventId: e.eventId,
      userId: e.userId,
    },
  };
}

export function budgetExhausted(
  campaign: BudgetExhaustedPayload['campaign'],
  templateId: string,
  merchantId: string | null,
): DomainEvent<'budget.exhausted'> {
  return { type: 'budget.exhausted', campaignId: campaign.id, templateId, merchantId, payload: { campaign } };
}

export function budgetThreshold(
  p: BudgetThresholdPayload,
  templateId: string,
  merchantId: string | null,
): DomainEvent<'budget.threshold'> {
  return { type: 'budget.threshold', campaignId: p.campaign.id, templateId, merchantId, payload: p };
}

export function experimentUpdated(
  experiment: ExperimentUpdatedPayload['experiment'],
): DomainEvent<'experiment.updated'> {
  return { type: 'experiment.updated', payload: { experiment } };
}

export function webhookDisabled(
  endpointId: string,
  reason: string,
  disabledAt: number,
): DomainEvent<'webhook.disabled'> {
  return { type: 'webhook.disabled', payload: { endpoint: { id: endpointId, reason, disabledAt } } };
}

/** A holder shared a pack (the envelope's coupon is the sharer's). */
export function shareCreated(
  p: ShareCreatedPayload,
  merchantId: string | null,
): DomainEvent<'share.created'> {
  return {
    type: 'share.created',
    couponId: p.share.couponId,
    templateId: p.share.templateId,
    userId: p.share.sharerUserId,
    merchantId,
    payload: p,
  };
}

/** A friend claimed through a share (the envelope's coupon is the friend's). */
export function shareClaimed(
  p: ShareClaimedPayload,
  merchantId: string | null,
): DomainEvent<'share.claimed'> {
  return {
    type: 'share.claimed',
    couponId: p.friend.couponId,
    templateId: p.share.templateId,
    userId: p.friend.userId,
    merchantId,
    payload: p,
  };
}

/** The sharer was rewarded, once per pack (the envelope's coupon is the reward). */
export function shareRewarded(
  p: ShareRewardedPayload,
  merchantId: string | null,
): DomainEvent<'share.rewarded'> {
  return {
    type: 'share.rewarded',
    couponId: p.reward.couponId,
    templateId: p.share.templateId,
    userId: p.share.sharerUserId,
    merchantId,
    payload: p,
  };
}
