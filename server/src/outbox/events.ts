// Domain events: one payload type per event type and one builder per event type. Every outbox row is
// made here, so a partner-visible shape changes in one place and the compiler points at its callers.
import type { EventType } from './outbox.entity';

/** The coupon an event is about: the envelope's columns (partners filter on them). */
export interface CouponSubject {
  id: string;
  templateId: string;
  campaignId: string | null;
  userId: string;
  /** The merchant the template's events are filed under (see `eventMerchant`). */
  merchantId: string | null;
}

// Stored payloads are compact: what the outbox row's columns (type, coupon, template, campaign, user,
// merchant, created_at) already say is not repeated, nulls are left out, and times are epoch seconds.
// `eventData` (below) turns a stored row into the published data of its type (schema/src/events.ts):
// every field present, times ISO 8601.

export interface CouponIssuedPayload {
  code: string;
  source: string;
  validFrom: number;
  validUntil: number;
  placement?: string;
  ruleId?: string;
  ruleVersion?: number;
}

export interface CouponLockedPayload {
  orderId: string;
  discount: number;
  lockExpiresAt: number;
}

export interface CouponRedeemedPayload {
  /** A CASH coupon with money left goes back to AVAILABLE with its new balance. */
  status: 'REDEEMED' | 'AVAILABLE';
  orderId: string;
  discount: number;
  balance?: number;
}

export type ReleaseReason = 'CANCELLED' | 'LOCK_EXPIRED' | 'REFUND';

export interface CouponReleasedPayload {
  status: 'AVAILABLE' | 'EXPIRED';
  orderId: string;
  reason: ReleaseReason;
  /** The discount the order held (release) or gets back (refund). */
  discount: number;
  balance?: number;
}

export type CouponExpiredPayload = Record<string, never>;

export interface CouponRevokedPayload {
  previousStatus: string;
  reason?: string;
}

export interface RuleFiredPayload {
  ruleId: string;
  ruleVersion: number;
  trackedEventId: string;
  arm?: string;
  control?: boolean;
  actions?: { nodeId: string; type: string; args: unknown; control: boolean }[];
  results?: Record<string, unknown>;
  /** A rule's `emitEvent` action: a custom event, delivered as `rule.fired` with `custom` set. */
  custom?: { eventType: string; properties: Record<string, unknown> };
}

export interface BudgetExhaustedPayload {
  budget?: number;
  spent: number;
  reserved: number;
  outstandingMax: number;
}

export interface BudgetThresholdPayload extends BudgetExhaustedPayload {
  /** The threshold reached (5 000, 8 000 or 10 000 bp) and the campaign's use (committed + liability). */
  thresholdBp: number;
  usedBp: number;
}

export interface ExperimentUpdatedPayload {
  ruleId: string;
  ruleVersion?: number;
  recommendation: string;
}

export interface WebhookDisabledPayload {
  endpointId: string;
  reason: string;
  disabledAt: number;
}

/** A campaign's budget figures, as the issuer computes them. */
export interface CampaignBudgetFigures {
  id: string;
  budget: number | null;
  spent: number;
  reserved: number;
  outstandingMax: number;
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

/** What a share event stores of its pack (the envelope carries coupon, template and user). */
export interface SharePackFields {
  shareId: string;
  shareCode: string;
  size: number;
  claimed: number;
  expiresAt: number;
}
export interface ShareCreatedPayload extends SharePackFields {
  friendTemplateId: string;
}
export interface ShareClaimedPayload extends SharePackFields {
  sharerUserId: string;
  newUser: boolean;
}
export interface ShareRewardedPayload extends SharePackFields {
  /** CLAIMS or FIRST_PAYMENT. */
  trigger: string;
  /** Why the reward template issued nothing; left out when the reward coupon was issued. */
  refusal?: string;
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
  'rule.fired': RuleFiredPayload;
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

/** `o` without its null and undefined values (compact storage). */
function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}

// The stored form leaves out three more things the rows say for an issued coupon: `validFrom` when it
// is the row's `created_at` (a coupon valid from its issue), `source` when it is its type's usual
// one (CLAIM for `coupon.claimed`, RULE for `coupon.issued`), and `code`, the coupon row's (read back
// with the row, outbox.sql.ts). `storedPayload` writes that form and `expandStored` undoes it, so
// builders, rollups and partners always see every field.

const USUAL_SOURCE: Partial<Record<string, string>> = {
  'coupon.claimed': 'CLAIM',
  'coupon.issued': 'RULE',
};

/** The payload as the outbox row stores it (`createdAt`: the row's created_at). */
export function storedPayload(e: DomainEvent, createdAt: number): object {
  const usual = USUAL_SOURCE[e.type];
  if (usual === undefined) return e.payload;
  const { source, validFrom, code: _code, ...rest } = e.payload as CouponIssuedPayload;
  return {
    ...(source === usual ? {} : { source }),
    ...(validFrom === createdAt ? {} : { validFrom }),
    ...rest,
  };
}

/**
 * A stored payload with what `storedPayload` left out put back (other payloads as they are):
 * `couponCode` is the coupon row's code (rows written before kept it in the payload).
 */
export function expandStored(
  type: string,
  createdAt: number,
  payload: Record<string, unknown>,
  couponCode?: string | null,
): Record<string, unknown> {
  const usual = USUAL_SOURCE[type];
  // rows written before payloads were compact nest the coupon (with its source and times) under `coupon`
  if (usual === undefined || 'coupon' in payload) return payload;
  return {
    code: payload.code ?? couponCode,
    ...payload,
    source: payload.source ?? usual,
    validFrom: payload.validFrom ?? createdAt,
  };
}

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
    payload: compact({
      code: c.code,
      source: c.source,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      placement: c.placement ?? undefined,
      ruleId: c.ruleId ?? undefined,
      ruleVersion: c.ruleVersion ?? undefined,
    }),
  };
}

export function couponLocked(
  c: CouponSubject,
  lock: { orderId: string; discount: number; lockExpiresAt: number },
): DomainEvent<'coupon.locked'> {
  return {
    type: 'coupon.locked',
    ...envelope(c),
    payload: { orderId: lock.orderId, discount: lock.discount, lockExpiresAt: lock.lockExpiresAt },
  };
}

export function couponRedeemed(
  c: CouponSubject,
  r: { orderId: string; discount: number; balance: number | null; partial: boolean },
): DomainEvent<'coupon.redeemed'> {
  return {
    type: 'coupon.redeemed',
    ...envelope(c),
    payload: compact({
      status: r.partial ? ('AVAILABLE' as const) : ('REDEEMED' as const),
      orderId: r.orderId,
      discount: r.discount,
      balance: r.balance ?? undefined,
    }),
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
    payload: compact({
      status: r.status,
      orderId: r.orderId,
      reason: r.reason,
      discount: r.discount,
      balance: r.balance ?? undefined,
    }),
  };
}

export function couponExpired(c: CouponSubject): DomainEvent<'coupon.expired'> {
  return { type: 'coupon.expired', ...envelope(c), payload: {} };
}

export function couponRevoked(
  c: CouponSubject,
  previousStatus: string,
  reason: string | null,
): DomainEvent<'coupon.revoked'> {
  return {
    type: 'coupon.revoked',
    ...envelope(c),
    payload: compact({ previousStatus, reason: reason ?? undefined }),
  };
}

export function ruleFired(
  userId: string,
  f: {
    ruleId: string;
    ruleVersion: number;
    trackedEventId: string;
    arm: string | null;
    control: boolean;
    actions: { nodeId: string; type: string; args: unknown; control: boolean }[];
    results: Record<string, unknown>;
  },
): DomainEvent<'rule.fired'> {
  return {
    type: 'rule.fired',
    userId,
    payload: compact({ ...f, arm: f.arm ?? undefined, control: f.control || undefined }),
  };
}

/** A rule's `emitEvent` action: delivered as `rule.fired` with its `custom` event. */
export function customEventEmitted(e: {
  eventType: string;
  properties?: Record<string, unknown> | null;
  ruleId: string;
  ruleVersion: number;
  eventId: string;
  userId: string;
}): DomainEvent<'rule.fired'> {
  return {
    type: 'rule.fired',
    userId: e.userId,
    payload: {
      ruleId: e.ruleId,
      ruleVersion: e.ruleVersion,
      trackedEventId: e.eventId,
      custom: { eventType: e.eventType, properties: e.properties ?? {} },
    },
  };
}

const budgetFigures = (c: CampaignBudgetFigures): BudgetExhaustedPayload =>
  compact({
    budget: c.budget ?? undefined,
    spent: c.spent,
    reserved: c.reserved,
    outstandingMax: c.outstandingMax,
  });

export function budgetExhausted(
  campaign: CampaignBudgetFigures,
  templateId: string,
  merchantId: string | null,
): DomainEvent<'budget.exhausted'> {
  return {
    type: 'budget.exhausted',
    campaignId: campaign.id,
    templateId,
    merchantId,
    payload: budgetFigures(campaign),
  };
}

export function budgetThreshold(
  p: { campaign: CampaignBudgetFigures; thresholdBp: number; usedBp: number },
  templateId: string,
  merchantId: string | null,
): DomainEvent<'budget.threshold'> {
  return {
    type: 'budget.threshold',
    campaignId: p.campaign.id,
    templateId,
    merchantId,
    payload: { ...budgetFigures(p.campaign), thresholdBp: p.thresholdBp, usedBp: p.usedBp },
  };
}

export function experimentUpdated(experiment: {
  ruleId: string;
  version: number | null;
  recommendation: string;
}): DomainEvent<'experiment.updated'> {
  return {
    type: 'experiment.updated',
    payload: compact({
      ruleId: experiment.ruleId,
      ruleVersion: experiment.version ?? undefined,
      recommendation: experiment.recommendation,
    }),
  };
}

export function webhookDisabled(
  endpointId: string,
  reason: string,
  disabledAt: number,
): DomainEvent<'webhook.disabled'> {
  return { type: 'webhook.disabled', payload: { endpointId, reason, disabledAt } };
}

const packFields = (share: ShareBrief): SharePackFields => ({
  shareId: share.id,
  shareCode: share.code,
  size: share.size,
  claimed: share.claimed,
  expiresAt: share.expiresAt,
});

/** A holder shared a pack (the envelope's coupon is the sharer's). */
export function shareCreated(
  p: { share: ShareBrief & { couponId: string; friendTemplateId: string } },
  merchantId: string | null,
): DomainEvent<'share.created'> {
  return {
    type: 'share.created',
    couponId: p.share.couponId,
    templateId: p.share.templateId,
    userId: p.share.sharerUserId,
    merchantId,
    payload: { ...packFields(p.share), friendTemplateId: p.share.friendTemplateId },
  };
}

/** A friend claimed through a share (the envelope's coupon is the friend's). */
export function shareClaimed(
  p: { share: ShareBrief; friend: { userId: string; couponId: string; newUser: boolean } },
  merchantId: string | null,
): DomainEvent<'share.claimed'> {
  return {
    type: 'share.claimed',
    couponId: p.friend.couponId,
    templateId: p.share.templateId,
    userId: p.friend.userId,
    merchantId,
    payload: { ...packFields(p.share), sharerUserId: p.share.sharerUserId, newUser: p.friend.newUser },
  };
}

/** The sharer was rewarded, once per pack (the envelope's coupon is the reward). */
export function shareRewarded(
  p: { share: ShareBrief; trigger: string; reward: { couponId: string | null; refusal: string | null } },
  merchantId: string | null,
): DomainEvent<'share.rewarded'> {
  return {
    type: 'share.rewarded',
    couponId: p.reward.couponId,
    templateId: p.share.templateId,
    userId: p.share.sharerUserId,
    merchantId,
    payload: {
      ...packFields(p.share),
      trigger: p.trigger,
      ...(p.reward.refusal ? { refusal: p.reward.refusal } : {}),
    },
  };
}
