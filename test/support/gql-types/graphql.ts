/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an API key may do. */
export type ApiScope =
  | 'CHECKOUT'
  | 'COUPONS_CLAIM'
  | 'EVENTS_READ'
  | 'EVENTS_WRITE';

/** What an AMOUNT_OFF / PERCENT_OFF applies to: ORDER (the eligible amount), EACH_UNIT / EACH_LINE (AMOUNT_OFF: a fixed amount off each eligible unit or line, never more than it), CHEAPEST_ITEM (one unit of the cheapest eligible item). */
export type ApplyTo =
  | 'CHEAPEST_ITEM'
  | 'EACH_LINE'
  | 'EACH_UNIT'
  | 'ORDER';

/** DYNAMIC: a condition expression over user facts. STATIC: an uploaded list of user ids. */
export type AudienceKind =
  | 'DYNAMIC'
  | 'STATIC';

/** A template to issue to every member of an audience, as a background job. */
export type BulkIssueInput = {
  /** Percent of the users (0 < p < 100) kept as a random holdout that gets nothing; the job can then be measured with `jobExperiment`. */
  holdoutPercent?: number | null | undefined;
  templateId: string | number;
  /** Up to 100 000 user ids per job. */
  userIds: Array<string | number>;
};

/** The state of a bulk issue job. */
export type BulkJobStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'PAUSED'
  | 'RUNNING';

/** A campaign life-cycle step: PAUSE (ACTIVE → PAUSED), RESUME (PAUSED → ACTIVE), END (ACTIVE or PAUSED → ENDED). */
export type CampaignAction =
  | 'END'
  | 'PAUSE'
  | 'RESUME';

/** The lifecycle state of a campaign. */
export type CampaignStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

/** A cart: its lines and who it belongs to, to quote or check coupons against. */
export type CartInput = {
  /** 1 to 1000 lines. */
  lines: Array<CartLineInput>;
  merchantId?: string | null | undefined;
  /** Coupons already locked by this order count as available. */
  orderId?: string | number | null | undefined;
  /** The order shipping: SHIPPING_OFF coupons discount it, gift cards (CASH) may pay it. */
  shipping?: ShippingInput | null | undefined;
  /** Required for API keys; a user token quotes its own wallet. */
  userId?: string | number | null | undefined;
};

/** One line of a cart: SKU, price in minor units and quantity. */
export type CartLineInput = {
  brand?: string | null | undefined;
  category?: string | null | undefined;
  merchantId?: string | null | undefined;
  quantity: number;
  sku: string;
  /** Minor units. */
  unitPrice: number;
};

/** A claim of the coupon an unbound code stands for. */
export type ClaimByCodeInput = {
  /** An unbound code minted for a template. */
  code: string;
  cookieId?: string | null | undefined;
  deviceId: string;
  idempotencyKey: string;
  userId?: string | number | null | undefined;
};

/** ONCE; DAILY (once per calendar day in the deployment zone); AFTER_USE (again once the last one is used or expired). */
export type ClaimFrequency =
  | 'AFTER_USE'
  | 'DAILY'
  | 'ONCE';

/** A claim of one coupon of a template for a user on a device. */
export type ClaimInput = {
  /** Web: the cookie id, limited like a device. */
  cookieId?: string | null | undefined;
  deviceId: string;
  /** At most 255 characters; the same key never issues twice (kept 48 h). */
  idempotencyKey: string;
  placement?: PlacementKind | null | undefined;
  templateId: string | number;
  /** Required for API keys; a user token claims for itself. */
  userId?: string | number | null | undefined;
};

/** Why a claim was refused (a business refusal, returned as data). */
export type ClaimRefusal =
  | 'ACCOUNT_LIMIT'
  | 'BUDGET_EXHAUSTED'
  | 'CODE_ALREADY_USED'
  | 'CODE_INVALID'
  | 'DAILY_LIMIT'
  | 'DEVICE_LIMIT'
  | 'ENDED'
  | 'NOT_IN_AUDIENCE'
  | 'NOT_STARTED'
  | 'PAUSED'
  | 'RATE_LIMITED'
  | 'SOLD_OUT';

/** A friend claims through a share (its id or code), with the usual device and cookie. */
export type ClaimShareInput = {
  /** The share code (from the link). */
  code: string;
  cookieId?: string | null | undefined;
  deviceId: string;
  /** Optional: a friend claims once per share, so a replay answers the first claim whatever the key. */
  idempotencyKey?: string | null | undefined;
  /** Required for API keys; a user token claims for itself. */
  userId?: string | number | null | undefined;
};

/** Lists are AND-ed; an empty or missing list admits everything. A partner key sees only its merchants. */
export type CouponEventFilter = {
  campaignIds?: Array<string | number> | null | undefined;
  /** Event types as named in webhook bodies: coupon.claimed, coupon.redeemed … */
  eventTypes?: Array<string> | null | undefined;
  merchantIds?: Array<string> | null | undefined;
  templateIds?: Array<string | number> | null | undefined;
  /**
   * Event types in GraphQL spelling (COUPON_CLAIMED); combined with eventTypes.
   * @deprecated Use eventTypes (coupon.claimed …), the names of webhook bodies and CouponEvent.eventType.
   */
  types?: Array<CouponEventType> | null | undefined;
};

/** An event type in GraphQL spelling: COUPON_CLAIMED is coupon.claimed, the name webhook bodies, JSON Schemas (/schemas/events/<name>.json) and CouponEvent.eventType use. */
export type CouponEventType =
  /** budget.exhausted: A campaign budget is used up: issuing stops. */
  | 'BUDGET_EXHAUSTED'
  /** budget.threshold: A campaign reached 50 %, 80 % or 100 % of its budget (committed plus liability). */
  | 'BUDGET_THRESHOLD'
  /** coupon.claimed: A user claimed a coupon (coupon centre or code). */
  | 'COUPON_CLAIMED'
  /** coupon.expired: A coupon expired unused. */
  | 'COUPON_EXPIRED'
  /** coupon.issued: A coupon was issued to a user (by a rule, a job or the API). */
  | 'COUPON_ISSUED'
  /** coupon.locked: A coupon was locked to an order at checkout. */
  | 'COUPON_LOCKED'
  /** coupon.redeemed: The order holding the coupon was confirmed. */
  | 'COUPON_REDEEMED'
  /** coupon.released: A coupon left an order: cancelled, lock lapsed, or refunded. */
  | 'COUPON_RELEASED'
  /** coupon.revoked: Staff revoked a coupon. */
  | 'COUPON_REVOKED'
  /** experiment.updated: A rule experiment's recommendation changed. */
  | 'EXPERIMENT_UPDATED'
  /** rule.fired: A rule acted on a tracked event (actions and their results), or emitted a custom event (custom set, no actions). */
  | 'RULE_FIRED'
  /** share.claimed: A friend claimed through a share pack (the envelope's coupon and user are the friend's). */
  | 'SHARE_CLAIMED'
  /** share.created: A holder created a share pack (the envelope's coupon and user are the sharer's). */
  | 'SHARE_CREATED'
  /** share.rewarded: The sharer was rewarded, once per pack (the envelope's coupon is the reward, its user the sharer). */
  | 'SHARE_REWARDED'
  /** webhook.disabled: A webhook endpoint was disabled (answered 410, or failing for too long). */
  | 'WEBHOOK_DISABLED';

/** What a coupon does (docs/domain.md, Coupon kinds). */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'BUY_X_GET_Y'
  | 'CASH'
  | 'INTEREST_RATE'
  | 'MERCHANDISE'
  | 'PERCENT_OFF'
  | 'SHIPPING_OFF'
  | 'STEP_AMOUNT_OFF';

/** How a coupon arrived in a wallet. */
export type CouponSource =
  | 'API'
  | 'BULK'
  | 'CLAIM'
  | 'CODE'
  | 'RULE';

/** The state of a coupon. */
export type CouponStatus =
  | 'AVAILABLE'
  | 'EXPIRED'
  | 'LOCKED'
  | 'REDEEMED'
  | 'REVOKED';

/** A new API key: its name, scopes and merchants. */
export type CreateApiKeyInput = {
  merchantIds?: Array<string>;
  name: string;
  scopes: Array<ApiScope>;
};

/** A new audience: static or with an expression. */
export type CreateAudienceInput = {
  description?: string | null | undefined;
  expression?: unknown;
  kind: AudienceKind;
  name: string;
};

/** A new campaign: name, budget and schedule. */
export type CreateCampaignInput = {
  budget?: number | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  name: string;
  startsAt?: string | null | undefined;
};

/** A new issuance rule: its name and draft graph. */
export type CreateRuleInput = {
  description?: string | null | undefined;
  /** The draft graph document. */
  graph?: unknown;
  mode?: RuleMode;
  name: string;
};

/** Share a pack from a coupon whose template allows sharing. */
export type CreateShareInput = {
  cookieId?: string | null | undefined;
  /** The coupon to share (its template must allow sharing). */
  couponId: string | number;
  /** The sharer's device (a friend on it is refused). */
  deviceId?: string | null | undefined;
  /** Required for API keys; a user token shares for itself. */
  userId?: string | number | null | undefined;
};

/** A new staff user: e-mail, role and initial password. */
export type CreateStaffInput = {
  /** The role (required unless the deprecated role is given). */
  access?: Role | null | undefined;
  email: string;
  /** At least 10 characters and hard to guess (zxcvbn score 3 of 4). */
  password: string;
  /** @deprecated Use access: the same role as ADMIN, GROWTH or ANALYST. */
  role?: StaffRole | null | undefined;
};

/** A new coupon template. */
export type CreateTemplateInput = {
  /** Create as ACTIVE instead of DRAFT. */
  activate?: boolean;
  /** AMOUNT_OFF / STEP_AMOUNT_OFF: minor units off. */
  amount?: number | null | undefined;
  /** AMOUNT_OFF / PERCENT_OFF: default ORDER. */
  applyTo?: ApplyTo | null | undefined;
  /** Only members of one of these audiences may claim it. */
  audienceIds?: Array<string | number> | null | undefined;
  /** CASH: the stored value. */
  balance?: number | null | undefined;
  /** BUY_X_GET_Y: buy this many units of the scope … */
  buyQuantity?: number | null | undefined;
  /** The campaign whose budget pays for it. */
  campaignId?: string | number | null | undefined;
  /** PERCENT_OFF / STEP_AMOUNT_OFF: the most a discount can be. */
  cap?: number | null | undefined;
  claimEndsAt?: string | null | undefined;
  claimStartsAt?: string | null | undefined;
  /** INTEREST_RATE: for at most this many days. */
  days?: number | null | undefined;
  description?: string | null | undefined;
  /** PERCENT_OFF: basis points off (900 = 9 % off). */
  discountBp?: number | null | undefined;
  /** Combines with no other coupon. */
  exclusive?: boolean;
  funding?: FundingInput | null | undefined;
  /** BUY_X_GET_Y: … get this many (of the scope, or of `sku`) at discountBp off, cheapest first. */
  getQuantity?: number | null | undefined;
  /** BUY_X_GET_Y: the "get" set (buy from the scope, get from these SKUs/brands/categories); default: the scope. */
  getScope?: ScopeInput | null | undefined;
  kind: CouponKind;
  limitFrequency?: ClaimFrequency | null | undefined;
  /** Coupons per account in total. */
  limitPerAccount?: number | null | undefined;
  /** Coupons per device (and per web cookie). */
  limitPerDevice?: number | null | undefined;
  /** BUY_X_GET_Y: at most this many times per order. */
  maxApplications?: number | null | undefined;
  /** EACH_UNIT / EACH_LINE: most units (lines) discounted, cheapest first. */
  maxUnits?: number | null | undefined;
  /** The cart must hold at least this many eligible units. */
  minQuantity?: number | null | undefined;
  /** INTEREST_RATE: an investment term shorter than this many days is refused (threshold is the least principal). */
  minTermDays?: number | null | undefined;
  /** CASH: several coupons with this option pay one order together, soonest-expiring first. */
  multiplePerOrder?: boolean | null | undefined;
  name: string;
  placements?: Array<PlacementKind>;
  /** INTEREST_RATE: principal cap. */
  principalCap?: number | null | undefined;
  /** Scheduled releases; units outside batches are claimable at once. */
  quotaBatches?: Array<QuotaBatchInput>;
  /** Null: unlimited. */
  quotaTotal?: number | null | undefined;
  /** INTEREST_RATE: extra annual interest, bp. */
  rateBp?: number | null | undefined;
  /** A full refund returns the coupon while it is still valid. */
  refundable?: boolean;
  /** An unused coupon that expires returns its unit to the pool. */
  restoreOnExpiry?: boolean;
  scope?: ScopeInput | null | undefined;
  /** Share packs: a holder of this coupon may share a pack with friends. */
  sharing?: SharingInput | null | undefined;
  /** MERCHANDISE: the free SKU. */
  sku?: string | null | undefined;
  /** Default: PRODUCT for MERCHANDISE, PAYMENT for CASH, STORE when merchant-scoped, else PLATFORM. */
  stackGroup?: StackGroup | null | undefined;
  /** STEP_AMOUNT_OFF: every full step spent gives amount off. */
  step?: number | null | undefined;
  /** Spend at least this (minor units) on eligible lines. */
  threshold?: number;
  /** MERCHANDISE: value of one unit, for budgets. */
  unitValue?: number | null | undefined;
  /** MERCHANDISE: at most this many units free. */
  units?: number | null | undefined;
  /** Relative validity starts this many seconds after claim. */
  validAfterSeconds?: number;
  /** Relative validity: seconds from claim. */
  validForSeconds?: number | null | undefined;
  validFrom?: string | null | undefined;
  /** Absolute end; also caps relative validity. */
  validUntil?: string | null | undefined;
};

/** A new webhook endpoint: URL and the event types it receives. */
export type CreateWebhookEndpointInput = {
  campaignIds?: Array<string | number>;
  description?: string | null | undefined;
  enabled?: boolean;
  /** @deprecated Use events (coupon.claimed …), the names of webhook bodies. */
  eventTypes?: Array<CouponEventType>;
  /** Event types as named in webhook bodies (coupon.claimed …), combined with eventTypes; none: every type. */
  events?: Array<string> | null | undefined;
  /** Default WEBHOOK_MAX_CONCURRENCY (20). */
  maxConcurrency?: number | null | undefined;
  merchantIds?: Array<string>;
  templateIds?: Array<string | number>;
  url: string;
};

/** A tracked event type and its typed properties. */
export type DefineEventTypeInput = {
  description?: string | null | undefined;
  /** e.g. `subscription.renewed` */
  name: string;
  properties: Array<EventPropertyInput>;
};

/** A typed property of a tracked event type. */
export type EventPropertyInput = {
  name: string;
  required?: boolean;
  type: EventPropertyType;
};

/** The value type of an event property. */
export type EventPropertyType =
  | 'ARRAY'
  | 'BOOLEAN'
  | 'INTEGER'
  | 'NUMBER'
  | 'OBJECT'
  | 'STRING';

/** The metrics an experiment is measured on. */
export type ExperimentMetric =
  | 'CONVERSION'
  | 'NET_CONTRIBUTION_PER_USER'
  | 'REVENUE_PER_USER';

/** What an experiment’s results recommend. */
export type ExperimentRecommendation =
  | 'KEEP_TESTING'
  | 'SOLIDIFY'
  | 'STOP';

/** How a forecast issue would reach users. */
export type ForecastMode =
  | 'BULK'
  | 'CLAIM';

/** Where a forecast’s rates come from. */
export type ForecastSource =
  | 'EXACT'
  | 'HISTORY'
  | 'PRIOR';

/** Who pays for a discount. */
export type FunderKind =
  | 'BRAND'
  | 'MERCHANT'
  | 'PLATFORM';

/** Who pays for a template’s discounts, and in which share. */
export type FundingInput = {
  brandBp?: number;
  brandId?: string | null | undefined;
  merchantBp?: number;
  merchantId?: string | null | undefined;
  platformBp?: number;
};

/** Why a wallet coupon does not apply to a cart. */
export type InapplicableReason =
  | 'BUDGET_EXHAUSTED'
  | 'EXPIRED'
  | 'NOT_AVAILABLE'
  | 'NOT_A_CHECKOUT_COUPON'
  | 'NOT_YET_VALID'
  | 'NO_EFFECT'
  | 'OUT_OF_SCOPE'
  | 'QUANTITY_NOT_MET'
  | 'STACK_CONFLICT'
  | 'THRESHOLD_NOT_MET';

/** An investment: a financial product (scoped like a SKU / category), principal and term. */
export type InvestmentInput = {
  /** The product's own annual rate in bp (for baseInterest). */
  annualRateBp?: number | null | undefined;
  /** The product's category (matched like a cart line's). */
  category?: string | null | undefined;
  merchantId?: string | null | undefined;
  /** Minor units, > 0. */
  principal: number;
  /** The financial product id (matched against the scope like a SKU). */
  productId: string;
  /** Days, > 0. */
  termDays: number;
  /** Required for staff and API keys; a user token acts for itself. */
  userId?: string | number | null | undefined;
};

/** Why an interest-rate coupon gives no bonus on an investment. */
export type InvestmentReason =
  | 'BUDGET_EXHAUSTED'
  | 'EXPIRED'
  | 'NOT_AVAILABLE'
  | 'NOT_YET_VALID'
  | 'NO_EFFECT'
  | 'OUT_OF_SCOPE'
  | 'PRINCIPAL_BELOW_THRESHOLD'
  | 'STACK_CONFLICT'
  | 'TERM_TOO_SHORT';

/** A template to issue to up to 1 000 users. */
export type IssueCouponInput = {
  idempotencyKey?: string | null | undefined;
  templateId: string | number;
  /** Users to issue to (at most 1 000 per call; use a bulk job for more). */
  userIds: Array<string | number>;
};

/** Coupons to lock for an order being paid. */
export type LockInput = {
  cart: CartInput;
  /** The coupons the user chose (e.g. quote.best.couponIds). */
  couponIds: Array<string | number>;
  orderId: string | number;
};

/** Lock chosen interest-rate coupons to an investment (idempotent per investment id). */
export type LockInvestmentInput = {
  /** The chosen coupons (e.g. quoteInvestment.best.couponIds). */
  couponIds: Array<string | number>;
  investment: InvestmentInput;
  /** The app’s investment id; lock / redeem / release / refund are idempotent per id. */
  investmentId: string | number;
};

/** How to group users in an LTV report. */
export type LtvGroupBy =
  | 'AUDIENCE'
  | 'COHORT'
  | 'RULE_ARM';

/** What `metrics` measures: the deployment (ALL), a template, campaign, rule, merchant or funder. */
export type MetricsScope = {
  /** The template, campaign, rule or merchant id; a funder is PLATFORM, MERCHANT or BRAND; none for ALL. */
  id?: string | number | null | undefined;
  kind: MetricsScopeKind;
};

/** What a metrics scope measures. */
export type MetricsScopeKind =
  | 'ALL'
  | 'CAMPAIGN'
  | 'FUNDER'
  | 'MERCHANT'
  | 'RULE'
  | 'TEMPLATE';

/** How many unbound codes of a template to mint. */
export type MintCodesInput = {
  /** Characters to draw from. */
  charset?: string;
  /** How many codes (at most 100 000 per call). */
  count: number;
  /** Random characters per code. */
  length?: number;
  /** Printed before every code, e.g. "SALE-". */
  prefix?: string;
  templateId: string | number;
};

/** The state of an order in checkout. */
export type OrderStatus =
  | 'LOCKED'
  | 'REDEEMED'
  | 'REFUNDED'
  | 'RELEASED';

/** Where in an app a coupon centre is shown. */
export type PlacementInput = {
  brand?: string | null | undefined;
  /** EVENT_PAGE: the campaign the page is for. */
  campaignId?: string | number | null | undefined;
  category?: string | null | undefined;
  /** Checks device limits too. */
  deviceId?: string | null | undefined;
  kind: PlacementKind;
  merchantId?: string | null | undefined;
  /** PRODUCT_PAGE: the product. */
  sku?: string | null | undefined;
};

/** Where in an app coupons are offered. */
export type PlacementKind =
  | 'CART'
  | 'CENTER'
  | 'EVENT_PAGE'
  | 'PRODUCT_PAGE';

/** A batch of a template’s quota released at a time. */
export type QuotaBatchInput = {
  releaseAt: string;
  units: number;
};

/** Which deliveries of an endpoint to send again. */
export type ReplayWebhookDeliveriesInput = {
  endpointId: string | number;
  /** Events created at or after this instant. */
  from: string;
  /** Only events whose latest delivery to this endpoint is DEAD (false: every matching event). */
  onlyFailed?: boolean;
  /** Events created before this instant. */
  to: string;
};

/** What a staff user may do: ADMIN (everything), GROWTH (coupons, campaigns, audiences, rules, bulk issue), ANALYST (read all, write nothing). */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'GROWTH';

/** EXPERIMENT: split with a control group, exposures for both arms. AUTOMATED: solidified (a holdout may stay). */
export type RuleMode =
  | 'AUTOMATED'
  | 'EXPERIMENT';

/** The lifecycle state of a rule. */
export type RuleStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PAUSED';

/** Which products, categories, brands and merchants a template applies to. */
export type ScopeInput = {
  excludeBrands?: Array<string>;
  excludeCategories?: Array<string>;
  excludeSkus?: Array<string>;
  includeBrands?: Array<string>;
  includeCategories?: Array<string>;
  includeSkus?: Array<string>;
  /** Empty: every merchant/store. */
  merchantIds?: Array<string>;
};

/** Why a claim through a share was refused: the friend template's own reasons, or SHARE_FULL (all N places taken), OWN_SHARE (the sharer, or an account on a device or cookie the sharer used), NOT_NEW_USER (the pack is for new users only). */
export type ShareClaimRefusal =
  | 'ACCOUNT_LIMIT'
  | 'BUDGET_EXHAUSTED'
  | 'CODE_ALREADY_USED'
  | 'CODE_INVALID'
  | 'DAILY_LIMIT'
  | 'DEVICE_LIMIT'
  | 'ENDED'
  | 'NOT_IN_AUDIENCE'
  | 'NOT_NEW_USER'
  | 'NOT_STARTED'
  | 'OWN_SHARE'
  | 'PAUSED'
  | 'RATE_LIMITED'
  | 'SHARE_FULL'
  | 'SOLD_OUT';

/** The sharer's reward: PENDING (not yet earned), REWARDED (issued, once), REFUSED (earned but its template refused to issue), NONE (the pack has no reward). */
export type ShareRewardState =
  | 'NONE'
  | 'PENDING'
  | 'REFUSED'
  | 'REWARDED';

/** When the sharer of a pack is rewarded: CLAIMS (once rewardAfterClaims friends have claimed) or FIRST_PAYMENT (when the first friend pays an order). */
export type ShareRewardWhen =
  | 'CLAIMS'
  | 'FIRST_PAYMENT';

/** Share packs of a template (Sharing): friend template, pack size, expiry, reward. */
export type SharingInput = {
  /** A share can be claimed through for this many seconds after it is created. */
  expiresInSeconds: number;
  /** Each friend who claims through a share gets a coupon of this template. */
  friendTemplateId: string | number;
  /** Only new users (no paid order, no coupon, no tracked event before) may claim. */
  newUsersOnly?: boolean;
  /** How many friends one pack serves (N). */
  packSize: number;
  /** CLAIMS: rewarded when this many friends have claimed (K ≤ N). */
  rewardAfterClaims?: number | null | undefined;
  /** The sharer's reward (a coupon of this template); null = none. */
  rewardTemplateId?: string | number | null | undefined;
  rewardWhen?: ShareRewardWhen;
};

/** The shipping charged on an order, which shipping coupons discount. */
export type ShippingInput = {
  /** The shipping charged on the order, minor units. */
  amount: number;
  /** e.g. standard, express (informational). */
  method?: string | null | undefined;
};

/** At most one coupon per group per order; applied PRODUCT, STORE, PLATFORM, PAYMENT. */
export type StackGroup =
  | 'PAYMENT'
  | 'PLATFORM'
  | 'PRODUCT'
  | 'SHIPPING'
  | 'STORE';

/** What a staff user may do, in the old lower-case spelling (admin, growth, analyst): use Role. */
export type StaffRole =
  | 'admin'
  | 'analyst'
  | 'growth';

/** A template life-cycle step: ACTIVATE (DRAFT or PAUSED → ACTIVE), PAUSE (ACTIVE → PAUSED), RESUME (PAUSED → ACTIVE), END (any but ENDED → ENDED). */
export type TemplateAction =
  | 'ACTIVATE'
  | 'END'
  | 'PAUSE'
  | 'RESUME';

/** The lifecycle state of a template. */
export type TemplateStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'ENDED'
  | 'PAUSED';

/** Why a tracked event was refused. */
export type TrackErrorCode =
  | 'DUPLICATE_IN_BATCH'
  | 'INVALID_ATTRIBUTES'
  | 'INVALID_ID'
  | 'INVALID_PROPERTY'
  | 'INVALID_TIME'
  | 'INVALID_USER_ID'
  | 'MISSING_PROPERTY'
  | 'UNKNOWN_EVENT_TYPE';

/** An event an app sends: type, user, time and properties. */
export type TrackEventInput = {
  /** The app’s own event id: a resent event with the same id is ignored. */
  id: string | number;
  /** Defaults to the time of receipt. */
  occurredAt?: string | null | undefined;
  /** Checked against the type’s property schema. */
  properties?: unknown;
  type: string;
  /** Merged into the user’s attributes (null removes one). */
  userAttributes?: unknown;
  userId: string | number;
};

/** Changes to an audience. */
export type UpdateAudienceInput = {
  description?: string | null | undefined;
  expression?: unknown;
  name?: string | null | undefined;
};

/** Changes to a rule’s name or draft graph. */
export type UpdateRuleInput = {
  description?: string | null | undefined;
  graph?: unknown;
  mode?: RuleMode | null | undefined;
  name?: string | null | undefined;
};

/** Changes to a staff user. */
export type UpdateStaffInput = {
  /** The new role; none: unchanged. */
  access?: Role | null | undefined;
  /** true deactivates: sign-in and every token stop. */
  disabled?: boolean | null | undefined;
  id: string | number;
  /** @deprecated Use access: the same role as ADMIN, GROWTH or ANALYST. */
  role?: StaffRole | null | undefined;
};

/** Changes to a webhook endpoint. */
export type UpdateWebhookEndpointInput = {
  campaignIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** Enabling again clears the failure state; waiting deliveries resume. */
  enabled?: boolean | null | undefined;
  /** @deprecated Use events (coupon.claimed …), the names of webhook bodies. */
  eventTypes?: Array<CouponEventType> | null | undefined;
  /** Replaces the event types, as named in webhook bodies (coupon.claimed …), combined with eventTypes; [] for every type. */
  events?: Array<string> | null | undefined;
  maxConcurrency?: number | null | undefined;
  merchantIds?: Array<string> | null | undefined;
  templateIds?: Array<string | number> | null | undefined;
  url?: string | null | undefined;
};

/** Why a mutation refused: INVALID_TRANSITION (the entity is in a state the action does not start from), ORDER_NOT_LOCKED (the order holds no locked coupons: released, or never locked), COUPON_NOT_LOCKABLE (a chosen coupon cannot be locked to this cart; the message gives the reason), TEMPLATE_ENDED (an ended template issues nothing). */
export type UserErrorCode =
  | 'COUPON_NOT_LOCKABLE'
  | 'INVALID_TRANSITION'
  | 'ORDER_NOT_LOCKED'
  | 'TEMPLATE_ENDED';

/** SUCCEEDED (2xx), HTTP_ERROR (any other status; redirects are not followed), TIMEOUT, NETWORK_ERROR, BLOCKED (private address refused), ABANDONED (the sending instance stopped). */
export type WebhookAttemptOutcome =
  | 'ABANDONED'
  | 'BLOCKED'
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR'
  | 'SUCCEEDED'
  | 'TIMEOUT';

/** PENDING (waiting for its turn or its next retry), SENDING (an attempt in flight), SUCCEEDED, DEAD (retries used up: dead-letter; replay it). */
export type WebhookDeliveryStatus =
  | 'DEAD'
  | 'PENDING'
  | 'SENDING'
  | 'SUCCEEDED';

export type ConsoleBenchCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type ConsoleBenchCreateRuleMutation = { createRule: { id: string } };

export type TrackMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type TrackMutation = { track: { accepted: number, rejected: number, issued: number } };

export type CreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type CreateRuleMutation = { createRule: { id: string } };

export type PublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishRuleMutation = { publishRule: { rule: { id: string } } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  c: number;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string } };

export type ScaleCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateCampaignMutation = { createCampaign: { id: string } };

export type TemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type TemplateQuery = { template: { issuedCount: number, quotaAvailable: number | null, quotaTotal: number | null } };

export type IssueCouponsMutationVariables = Exact<{
  i: IssueCouponInput;
}>;


export type IssueCouponsMutation = { issueCoupons: Array<{ reason: ClaimRefusal | null, coupon: { id: string } | null }> };

export type WorkloadsQuoteQueryVariables = Exact<{
  cart: CartInput;
}>;


export type WorkloadsQuoteQuery = { quote: { subtotal: number, best: { couponIds: Array<string>, totalDiscount: number, payable: number, coupons: Array<{ couponId: string, stackGroup: StackGroup, discount: number, remainingBalance: number | null }> }, items: Array<{ applicable: boolean, reason: InapplicableReason | null, shortBy: number | null, discount: number, inBest: boolean, coupon: { id: string, code: string, validUntil: string, template: { name: string, kind: CouponKind } } }> } };

export type BrowserAudiencesTrackMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type BrowserAudiencesTrackMutation = { track: { accepted: number } };

export type BrowserIssuingJobQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserIssuingJobQuery = { bulkIssueJob: { total: number, issued: number, heldOut: number, skipped: number, failed: number, percent: number } };

export type BrowserTemplateCountQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserTemplateCountQuery = { templates: { totalCount: number } };

export type BrowserCreateCampaignMutationVariables = Exact<{
  i: CreateCampaignInput;
}>;


export type BrowserCreateCampaignMutation = { createCampaign: { id: string } };

export type BrowserCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserCampaignQuery = { campaign: { name: string, budget: number | null, status: CampaignStatus } };

export type BrowserTemplateKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserTemplateKindsQuery = { templates: { nodes: Array<{ name: string, kind: CouponKind, status: TemplateStatus, quotaTotal: number | null }> } };

export type BrowserTemplateCodesQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserTemplateCodesQuery = { template: { status: TemplateStatus, codes: { unused: number } } };

export type BrowserEditedTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserEditedTemplateQuery = { template: { name: string, quotaTotal: number | null, amount: number | null } };

export type BrowserTemplateTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserTemplateTotalQuery = { templates: { totalCount: number } };

export type BrowserEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserEventTypesQuery = { eventTypes: Array<{ name: string, builtin: boolean, properties: Array<{ name: string, type: EventPropertyType, required: boolean }> }> };

export type RuleBuilderCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type RuleBuilderCreateApiKeyMutation = { createApiKey: { key: string } };

export type RuleBuilderTrackMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type RuleBuilderTrackMutation = { track: { accepted: number, issued: number } };

export type RuleBuilderWalletQueryVariables = Exact<{
  u: string | number;
}>;


export type RuleBuilderWalletQuery = { wallet: Array<{ templateId: string, status: CouponStatus }> };

export type RuleBuilderRuleStateQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleBuilderRuleStateQuery = { rule: { status: RuleStatus, activeVersion: number | null } };

export type BrowserVersionsUpdateRuleMutationVariables = Exact<{
  id: string | number;
  i: UpdateRuleInput;
}>;


export type BrowserVersionsUpdateRuleMutation = { updateRule: { id: string } };

export type BrowserVersionsPublishRuleMutationVariables = Exact<{
  id: string | number;
  n?: string | null | undefined;
}>;


export type BrowserVersionsPublishRuleMutation = { publishRule: { rule: { id: string } } };

export type ArrangeCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type ArrangeCreateRuleMutation = { createRule: { id: string, name: string } };

export type ArrangePublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type ArrangePublishRuleMutation = { publishRule: { rule: { id: string } } };

export type ArrangePauseRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type ArrangePauseRuleMutation = { pauseRule: { id: string } };

export type ArrangeRuleStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ArrangeRuleStateQuery = { rule: { name: string, status: RuleStatus, mode: RuleMode, draft: unknown, activeVersion: number | null } };

export type ArrangePaidOrderMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type ArrangePaidOrderMutation = { track: { accepted: number, issued: number, errors: Array<{ message: string }> } };

export type HarnessCreateStaffMutationVariables = Exact<{
  i: CreateStaffInput;
}>;


export type HarnessCreateStaffMutation = { createStaffUser: { id: string } };

export type MeasureCreateCampaignMutationVariables = Exact<{
  i: CreateCampaignInput;
}>;


export type MeasureCreateCampaignMutation = { createCampaign: { id: string } };

export type MeasureCreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type MeasureCreateAudienceMutation = { createAudience: { id: string } };

export type MeasureUploadAudienceMutationVariables = Exact<{
  a: string | number;
  csv: string;
}>;


export type MeasureUploadAudienceMutation = { uploadAudienceMembers: { added: number } };

export type MeasureTrackMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type MeasureTrackMutation = { track: { accepted: number, errors: Array<{ message: string }> } };

export type MeasureLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type MeasureLockMutation = { lockCoupons: { locked: boolean } };

export type MeasureRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type MeasureRedeemMutation = { redeemOrder: { ok: boolean } };

export type MeasureCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type MeasureCreateRuleMutation = { createRule: { id: string } };

export type MeasurePublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type MeasurePublishRuleMutation = { publishRule: { rule: { id: string } } };

export type MeasureRuleModeQueryVariables = Exact<{
  id: string | number;
}>;


export type MeasureRuleModeQuery = { rule: { mode: RuleMode } };

export type ApiConventionsTemplateCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiConventionsTemplateCountQuery = { templates: { totalCount: number } };

export type ApiConventionsCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type ApiConventionsCreateTemplateMutation = { createTemplate: { id: string } };

export type ApiConventionsQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type ApiConventionsQuoteQuery = { quote: { currency: string, subtotal: number, errors: Array<{ code: UserErrorCode }>, best: { totalDiscount: number, payable: number } } };

export type ApiConventionsTransitionCampaignMutationVariables = Exact<{
  id: string | number;
  a: CampaignAction;
}>;


export type ApiConventionsTransitionCampaignMutation = { transitionCampaign: { campaign: { id: string, status: CampaignStatus }, errors: Array<{ field: string | null, message: string, code: UserErrorCode }> } };

export type ApiConventionsCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiConventionsCreateCampaignMutation = { createCampaign: { id: string, status: CampaignStatus } };

export type ApiConventionsPauseCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiConventionsPauseCampaignMutation = { pauseCampaign: { status: CampaignStatus } };

export type ApiConventionsTransitionTemplateMutationVariables = Exact<{
  id: string | number;
  a: TemplateAction;
}>;


export type ApiConventionsTransitionTemplateMutation = { transitionTemplate: { template: { id: string, status: TemplateStatus }, errors: Array<{ field: string | null, code: UserErrorCode }> } };

export type ApiConventionsLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type ApiConventionsLockMutation = { lockCoupons: { locked: boolean, problems: Array<{ couponId: string, reason: InapplicableReason }>, errors: Array<{ field: string | null, message: string, code: UserErrorCode }> } };

export type ApiConventionsReleaseMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiConventionsReleaseMutation = { releaseOrder: { status: OrderStatus } };

export type ApiConventionsRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type ApiConventionsRedeemMutation = { redeemOrder: { ok: boolean, status: OrderStatus, totalDiscount: number, errors: Array<{ field: string | null, message: string, code: UserErrorCode }> } };

export type ApiConventionsCreateEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type ApiConventionsCreateEndpointMutation = { createWebhookEndpoint: { endpoint: { id: string, events: Array<string>, eventTypes: Array<CouponEventType> } } };

export type ApiConventionsEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiConventionsEndpointsQuery = { webhookEndpoints: { totalCount: number } };

export type ApiConventionsUpdateEndpointMutationVariables = Exact<{
  id: string | number;
  i: UpdateWebhookEndpointInput;
}>;


export type ApiConventionsUpdateEndpointMutation = { updateWebhookEndpoint: { events: Array<string> } };

export type ApiConventionsEventLogQueryVariables = Exact<{
  t?: string | number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type ApiConventionsEventLogQuery = { couponEventLog: Array<{ eventType: string }> };

export type ApiConventionsCreateStaffMutationVariables = Exact<{
  i: CreateStaffInput;
}>;


export type ApiConventionsCreateStaffMutation = { createStaffUser: { id: string, role: StaffRole, access: Role } };

export type ApiConventionsUpdateStaffMutationVariables = Exact<{
  i: UpdateStaffInput;
}>;


export type ApiConventionsUpdateStaffMutation = { updateStaffUser: { role: StaffRole, access: Role } };

export type AudiencesCreateAudience2MutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type AudiencesCreateAudience2Mutation = { createAudience: { id: string } };

export type IsAudienceMemberQueryVariables = Exact<{
  a: string | number;
  u: string | number;
}>;


export type IsAudienceMemberQuery = { isAudienceMember: boolean };

export type AudiencesAudiencePreviewQueryVariables = Exact<{
  e?: unknown;
}>;


export type AudiencesAudiencePreviewQuery = { audiencePreview: { size: number, sample: Array<string> } };

export type AudiencesAudienceMembersQueryVariables = Exact<{
  a: string | number;
}>;


export type AudiencesAudienceMembersQuery = { audienceMembers: { userIds: Array<string>, hasNextPage: boolean, endCursor: string | null } };

export type AudiencesCreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type AudiencesCreateAudienceMutation = { createAudience: { id: string } };

export type CreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type CreateAudienceMutation = { createAudience: { id: string } };

export type AudiencesNestedPreviewQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type AudiencesNestedPreviewQuery = { audiencePreview: { size: number, sample: Array<string> } };

export type AudiencesUpdateAudienceMutationVariables = Exact<{
  id: string | number;
  i: UpdateAudienceInput;
}>;


export type AudiencesUpdateAudienceMutation = { updateAudience: { id: string } };

export type AudiencesTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type AudiencesTemplateQuery = { template: { audienceIds: Array<string> } };

export type CreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type CreateTemplateMutation = { createTemplate: { id: string } };

export type AudiencesDeleteAudienceMutationVariables = Exact<{
  id: string | number;
}>;


export type AudiencesDeleteAudienceMutation = { deleteAudience: boolean };

export type DeleteAudienceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAudienceMutation = { deleteAudience: boolean };

export type AudiencesUploadAudienceMembersMutationVariables = Exact<{
  a: string | number;
  csv: string;
  r: boolean;
}>;


export type AudiencesUploadAudienceMembersMutation = { uploadAudienceMembers: { rows: number, added: number, size: number, invalid: Array<{ line: number, value: string }> } };

export type AudiencePreviewQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type AudiencePreviewQuery = { audiencePreview: { size: number, sample: Array<string> } };

export type AudienceMembersQueryVariables = Exact<{
  a: string | number;
}>;


export type AudienceMembersQuery = { audienceMembers: { userIds: Array<string>, hasNextPage: boolean } };

export type UploadAudienceMembersMutationVariables = Exact<{
  a: string | number;
  csv: string;
}>;


export type UploadAudienceMembersMutation = { uploadAudienceMembers: { added: number } };

export type IssueToAudienceMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type IssueToAudienceMutation = { issueToAudience: { id: string, total: number } };

export type BulkIssueJobQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkIssueJobQuery = { bulkIssueJob: { status: BulkJobStatus, issued: number } };

export type AudienceQueryVariables = Exact<{
  id: string | number;
}>;


export type AudienceQuery = { audience: { size: number } };

export type CreateStaffUserMutationVariables = Exact<{
  i: CreateStaffInput;
}>;


export type CreateStaffUserMutation = { createStaffUser: { id: string } };

export type BadInputLoginMutationVariables = Exact<{
  e: string;
}>;


export type BadInputLoginMutation = { login: { token: string } };

export type CreateUserTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateUserTokenMutation = { createUserToken: string };

export type BadInputQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type BadInputQuoteQuery = { quote: { subtotal: number } };

export type BadInputTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputTemplateQuery = { template: { id: string } };

export type CouponQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponQuery = { coupon: { id: string } };

export type BadInputCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type BadInputCreateTemplateMutation = { createTemplate: { id: string } };

export type LoginMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginMutation = { login: { token: string } };

export type CreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateApiKeyMutation = { createApiKey: { key: string } };

export type BadInputWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputWalletQuery = { wallet: Array<{ id: string }> };

export type BadInputRedeemOrderMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputRedeemOrderMutation = { redeemOrder: { ok: boolean } };

export type BadInputTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputTemplatesQuery = { templates: { totalCount: number } };

export type RedeemOrderMutationVariables = Exact<{ [key: string]: never; }>;


export type RedeemOrderMutation = { redeemOrder: { ok: boolean } };

export type BadInputWallet2QueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputWallet2Query = { wallet: Array<{ template: { scope: { merchantIds: Array<string> } } }> };

export type TemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesQuery = { templates: { totalCount: number } };

export type WalletQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletQuery = { wallet: Array<{ userId: string }> };

export type MechanicsQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type MechanicsQuoteQuery = { quote: { items: Array<{ applicable: boolean, reason: InapplicableReason | null, discount: number, coupon: { id: string } }>, best: { couponIds: Array<string>, totalDiscount: number, payable: number } } };

export type MechanicsLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type MechanicsLockMutation = { lockCoupons: { locked: boolean, problems: Array<{ couponId: string, reason: InapplicableReason }>, applied: { couponIds: Array<string>, totalDiscount: number, payable: number } | null } };

export type MechanicsRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type MechanicsRedeemMutation = { redeemOrder: { ok: boolean, totalDiscount: number, coupons: Array<{ id: string, status: CouponStatus }> } };

export type MechanicsCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type MechanicsCreateTemplateMutation = { createTemplate: { id: string, maxValue: number, applyTo: ApplyTo | null, maxUnits: number | null, minQuantity: number | null, buyQuantity: number | null, getQuantity: number | null, maxApplications: number | null } };

export type MechanicsTemplatesQueryVariables = Exact<{
  s: string;
}>;


export type MechanicsTemplatesQuery = { templates: { totalCount: number } };

export type MechanicsCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type MechanicsCampaignMutation = { createCampaign: { id: string } };

export type MechanicsWalletQueryVariables = Exact<{
  u: string | number;
}>;


export type MechanicsWalletQuery = { wallet: Array<{ id: string, status: CouponStatus }> };

export type MechanicsShortQueryVariables = Exact<{
  c: CartInput;
}>;


export type MechanicsShortQuery = { quote: { items: Array<{ applicable: boolean, reason: InapplicableReason | null, shortBy: number | null }> } };

export type ShippingQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type ShippingQuoteQuery = { quote: { subtotal: number, shippingAmount: number, items: Array<{ applicable: boolean, reason: InapplicableReason | null, discount: number, coupon: { id: string, template: { summary: string } } }>, best: { couponIds: Array<string>, totalDiscount: number, goodsDiscount: number, payable: number, shipping: { amount: number, discount: number, payable: number }, coupons: Array<{ couponId: string, discount: number, shippingDiscount: number, remainingBalance: number | null }> } } };

export type ShippingLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type ShippingLockMutation = { lockCoupons: { locked: boolean, problems: Array<{ couponId: string, reason: InapplicableReason }>, applied: { couponIds: Array<string>, totalDiscount: number, goodsDiscount: number, payable: number, shipping: { amount: number, discount: number, payable: number }, coupons: Array<{ couponId: string, discount: number, shippingDiscount: number, remainingBalance: number | null }> } | null } };

export type ShippingRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type ShippingRedeemMutation = { redeemOrder: { ok: boolean, totalDiscount: number, coupons: Array<{ id: string, status: CouponStatus, balance: number | null }> } };

export type ShippingCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type ShippingCreateTemplateMutation = { createTemplate: { id: string, maxValue: number, stackGroup: StackGroup, summary: string, multiplePerOrder: boolean | null, getScope: { includeCategories: Array<string> } | null } };

export type ShippingTemplatesQueryVariables = Exact<{
  s: string;
}>;


export type ShippingTemplatesQuery = { templates: { totalCount: number } };

export type ShippingCampaignMutationVariables = Exact<{
  n: string;
}>;


export type ShippingCampaignMutation = { createCampaign: { id: string } };

export type ShippingCampaignReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ShippingCampaignReadQuery = { campaign: { spent: number, reserved: number } };

export type ShippingWalletQueryVariables = Exact<{
  u: string | number;
}>;


export type ShippingWalletQuery = { wallet: Array<{ id: string, status: CouponStatus, balance: number | null }> };

export type CheckoutQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type CheckoutQuoteQuery = { quote: { subtotal: number, items: Array<{ applicable: boolean, reason: InapplicableReason | null, shortBy: number | null, discount: number, inBest: boolean, coupon: { id: string } }>, inapplicable: Array<{ reason: InapplicableReason | null, coupon: { id: string } }>, best: { couponIds: Array<string>, totalDiscount: number, payable: number, coupons: Array<{ couponId: string, stackGroup: StackGroup, discount: number, lines: Array<{ index: number, discount: number }> }>, lines: Array<{ index: number, amount: number, discount: number, payable: number }> } } };

export type CheckoutLockCouponsMutationVariables = Exact<{
  i: LockInput;
}>;


export type CheckoutLockCouponsMutation = { lockCoupons: { locked: boolean, replayed: boolean, lockExpiresAt: string | null, problems: Array<{ couponId: string, reason: InapplicableReason, shortBy: number | null }>, applied: { couponIds: Array<string>, totalDiscount: number, payable: number } | null } };

export type CheckoutRedeemOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type CheckoutRedeemOrderMutation = { redeemOrder: { ok: boolean, status: OrderStatus, totalDiscount: number, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus, balance: number | null }> } };

export type CheckoutReleaseOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type CheckoutReleaseOrderMutation = { releaseOrder: { status: OrderStatus, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus }> } };

export type RefundOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type RefundOrderMutation = { refundOrder: { status: OrderStatus, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus, balance: number | null }> } };

export type QuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type QuoteQuery = { quote: { items: Array<{ coupon: { id: string, validUntil: string, balance: number | null } }> } };

export type QuoteFieldsWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type QuoteFieldsWalletQuery = { wallet: Array<{ __typename: 'Coupon', id: string, code: string, templateId: string, campaignId: string | null, userId: string, status: CouponStatus, source: CouponSource, ruleId: string | null, ruleVersion: number | null, placement: PlacementKind | null, issuedAt: string, validFrom: string, validUntil: string, seenAt: string | null, isNew: boolean, balance: number | null, lockedOrderId: string | null, lockExpiresAt: string | null, redeemedOrderId: string | null, redeemedAt: string | null, template: { id: string, name: string } }> };

export type QuoteAllCouponFieldsFragment = { __typename: 'Coupon', id: string, code: string, templateId: string, campaignId: string | null, userId: string, status: CouponStatus, source: CouponSource, ruleId: string | null, ruleVersion: number | null, placement: PlacementKind | null, issuedAt: string, validFrom: string, validUntil: string, seenAt: string | null, isNew: boolean, balance: number | null, lockedOrderId: string | null, lockExpiresAt: string | null, redeemedOrderId: string | null, redeemedAt: string | null, template: { id: string, name: string } };

export type QuoteFieldsAllQueryVariables = Exact<{
  c: CartInput;
}>;


export type QuoteFieldsAllQuery = { quote: { items: Array<{ coupon: { __typename: 'Coupon', id: string, code: string, templateId: string, campaignId: string | null, userId: string, status: CouponStatus, source: CouponSource, ruleId: string | null, ruleVersion: number | null, placement: PlacementKind | null, issuedAt: string, validFrom: string, validUntil: string, seenAt: string | null, isNew: boolean, balance: number | null, lockedOrderId: string | null, lockExpiresAt: string | null, redeemedOrderId: string | null, redeemedAt: string | null, template: { id: string, name: string } } }> } };

export type QuoteFieldsBriefQueryVariables = Exact<{
  c: CartInput;
}>;


export type QuoteFieldsBriefQuery = { quote: { items: Array<{ coupon: { templateId: string, campaignId: string | null, userId: string, status: CouponStatus, validFrom: string, validUntil: string, balance: number | null, lockedOrderId: string | null, lockExpiresAt: string | null, code: string, couponId: string, template: { id: string, name: string } } }> } };

export type QuoteFieldsNodeQueryVariables = Exact<{
  c: CartInput;
}>;


export type QuoteFieldsNodeQuery = { quote: { best: { couponIds: Array<string> }, items: Array<{ coupon: { id: string, issuedAt: string, source: CouponSource } }> } };

export type QuoteIssuedAtFragment = { issuedAt: string, source: CouponSource };

export type CheckoutCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type CheckoutCreateCampaignMutation = { createCampaign: { id: string } };

export type CampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignQuery = { campaign: { spent: number, reserved: number, budgetStatus: { headroom: number | null } } };

export type CouponEventLogQueryVariables = Exact<{
  c: string | number;
}>;


export type CouponEventLogQuery = { couponEventLog: Array<{ type: CouponEventType }> };

export type CheckoutWallet3QueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutWallet3Query = { wallet: Array<{ id: string, status: CouponStatus }> };

export type CheckoutWallet2QueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutWallet2Query = { wallet: Array<{ id: string, isNew: boolean }> };

export type MarkCouponsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkCouponsSeenMutation = { markCouponsSeen: number };

export type CheckoutWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutWalletQuery = { wallet: Array<{ id: string, isNew: boolean }> };

export type CreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCampaignMutation = { createCampaign: { id: string } };

export type CouponCenterQueryVariables = Exact<{
  p?: PlacementInput | null | undefined;
}>;


export type CouponCenterQuery = { couponCenter: Array<{ claimable: boolean, reason: ClaimRefusal | null, claimedCount: number, template: { id: string } }> };

export type RefusedClaimsPageQueryVariables = Exact<{
  userId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type RefusedClaimsPageQuery = { refusedClaims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, userId: string, templateId: string, reason: ClaimRefusal, message: string, source: CouponSource, deviceId: string | null, cookieId: string | null, placement: PlacementKind | null, createdAt: string, template: { name: string } }> } };

export type ClusterTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ClusterTemplateQuery = { template: { quotaAvailable: number | null, issuedCount: number } };

export type ClusterUpdateQuotaMutationVariables = Exact<{
  id: string | number;
  quotaTotal?: number | null | undefined;
}>;


export type ClusterUpdateQuotaMutation = { updateTemplate: { quotaAvailable: number | null, issuedCount: number } };

export type ClusterCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type ClusterCreateCampaignMutation = { createCampaign: { id: string } };

export type ClusterCouponEventLogQueryVariables = Exact<{
  t: string | number;
}>;


export type ClusterCouponEventLogQuery = { couponEventLog: Array<{ type: CouponEventType }> };

export type ClaimsTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimsTemplateQuery = { template: { quotaAvailable: number | null, issuedCount: number } };

export type LockCouponsMutationVariables = Exact<{
  i: LockInput;
}>;


export type LockCouponsMutation = { lockCoupons: { locked: boolean } };

export type ClaimsRedeemOrderMutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimsRedeemOrderMutation = { redeemOrder: { ok: boolean } };

export type PauseTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseTemplateMutation = { pauseTemplate: { status: TemplateStatus } };

export type EndTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type EndTemplateMutation = { endTemplate: { status: TemplateStatus } };

export type ClaimsCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimsCreateCampaignMutation = { createCampaign: { id: string } };

export type ClaimsCouponEventLogQueryVariables = Exact<{
  t: string | number;
}>;


export type ClaimsCouponEventLogQuery = { couponEventLog: Array<{ type: CouponEventType }> };

export type MintCodesMutationVariables = Exact<{
  i: MintCodesInput;
}>;


export type MintCodesMutation = { mintCodes: { count: number, sample: Array<string> } };

export type ClaimByCodeMutationVariables = Exact<{
  i: ClaimByCodeInput;
}>;


export type ClaimByCodeMutation = { claimByCode:
    | { __typename: 'ClaimRefused', reason: ClaimRefusal }
    | { __typename: 'ClaimSuccess', coupon: { code: string, templateId: string } }
   };

export type InvCreateCampaignMutationVariables = Exact<{
  i: CreateCampaignInput;
}>;


export type InvCreateCampaignMutation = { createCampaign: { id: string } };

export type InvBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type InvBudgetQuery = { campaign: { spent: number, reserved: number } };

export type InvQuoteQueryVariables = Exact<{
  i: InvestmentInput;
}>;


export type InvQuoteQuery = { quoteInvestment: { principal: number, termDays: number, baseInterest: number | null, items: Array<{ applicable: boolean, reason: InvestmentReason | null, shortBy: number | null, bonus: number, inBest: boolean, coupon: { id: string, status: CouponStatus, template: { summary: string } } }>, best: { couponIds: Array<string>, totalBonus: number } } };

export type InvLockMutationVariables = Exact<{
  i: LockInvestmentInput;
}>;


export type InvLockMutation = { lockInvestment: { investmentId: string, locked: boolean, replayed: boolean, couponIds: Array<string>, totalBonus: number, problems: Array<{ couponId: string, reason: InvestmentReason }> } };

export type InvRedeemMutationVariables = Exact<{
  id: string | number;
}>;


export type InvRedeemMutation = { redeemInvestment: { ok: boolean, status: OrderStatus, totalDiscount: number, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus }> } };

export type InvReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type InvReleaseMutation = { releaseInvestment: { status: OrderStatus, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus }> } };

export type InvRefundMutationVariables = Exact<{
  id: string | number;
}>;


export type InvRefundMutation = { refundInvestment: { status: OrderStatus, replayed: boolean, coupons: Array<{ id: string, status: CouponStatus }> } };

export type InvEventsQueryVariables = Exact<{
  c: string | number;
}>;


export type InvEventsQuery = { couponEventLog: Array<{ type: CouponEventType, payload: unknown }> };

export type IssuanceRulesCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type IssuanceRulesCreateTemplateMutation = { createTemplate: { id: string } };

export type IssuanceRulesCreateBudgetedCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type IssuanceRulesCreateBudgetedCampaignMutation = { createCampaign: { id: string } };

export type IssuanceRulesCreateValuedTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type IssuanceRulesCreateValuedTemplateMutation = { createTemplate: { id: string, maxValue: number } };

export type IssuanceRulesCreateOpenCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type IssuanceRulesCreateOpenCampaignMutation = { createCampaign: { id: string } };

export type IssuanceRulesBudgetCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type IssuanceRulesBudgetCampaignMutation = { updateCampaign: { id: string } };

export type IssuanceRulesCreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type IssuanceRulesCreateAudienceMutation = { createAudience: { id: string } };

export type IssuanceRulesUploadMembersMutationVariables = Exact<{
  a: string | number;
  csv: string;
}>;


export type IssuanceRulesUploadMembersMutation = { uploadAudienceMembers: { size: number } };

export type IssuanceRulesCouponCenterQueryVariables = Exact<{
  u: string | number;
}>;


export type IssuanceRulesCouponCenterQuery = { couponCenter: Array<{ claimable: boolean, reason: ClaimRefusal | null, template: { id: string } }> };

export type HoldoutCreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type HoldoutCreateAudienceMutation = { createAudience: { id: string } };

export type HoldoutUploadMutationVariables = Exact<{
  a: string | number;
  csv: string;
}>;


export type HoldoutUploadMutation = { uploadAudienceMembers: { size: number } };

export type HoldoutIssueMutationVariables = Exact<{
  t: string | number;
  a: string | number;
  h?: number | null | undefined;
}>;


export type HoldoutIssueMutation = { issueToAudience: { id: string, total: number, holdoutPercent: number | null } };

export type HoldoutJobQueryVariables = Exact<{
  id: string | number;
}>;


export type HoldoutJobQuery = { bulkIssueJob: { status: BulkJobStatus, total: number, processed: number, issued: number, heldOut: number, skipped: number, failed: number, percent: number, holdoutPercent: number | null } };

export type HoldoutStartMutationVariables = Exact<{
  i: BulkIssueInput;
}>;


export type HoldoutStartMutation = { startBulkIssue: { id: string, holdoutPercent: number | null } };

export type HoldoutExperimentQueryVariables = Exact<{
  j: string | number;
  w?: number | null | undefined;
}>;


export type HoldoutExperimentQuery = { jobExperiment: { jobId: string, holdoutPercent: number, exposedUsers: number, measuredUsers: number, srm: { mismatch: boolean }, arms: Array<{ arm: string, control: boolean, users: number, conversion: number, revenuePerUser: number, subsidy: number }>, lifts: Array<{ metric: ExperimentMetric, arm: string, absolute: { estimate: number, low: number, high: number } }>, incrementalProfit: { treatedUsers: number, estimate: number } | null } };

export type LifecycleCouponQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCouponQuery = { coupon: { status: CouponStatus } };

export type LifecycleCouponEventLogQueryVariables = Exact<{
  t: string | number;
}>;


export type LifecycleCouponEventLogQuery = { couponEventLog: Array<{ type: CouponEventType }> };

export type LifecycleTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTemplateQuery = { template: { quotaAvailable: number | null, quotaBatches: Array<{ releasedAt: string | null }> } };

export type LifecycleCreateCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type LifecycleCreateCampaignMutation = { createCampaign: { id: string } };

export type LifecycleLockCouponsMutationVariables = Exact<{
  i: LockInput;
}>;


export type LifecycleLockCouponsMutation = { lockCoupons: { locked: boolean } };

export type LifecycleCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCampaignQuery = { campaign: { reserved: number } };

export type LifecycleRedeemOrderMutationVariables = Exact<{ [key: string]: never; }>;


export type LifecycleRedeemOrderMutation = { redeemOrder: { ok: boolean, status: OrderStatus } };

export type LifecycleBulkIssueJobQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleBulkIssueJobQuery = { bulkIssueJob: { status: BulkJobStatus, total: number, processed: number, issued: number, percent: number, refusals: Array<{ reason: ClaimRefusal, count: number }> } };

export type LifecycleStartBulkIssueMutationVariables = Exact<{
  i: BulkIssueInput;
}>;


export type LifecycleStartBulkIssueMutation = { startBulkIssue: { id: string, total: number } };

export type StartBulkIssueMutationVariables = Exact<{
  i: BulkIssueInput;
}>;


export type StartBulkIssueMutation = { startBulkIssue: { id: string } };

export type MetricsE2eMetricsQueryVariables = Exact<{
  s: MetricsScope;
  from: string;
  to: string;
}>;


export type MetricsE2eMetricsQuery = { metrics: { timeZone: string, redemptionRate: number | null, couponOrderShare: number | null, allPaidOrders: number, totals: { issued: number, issuedRule: number, claimed: number, redeemed: number, subsidy: number, paidOrders: number, couponOrders: number, revenue: number, margin: number, grossProfit: number, refunds: number, newCustomers: number, newCustomersViaCoupon: number }, subsidyByFunder: Array<{ funder: FunderKind, funderId: string | null, amount: number }>, daily: Array<{ date: string, issued: number, paidOrders: number, revenue: number }> } };

export type MetricsE2eExperimentQueryVariables = Exact<{
  r: string | number;
  w?: number | null | undefined;
  seq?: boolean | null | undefined;
}>;


export type MetricsE2eExperimentQuery = { experiment: { exposedUsers: number, measuredUsers: number, recommendation: ExperimentRecommendation, evidence: Array<string>, srm: { mismatch: boolean, p: number, observed: Array<number> }, arms: Array<{ arm: string, control: boolean, users: number, conversion: number, revenuePerUser: number, netContributionPerUser: number, subsidy: number }>, lifts: Array<{ metric: ExperimentMetric, arm: string, absolute: { estimate: number, low: number, high: number, p: number }, relative: { estimate: number, low: number, high: number } | null, cuped: { estimate: number, low: number, high: number, varianceReduction: number } | null, sequential: { low: number, high: number } | null }>, incrementalProfit: { estimate: number, low: number, high: number, treatedUsers: number } | null } };

export type MetricsE2eLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type MetricsE2eLockMutation = { lockCoupons: { locked: boolean, applied: { totalDiscount: number, payable: number } | null } };

export type MetricsE2eRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type MetricsE2eRedeemMutation = { redeemOrder: { ok: boolean } };

export type MetricsE2eRebuildMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsE2eRebuildMutation = { rebuildMetrics: { couponEvents: number, orders: number } };

export type MetricsE2eSolidifyMutationVariables = Exact<{
  r: string | number;
  h: number;
}>;


export type MetricsE2eSolidifyMutation = { solidifyRule: string };

export type MetricsE2eCampaignMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsE2eCampaignMutation = { createCampaign: { id: string } };

export type MetricsE2eAudienceMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsE2eAudienceMutation = { createAudience: { id: string } };

export type MetricsE2eUploadMutationVariables = Exact<{
  a: string | number;
  csv: string;
}>;


export type MetricsE2eUploadMutation = { uploadAudienceMembers: { added: number } };

export type MetricsE2eForecastQueryVariables = Exact<{
  t: string | number;
  a: string | number;
  m?: ForecastMode | null | undefined;
}>;


export type MetricsE2eForecastQuery = { forecastIssue: { figures: Array<{ name: string, value: number, low: number, high: number, source: ForecastSource }>, cost: { value: number, low: number, high: number } } };

export type MetricsE2eForecastRuleQueryVariables = Exact<{
  g: unknown;
  from: string;
  to: string;
}>;


export type MetricsE2eForecastRuleQuery = { forecastRule: { events: number, firings: number, users: number, truncated: boolean, liability: number, worstCaseCost: number, cost: { value: number, low: number, high: number }, templates: Array<{ templateId: string, coupons: number, users: number, liability: number, worstCaseCost: number, figures: Array<{ name: string, value: number, low: number, high: number, source: ForecastSource }>, cost: { value: number, low: number, high: number } }> } };

export type MetricsE2eReplayQueryVariables = Exact<{
  g: unknown;
  from: string;
  to: string;
}>;


export type MetricsE2eReplayQuery = { replayRule: { events: number, firings: number, expectedCost: number, worstCaseCost: number, issues: Array<{ templateId: string, count: number, users: number, expectedCost: number }> } };

export type MetricsE2eLtvQueryVariables = Exact<{
  g: LtvGroupBy;
  r?: string | number | null | undefined;
}>;


export type MetricsE2eLtvQuery = { ltv: { customers: number, note: string | null, groups: Array<{ key: string, customers: number, historical: Array<{ period: number, revenuePerUser: number, profitPerUser: number }>, expected: { value: number } | null }> } };

export type PagingListsIssueMutationVariables = Exact<{
  i: IssueCouponInput;
}>;


export type PagingListsIssueMutation = { issueCoupons: Array<{ reason: ClaimRefusal | null, coupon: { id: string } | null }> };

export type PagingListsEventLogQueryVariables = Exact<{
  u: string | number;
  first: number;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PagingListsEventLogQuery = { couponEventLogConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: number, couponId: string | null } }>, nodes: Array<{ id: number }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingListsRulesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PagingListsRulesQuery = { rulesConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string } }>, nodes: Array<{ id: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingListsVersionsQueryVariables = Exact<{
  r: string | number;
  first: number;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PagingListsVersionsQuery = { ruleVersionsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, version: number, ruleId: string } }>, nodes: Array<{ id: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingListsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PagingListsNodeQuery = { node:
    | { __typename: 'Audience', name: string, id: string }
    | { __typename: 'BulkIssueJob', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponTemplate', id: string }
    | { __typename: 'EventType', name: string, id: string }
    | { __typename: 'Rule', name: string, id: string }
    | { __typename: 'RuleVersion', version: number, ruleId: string, id: string }
    | { __typename: 'UserProfile', userId: string, attributes: unknown, id: string }
   };

export type PagingListsFiringsQueryVariables = Exact<{
  r: string | number;
  first: number;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PagingListsFiringsQuery = { ruleFiringsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { eventId: string, firedAt: string } }>, nodes: Array<{ eventId: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingListsCreateAudienceMutationVariables = Exact<{
  name: string;
}>;


export type PagingListsCreateAudienceMutation = { createAudience: { id: string } };

export type PagingListsAudiencesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PagingListsAudiencesQuery = { audiencesConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, nodes: Array<{ id: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingListsNodeMoreQueryVariables = Exact<{
  id: string | number;
}>;


export type PagingListsNodeMoreQuery = { node:
    | { __typename: 'Audience', name: string, id: string }
    | { __typename: 'BulkIssueJob', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponTemplate', id: string }
    | { __typename: 'EventType', name: string, id: string }
    | { __typename: 'Rule', id: string }
    | { __typename: 'RuleVersion', id: string }
    | { __typename: 'UserProfile', userId: string, attributes: unknown, id: string }
   };

export type PagingListsUpsertProfileMutationVariables = Exact<{
  u: string | number;
  a: unknown;
}>;


export type PagingListsUpsertProfileMutation = { upsertUserAttributes: { id: string, userId: string } };

export type PagingListsQuoteQueryVariables = Exact<{
  c: CartInput;
}>;


export type PagingListsQuoteQuery = { quote: { best: { coupons: Array<{ id: string, couponId: string, discount: number }> } } };

export type PagingIssueMutationVariables = Exact<{
  i: IssueCouponInput;
}>;


export type PagingIssueMutation = { issueCoupons: Array<{ userId: string, reason: ClaimRefusal | null, coupon: { id: string } | null }> };

export type PagingWalletPageQueryVariables = Exact<{
  u: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PagingWalletPageQuery = { walletConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, validUntil: string } }>, nodes: Array<{ id: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingWalletListQueryVariables = Exact<{
  u: string | number;
  first: number;
}>;


export type PagingWalletListQuery = { wallet: Array<{ id: string, validUntil: string }> };

export type PagingApolloWalletQueryVariables = Exact<{
  u: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PagingApolloWalletQuery = { walletConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, status: CouponStatus } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PagingApiKeysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PagingApiKeysQuery = { apiKeysConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PagingCampaignsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PagingCampaignsQuery = { campaigns: { totalCount: number, nodes: Array<{ id: string }>, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean } } };

export type PagingCreateCampaignMutationVariables = Exact<{
  name: string;
}>;


export type PagingCreateCampaignMutation = { createCampaign: { id: string } };

export type PagingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PagingNodeQuery = { node:
    | { __typename: 'Audience', id: string }
    | { __typename: 'BulkIssueJob', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Coupon', userId: string, id: string }
    | { __typename: 'CouponTemplate', id: string }
    | { __typename: 'EventType', id: string }
    | { __typename: 'Rule', id: string }
    | { __typename: 'RuleVersion', id: string }
    | { __typename: 'UserProfile', id: string }
   };

export type PartnersClusterCouponEventLogQueryVariables = Exact<{
  a?: number | null | undefined;
}>;


export type PartnersClusterCouponEventLogQuery = { couponEventLog: Array<{ id: number }> };

export type PartnersClusterCreateWebhookEndpoint2MutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type PartnersClusterCreateWebhookEndpoint2Mutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type PartnersClusterWebhookAttemptsQueryVariables = Exact<{
  e: string | number;
}>;


export type PartnersClusterWebhookAttemptsQuery = { webhookAttempts: { totalCount: number }, webhookDeliveries: { totalCount: number } };

export type WebhookAttemptsQueryVariables = Exact<{
  e: string | number;
  after?: string | null | undefined;
}>;


export type WebhookAttemptsQuery = { webhookAttempts: { nodes: Array<{ instance: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartnersClusterCreateWebhookEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type PartnersClusterCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string } };

export type PartnersErrorsCreateWebhookEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type PartnersErrorsCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, enabled: boolean } } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{ [key: string]: never; }>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string } };

export type PartnersErrorsWebhookEndpoint2QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersErrorsWebhookEndpoint2Query = { webhookEndpoint: { id: string } };

export type PartnersErrorsCreateStaffUserMutationVariables = Exact<{ [key: string]: never; }>;


export type PartnersErrorsCreateStaffUserMutation = { createStaffUser: { id: string } };

export type PartnersErrorsLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type PartnersErrorsLoginMutation = { login: { token: string } };

export type PartnersErrorsWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersErrorsWebhookEndpointsQuery = { webhookEndpoints: { totalCount: number } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string, ownerKeyId: string | null }> } };

export type PartnersErrorsWebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersErrorsWebhookEndpointQuery = { webhookEndpoint: { id: string } };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { id: string } };

export type PartnersErrorsCouponEventLogQueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;


export type PartnersErrorsCouponEventLogQuery = { couponEventLog: Array<{ id: number }> };

export type PartnersSubscriptionsLockCouponsMutationVariables = Exact<{
  i: LockInput;
}>;


export type PartnersSubscriptionsLockCouponsMutation = { lockCoupons: { locked: boolean } };

export type PartnersSubscriptionsCouponEventLog2QueryVariables = Exact<{
  a?: number | null | undefined;
}>;


export type PartnersSubscriptionsCouponEventLog2Query = { couponEventLog: Array<{ id: number }> };

export type PartnersSubscriptionsCouponEventLogQueryVariables = Exact<{
  a?: number | null | undefined;
}>;


export type PartnersSubscriptionsCouponEventLogQuery = { couponEventLog: Array<{ id: number, type: CouponEventType, templateId: string | null, merchantId: string | null, couponId: string | null }> };

export type PartnersSubscriptionsRedeemOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type PartnersSubscriptionsRedeemOrderMutation = { redeemOrder: { ok: boolean } };

export type ReleaseOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type ReleaseOrderMutation = { releaseOrder: { status: OrderStatus } };

export type PartnersSubscriptionsCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type PartnersSubscriptionsCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type PartnersWebhooksCreateWebhookEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type PartnersWebhooksCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, enabled: boolean, maxConcurrency: number } } };

export type PartnersWebhooksLockCouponsMutationVariables = Exact<{
  i: LockInput;
}>;


export type PartnersWebhooksLockCouponsMutation = { lockCoupons: { locked: boolean } };

export type PartnersWebhooksRedeemOrderMutationVariables = Exact<{
  o: string | number;
}>;


export type PartnersWebhooksRedeemOrderMutation = { redeemOrder: { ok: boolean } };

export type PartnersWebhooksCouponEventLog2QueryVariables = Exact<{
  a?: number | null | undefined;
  t?: string | number | null | undefined;
}>;


export type PartnersWebhooksCouponEventLog2Query = { couponEventLog: Array<{ id: number, type: CouponEventType, couponId: string | null, templateId: string | null }> };

export type PartnersWebhooksCouponEventLogQueryVariables = Exact<{
  a?: number | null | undefined;
}>;


export type PartnersWebhooksCouponEventLogQuery = { couponEventLog: Array<{ id: number, type: CouponEventType, payload: unknown }> };

export type PartnersWebhooksRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersWebhooksRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, previousSecretExpiresAt: string | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string } };

export type PartnersWebhooksWebhookEndpoint2QueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersWebhooksWebhookEndpoint2Query = { webhookEndpoint: { enabled: boolean, disabledReason: string | null, disabledAt: string | null } };

export type PartnersWebhooksUpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersWebhooksUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { enabled: boolean } };

export type WebhookDeliveriesQueryVariables = Exact<{
  e: string | number;
  s?: WebhookDeliveryStatus | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, eventId: number, status: WebhookDeliveryStatus, attempts: number, webhookId: string, lastStatusCode: number | null, lastError: string | null, replayOf: string | null }> } };

export type PartnersWebhooksWebhookAttempts3QueryVariables = Exact<{
  e: string | number;
  d?: string | number | null | undefined;
}>;


export type PartnersWebhooksWebhookAttempts3Query = { webhookAttempts: { totalCount: number, nodes: Array<{ attempt: number, outcome: WebhookAttemptOutcome, statusCode: number | null, durationMs: number, responseExcerpt: string | null }> } };

export type PartnersWebhooksReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersWebhooksReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, status: WebhookDeliveryStatus, webhookId: string, replayOf: string | null } };

export type ReplayWebhookDeliveriesMutationVariables = Exact<{
  i: ReplayWebhookDeliveriesInput;
}>;


export type ReplayWebhookDeliveriesMutation = { replayWebhookDeliveries: { queued: number } };

export type PartnersWebhooksWebhookAttempts2QueryVariables = Exact<{
  e: string | number;
}>;


export type PartnersWebhooksWebhookAttempts2Query = { webhookAttempts: { nodes: Array<{ outcome: WebhookAttemptOutcome, durationMs: number, error: string | null }> } };

export type PartnersWebhooksWebhookAttemptsQueryVariables = Exact<{
  e: string | number;
}>;


export type PartnersWebhooksWebhookAttemptsQuery = { webhookAttempts: { nodes: Array<{ outcome: WebhookAttemptOutcome, statusCode: number | null, error: string | null }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type PartnersWebhooksWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersWebhooksWebhookEndpointsQuery = { webhookEndpoints: { totalCount: number } };

export type PartnersWebhooksPullQueryVariables = Exact<{
  after?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type PartnersWebhooksPullQuery = { couponEventLog: Array<{ id: number, eventType: string, merchantId: string | null, data:
      | { __typename: 'BudgetExhaustedData', eventId: number, couponId: string | null }
      | { __typename: 'BudgetThresholdData', eventId: number, couponId: string | null }
      | { __typename: 'CouponEventOtherData', eventId: number, couponId: string | null }
      | { __typename: 'CouponExpiredData', eventId: number, couponId: string | null }
      | { __typename: 'CouponIssuedData', code: string, validUntil: string, eventId: number, couponId: string | null }
      | { __typename: 'CouponLockedData', eventId: number, couponId: string | null }
      | { __typename: 'CouponRedeemedData', orderId: string, discount: number, eventId: number, couponId: string | null }
      | { __typename: 'CouponReleasedData', eventId: number, couponId: string | null }
      | { __typename: 'CouponRevokedData', eventId: number, couponId: string | null }
      | { __typename: 'ExperimentUpdatedData', eventId: number, couponId: string | null }
      | { __typename: 'RuleFiredData', eventId: number, couponId: string | null }
      | { __typename: 'ShareClaimedData', eventId: number, couponId: string | null }
      | { __typename: 'ShareCreatedData', eventId: number, couponId: string | null }
      | { __typename: 'ShareRewardedData', eventId: number, couponId: string | null }
      | { __typename: 'WebhookDisabledData', eventId: number, couponId: string | null }
     }> };

export type PartnersWebhooksPullBadQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersWebhooksPullBadQuery = { couponEventLog: Array<{ id: number }> };

export type PartnersWebhooksSendTestMutationVariables = Exact<{
  id: string | number;
  type: string;
}>;


export type PartnersWebhooksSendTestMutation = { sendTestWebhookEvent: { webhookId: string, eventType: string, outcome: WebhookAttemptOutcome, statusCode: number | null, body: string } };

export type PartnersWebhooksWebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersWebhooksWebhookEndpointQuery = { webhookEndpoint: { enabled: boolean, disabledReason: string | null, failingSince: string | null } };

export type PartitionsEventLogQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type PartitionsEventLogQuery = { couponEventLog: Array<{ id: number }> };

export type PartitionsCouponQueryVariables = Exact<{
  id: string | number;
}>;


export type PartitionsCouponQuery = { coupon: { id: string, status: CouponStatus } };

export type RetentionCreateEndpointMutationVariables = Exact<{
  i: CreateWebhookEndpointInput;
}>;


export type RetentionCreateEndpointMutation = { createWebhookEndpoint: { endpoint: { id: string } } };

export type RetentionCouponQueryVariables = Exact<{
  id: string | number;
}>;


export type RetentionCouponQuery = { coupon: { id: string, status: CouponStatus } };

export type RetentionEventLogQueryVariables = Exact<{
  a?: number | null | undefined;
  c?: string | number | null | undefined;
}>;


export type RetentionEventLogQuery = { couponEventLog: Array<{ id: number, type: CouponEventType, couponId: string | null }> };

export type RetentionMetricsQueryVariables = Exact<{
  s: MetricsScope;
  from: string;
  to: string;
}>;


export type RetentionMetricsQuery = { metrics: { allPaidOrders: number, totals: { issued: number, claimed: number, paidOrders: number, couponOrders: number, revenue: number, margin: number, newCustomers: number }, daily: Array<{ date: string, issued: number, paidOrders: number, revenue: number }> } };

export type RetentionLtvQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionLtvQuery = { ltv: { customers: number, groups: Array<{ key: string, customers: number }> } };

export type RetentionExperimentQueryVariables = Exact<{
  r: string | number;
  w?: number | null | undefined;
}>;


export type RetentionExperimentQuery = { experiment: { exposedUsers: number, measuredUsers: number, arms: Array<{ arm: string, users: number, conversion: number, revenuePerUser: number }> } };

export type RetentionRebuildMutationVariables = Exact<{ [key: string]: never; }>;


export type RetentionRebuildMutation = { rebuildMetrics: { couponEvents: number, orders: number } };

export type RulesBadInputPublishRule2MutationVariables = Exact<{
  id: string | number;
}>;


export type RulesBadInputPublishRule2Mutation = { publishRule: { rule: { id: string } } };

export type RuleVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleVersionsQuery = { ruleVersions: Array<{ version: number }> };

export type RulesBadInputValidateRuleGraphQueryVariables = Exact<{
  g: unknown;
}>;


export type RulesBadInputValidateRuleGraphQuery = { validateRuleGraph: { valid: boolean, issues: Array<{ code: string, nodeIds: Array<string> }> } };

export type RulesBadInputCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type RulesBadInputCreateRuleMutation = { createRule: { id: string } };

export type ValidateRuleGraphQueryVariables = Exact<{
  g: unknown;
}>;


export type ValidateRuleGraphQuery = { validateRuleGraph: { valid: boolean, issues: Array<{ code: string, nodeIds: Array<string>, edgeIds: Array<string> }> } };

export type CheckRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckRuleQuery = { checkRule: { valid: boolean, worstCaseSubsidyPerEvent: number, checks: Array<{ code: string }> } };

export type RulesBadInputPublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesBadInputPublishRuleMutation = { publishRule: { rule: { id: string } } };

export type RulesBuilderNodeUsersQueryVariables = Exact<{
  r: string | number;
  f: string;
  t: string;
  v?: number | null | undefined;
}>;


export type RulesBuilderNodeUsersQuery = { ruleNodeUsers: { version: number | null, from: string, to: string, relativeError: number, registers: number, nodes: Array<{ nodeId: string, users: number }>, ports: Array<{ nodeId: string, port: string, users: number }> } };

export type RulesBuilderRuleVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RulesBuilderRuleVersionsQuery = { ruleVersions: Array<{ version: number, note: string | null }> };

export type RulesBuilderPublishRuleMutationVariables = Exact<{
  id: string | number;
  n?: string | null | undefined;
}>;


export type RulesBuilderPublishRuleMutation = { publishRule: { rule: { activeVersion: number | null } } };

export type RulesBuilderRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderRulesQuery = { rules: Array<{ id: string, trigger: string | null, lastFiredAt: string | null, actionsToday: number }> };

export type RulesBuilderRuleFiringsQueryVariables = Exact<{
  id: string | number;
}>;


export type RulesBuilderRuleFiringsQuery = { ruleFirings: Array<{ acted: boolean, control: boolean, results: unknown }> };

export type RulesBuilderRuleExposuresQueryVariables = Exact<{
  id: string | number;
}>;


export type RulesBuilderRuleExposuresQuery = { ruleExposures: Array<{ arm: string, control: boolean, users: number }> };

export type RulesBuilderDuplicateRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesBuilderDuplicateRuleMutation = { duplicateRule: { id: string, name: string, status: RuleStatus, draft: unknown, activeVersion: number | null } };

export type RulesBuilderEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderEventTypesQuery = { eventTypes: Array<{ name: string, properties: Array<{ name: string, type: EventPropertyType }> }> };

export type RulesBuilderCreateAudiencesMutationVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderCreateAudiencesMutation = { a: { id: string }, b: { id: string } };

export type RulesBuilderAudiencesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderAudiencesQuery = { audiences: Array<{ name: string }> };

export type RulesBuilderTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderTemplatesQuery = { templates: { nodes: Array<{ name: string }> } };

export type RulesBuilderUpsertUserAttributesMutationVariables = Exact<{ [key: string]: never; }>;


export type RulesBuilderUpsertUserAttributesMutation = { upsertUserAttributes: { userId: string } };

export type RulesBuilderUserAttributeKeysQueryVariables = Exact<{
  s?: string | null | undefined;
  f: number;
}>;


export type RulesBuilderUserAttributeKeysQuery = { userAttributeKeys: Array<string> };

export type PauseRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseRuleMutation = { pauseRule: { status: RuleStatus } };

export type ResumeRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeRuleMutation = { resumeRule: { status: RuleStatus } };

export type RollbackRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RollbackRuleMutation = { rollbackRule: { activeVersion: number | null } };

export type RuleNodeCountsQueryVariables = Exact<{
  r: string | number;
}>;


export type RuleNodeCountsQuery = { ruleNodeCounts: Array<{ nodeId: string, ran: number, passed: number }> };

export type RuleFiringsQueryVariables = Exact<{
  r?: string | number | null | undefined;
  u?: string | number | null | undefined;
}>;


export type RuleFiringsQuery = { ruleFirings: Array<{ eventId: string, acted: boolean, results: unknown, trace: unknown }> };

export type RulesEnginePauseRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesEnginePauseRuleMutation = { pauseRule: { status: RuleStatus } };

export type RulesEngineResumeRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesEngineResumeRuleMutation = { resumeRule: { status: RuleStatus } };

export type RulesEngineRollbackRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesEngineRollbackRuleMutation = { rollbackRule: { activeVersion: number | null, latestVersion: number, status: RuleStatus } };

export type RulesEngineRuleVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RulesEngineRuleVersionsQuery = { ruleVersions: Array<{ version: number, graph: unknown }> };

export type RuleQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleQuery = { rule: { activeVersion: number | null, latestVersion: number, validation: { valid: boolean } } };

export type RulesEnginePublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesEnginePublishRuleMutation = { publishRule: { rule: { id: string } } };

export type RulesSimulateSimulateRuleQueryVariables = Exact<{
  g: unknown;
  f: unknown;
  s?: boolean | null | undefined;
}>;


export type RulesSimulateSimulateRuleQuery = { simulateRule: { actions: unknown, splitArm: unknown, trace: unknown } };

export type ReplayRuleQueryVariables = Exact<{
  g: unknown;
  from: string;
  to: string;
}>;


export type ReplayRuleQuery = { replayRule: { events: number, firings: number, users: number, worstCaseCost: number, expectedCost: number, issues: Array<{ templateId: string, count: number, users: number, maxValue: number, worstCaseCost: number, expectedCost: number }> } };

export type BlockCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockCatalogueQuery = { blockCatalogue: Array<{ code: string, category: string, argsSchema: unknown, ui: unknown }> };

export type RulesSimulateCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type RulesSimulateCreateRuleMutation = { createRule: { id: string, status: RuleStatus } };

export type RulesSimulateRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesSimulateRulesQuery = { rules: Array<{ id: string, status: RuleStatus, mode: RuleMode }> };

export type RulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesQuery = { rules: Array<{ id: string }> };

export type RulesSplitRuleExposuresQueryVariables = Exact<{
  r: string | number;
}>;


export type RulesSplitRuleExposuresQuery = { ruleExposures: Array<{ arm: string, control: boolean, users: number }> };

export type RuleExposuresQueryVariables = Exact<{
  r: string | number;
}>;


export type RuleExposuresQuery = { ruleExposures: Array<{ users: number }> };

export type RulesSupportTrackMutationVariables = Exact<{
  e: Array<TrackEventInput> | TrackEventInput;
}>;


export type RulesSupportTrackMutation = { track: { accepted: number, duplicates: number, rejected: number, firings: number, issued: number, errors: Array<{ index: number, eventId: string | null, code: TrackErrorCode, field: string, message: string }> } };

export type RulesSupportCreateRuleMutationVariables = Exact<{
  i: CreateRuleInput;
}>;


export type RulesSupportCreateRuleMutation = { createRule: { id: string } };

export type RulesSupportPublishRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesSupportPublishRuleMutation = { publishRule: { rule: { activeVersion: number | null, status: RuleStatus } } };

export type UpdateRuleMutationVariables = Exact<{
  id: string | number;
  g?: unknown;
}>;


export type UpdateRuleMutation = { updateRule: { id: string } };

export type ShareCreateMutationVariables = Exact<{
  i: CreateShareInput;
}>;


export type ShareCreateMutation = { createShare: { id: string, code: string, size: number, claimed: number, remaining: number, rewardState: ShareRewardState, description: string, replayed: boolean } };

export type ShareClaimMutationVariables = Exact<{
  i: ClaimShareInput;
}>;


export type ShareClaimMutation = { claimShare:
    | { __typename: 'ShareClaimRefused', reason: ShareClaimRefusal, share: { claimed: number } }
    | { __typename: 'ShareClaimSuccess', newUser: boolean, replayed: boolean, coupon: { id: string, templateId: string, userId: string }, share: { claimed: number, remaining: number, rewardState: ShareRewardState } }
   };

export type ShareProgressQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ShareProgressQuery = { share: { id: string, size: number, claimed: number, remaining: number, expired: boolean, rewardState: ShareRewardState, rewardCouponId: string | null, description: string } };

export type ShareWalletQueryVariables = Exact<{
  u: string | number;
}>;


export type ShareWalletQuery = { wallet: Array<{ id: string, templateId: string, status: CouponStatus }> };

export type ShareTextQueryVariables = Exact<{
  u: string | number;
}>;


export type ShareTextQuery = { wallet: Array<{ template: { summary: string } }> };

export type ShareEventsQueryVariables = Exact<{
  t: string | number;
}>;


export type ShareEventsQuery = { couponEventLog: Array<{ type: CouponEventType, userId: string | null, payload: unknown }> };

export type ShareListQueryVariables = Exact<{
  u: string | number;
}>;


export type ShareListQuery = { shares: Array<{ id: string }> };

export type ShareMetricsQueryVariables = Exact<{
  from: string;
  to: string;
  t?: string | number | null | undefined;
}>;


export type ShareMetricsQuery = { sharingMetrics: { shares: number, claims: number, newUsers: number, newCustomers: number, orders: number, revenue: number } };

export type ShareViaSharingQueryVariables = Exact<{
  from: string;
  to: string;
  t: string | number;
}>;


export type ShareViaSharingQuery = { metrics: { viaSharing: { claims: number, newCustomers: number, orders: number } | null } };

export type ShareLockMutationVariables = Exact<{
  i: LockInput;
}>;


export type ShareLockMutation = { lockCoupons: { locked: boolean } };

export type ShareRedeemMutationVariables = Exact<{
  o: string | number;
}>;


export type ShareRedeemMutation = { redeemOrder: { ok: boolean } };

export type ShareBadTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type ShareBadTemplateMutation = { createTemplate: { id: string } };

export type LookupTrackedEventsQueryVariables = Exact<{
  type?: string | null | undefined;
  userId?: string | number | null | undefined;
  first?: number;
}>;


export type LookupTrackedEventsQuery = { trackedEvents: Array<{ id: string, type: string, userId: string, properties: unknown }> };

export type LookupBehaviourQueryVariables = Exact<{
  userId: string | number;
}>;


export type LookupBehaviourQuery = { userBehaviour: { days: number, counts: Array<{ eventType: string, total: number, recent: number }>, sums: Array<{ eventType: string, property: string, total: number, recent: number }> } };

export type LookupBadDaysQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupBadDaysQuery = { userBehaviour: { days: number } };

export type LookupCreateAudienceMutationVariables = Exact<{
  i: CreateAudienceInput;
}>;


export type LookupCreateAudienceMutation = { createAudience: { id: string } };

export type LookupUploadMutationVariables = Exact<{
  id: string | number;
  csv: string;
}>;


export type LookupUploadMutation = { uploadAudienceMembers: { added: number } };

export type LookupUserAudiencesQueryVariables = Exact<{
  userId: string | number;
}>;


export type LookupUserAudiencesQuery = { userAudiences: Array<{ id: string, name: string }> };

export type LookupUserLogQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type LookupUserLogQuery = { couponEventLog: Array<{ type: CouponEventType, couponId: string | null, userId: string | null }> };

export type LookupCreateStaffMutationVariables = Exact<{
  i: CreateStaffInput;
}>;


export type LookupCreateStaffMutation = { createStaffUser: { id: string } };

export type LookupStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupStaffQuery = { staffUsers: Array<{ email: string, role: StaffRole, disabled: boolean }> };

export type SimulateRuleQueryVariables = Exact<{
  g: unknown;
  f: unknown;
}>;


export type SimulateRuleQuery = { simulateRule: { trace: unknown } };

export type DefineEventTypeMutationVariables = Exact<{
  i: DefineEventTypeInput;
}>;


export type DefineEventTypeMutation = { defineEventType: { name: string, builtin: boolean, properties: Array<{ name: string, type: EventPropertyType, required: boolean }> } };

export type EventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventTypesQuery = { eventTypes: Array<{ name: string, builtin: boolean }> };

export type UpsertUserAttributesMutationVariables = Exact<{ [key: string]: never; }>;


export type UpsertUserAttributesMutation = { upsertUserAttributes: { userId: string } };

export type TrackingUserProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackingUserProfileQuery = { userProfile: { attributes: unknown } | null };

export type UserProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type UserProfileQuery = { userProfile: { attributes: unknown } | null };

export type TrackingPauseRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type TrackingPauseRuleMutation = { pauseRule: { id: string } };

export type ServerLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type ServerLoginMutation = { login: { token: string } };

export type ServerCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type ServerCreateApiKeyMutation = { createApiKey: { key: string } };

export type ServerCreateTemplateMutationVariables = Exact<{
  i: CreateTemplateInput;
}>;


export type ServerCreateTemplateMutation = { createTemplate: { id: string, campaignId: string | null } };

export type ClaimCouponMutationVariables = Exact<{
  i: ClaimInput;
}>;


export type ClaimCouponMutation = { claimCoupon:
    | { __typename: 'ClaimRefused', reason: ClaimRefusal, message: string, replayed: boolean, retryAfterSeconds: number | null }
    | { __typename: 'ClaimSuccess', replayed: boolean, coupon: { id: string, code: string, status: CouponStatus, userId: string, templateId: string, validFrom: string, validUntil: string, isNew: boolean } }
   };

export type CouponEventsSubscriptionVariables = Exact<{
  filter?: CouponEventFilter | null | undefined;
  afterId?: number | null | undefined;
}>;


export type CouponEventsSubscription = { couponEvents: { id: number, type: CouponEventType, couponId: string | null, templateId: string | null, campaignId: string | null, merchantId: string | null, userId: string | null, payload: unknown, createdAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const QuoteAllCouponFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteAllCouponFields on Coupon {
  id
  code
  templateId
  campaignId
  userId
  status
  source
  ruleId
  ruleVersion
  placement
  issuedAt
  validFrom
  validUntil
  seenAt
  isNew
  balance
  lockedOrderId
  lockExpiresAt
  redeemedOrderId
  redeemedAt
  template {
    id
    name
  }
  __typename
}
    `, {"fragmentName":"QuoteAllCouponFields"}) as unknown as TypedDocumentString<QuoteAllCouponFieldsFragment, unknown>;
export const QuoteIssuedAtFragmentDoc = new TypedDocumentString(`
    fragment QuoteIssuedAt on Coupon {
  issuedAt
  source
}
    `, {"fragmentName":"QuoteIssuedAt"}) as unknown as TypedDocumentString<QuoteIssuedAtFragment, unknown>;
export const ConsoleBenchCreateRuleDocument = new TypedDocumentString(`
    mutation ConsoleBenchCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleBenchCreateRuleMutation, ConsoleBenchCreateRuleMutationVariables>;
export const TrackDocument = new TypedDocumentString(`
    mutation Track($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
    rejected
    issued
  }
}
    `) as unknown as TypedDocumentString<TrackMutation, TrackMutationVariables>;
export const CreateRuleDocument = new TypedDocumentString(`
    mutation CreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRuleMutation, CreateRuleMutationVariables>;
export const PublishRuleDocument = new TypedDocumentString(`
    mutation PublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PublishRuleMutation, PublishRuleMutationVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $c: Int!) {
  updateWebhookEndpoint(id: $id, input: {maxConcurrency: $c}) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const ScaleCreateCampaignDocument = new TypedDocumentString(`
    mutation ScaleCreateCampaign {
  createCampaign(input: {name: "scale budget", budget: 200000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateCampaignMutation, ScaleCreateCampaignMutationVariables>;
export const TemplateDocument = new TypedDocumentString(`
    query Template($id: ID!) {
  template(id: $id) {
    issuedCount
    quotaAvailable
    quotaTotal
  }
}
    `) as unknown as TypedDocumentString<TemplateQuery, TemplateQueryVariables>;
export const IssueCouponsDocument = new TypedDocumentString(`
    mutation IssueCoupons($i: IssueCouponInput!) {
  issueCoupons(input: $i) {
    coupon {
      id
    }
    reason
  }
}
    `) as unknown as TypedDocumentString<IssueCouponsMutation, IssueCouponsMutationVariables>;
export const WorkloadsQuoteDocument = new TypedDocumentString(`
    query WorkloadsQuote($cart: CartInput!) {
  quote(cart: $cart) {
    subtotal
    best {
      couponIds
      totalDiscount
      payable
      coupons {
        couponId
        stackGroup
        discount
        remainingBalance
      }
    }
    items {
      applicable
      reason
      shortBy
      discount
      inBest
      coupon {
        id
        code
        validUntil
        template {
          name
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkloadsQuoteQuery, WorkloadsQuoteQueryVariables>;
export const BrowserAudiencesTrackDocument = new TypedDocumentString(`
    mutation BrowserAudiencesTrack($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<BrowserAudiencesTrackMutation, BrowserAudiencesTrackMutationVariables>;
export const BrowserIssuingJobDocument = new TypedDocumentString(`
    query BrowserIssuingJob($id: ID!) {
  bulkIssueJob(id: $id) {
    total
    issued
    heldOut
    skipped
    failed
    percent
  }
}
    `) as unknown as TypedDocumentString<BrowserIssuingJobQuery, BrowserIssuingJobQueryVariables>;
export const BrowserTemplateCountDocument = new TypedDocumentString(`
    query BrowserTemplateCount {
  templates(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BrowserTemplateCountQuery, BrowserTemplateCountQueryVariables>;
export const BrowserCreateCampaignDocument = new TypedDocumentString(`
    mutation BrowserCreateCampaign($i: CreateCampaignInput!) {
  createCampaign(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserCreateCampaignMutation, BrowserCreateCampaignMutationVariables>;
export const BrowserCampaignDocument = new TypedDocumentString(`
    query BrowserCampaign($id: ID!) {
  campaign(id: $id) {
    name
    budget
    status
  }
}
    `) as unknown as TypedDocumentString<BrowserCampaignQuery, BrowserCampaignQueryVariables>;
export const BrowserTemplateKindsDocument = new TypedDocumentString(`
    query BrowserTemplateKinds {
  templates(first: 50) {
    nodes {
      name
      kind
      status
      quotaTotal
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserTemplateKindsQuery, BrowserTemplateKindsQueryVariables>;
export const BrowserTemplateCodesDocument = new TypedDocumentString(`
    query BrowserTemplateCodes($id: ID!) {
  template(id: $id) {
    status
    codes {
      unused
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserTemplateCodesQuery, BrowserTemplateCodesQueryVariables>;
export const BrowserEditedTemplateDocument = new TypedDocumentString(`
    query BrowserEditedTemplate($id: ID!) {
  template(id: $id) {
    name
    quotaTotal
    amount
  }
}
    `) as unknown as TypedDocumentString<BrowserEditedTemplateQuery, BrowserEditedTemplateQueryVariables>;
export const BrowserTemplateTotalDocument = new TypedDocumentString(`
    query BrowserTemplateTotal {
  templates(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BrowserTemplateTotalQuery, BrowserTemplateTotalQueryVariables>;
export const BrowserEventTypesDocument = new TypedDocumentString(`
    query BrowserEventTypes {
  eventTypes {
    name
    builtin
    properties {
      name
      type
      required
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserEventTypesQuery, BrowserEventTypesQueryVariables>;
export const RuleBuilderCreateApiKeyDocument = new TypedDocumentString(`
    mutation RuleBuilderCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    key
  }
}
    `) as unknown as TypedDocumentString<RuleBuilderCreateApiKeyMutation, RuleBuilderCreateApiKeyMutationVariables>;
export const RuleBuilderTrackDocument = new TypedDocumentString(`
    mutation RuleBuilderTrack($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
    issued
  }
}
    `) as unknown as TypedDocumentString<RuleBuilderTrackMutation, RuleBuilderTrackMutationVariables>;
export const RuleBuilderWalletDocument = new TypedDocumentString(`
    query RuleBuilderWallet($u: ID!) {
  wallet(userId: $u) {
    templateId
    status
  }
}
    `) as unknown as TypedDocumentString<RuleBuilderWalletQuery, RuleBuilderWalletQueryVariables>;
export const RuleBuilderRuleStateDocument = new TypedDocumentString(`
    query RuleBuilderRuleState($id: ID!) {
  rule(id: $id) {
    status
    activeVersion
  }
}
    `) as unknown as TypedDocumentString<RuleBuilderRuleStateQuery, RuleBuilderRuleStateQueryVariables>;
export const BrowserVersionsUpdateRuleDocument = new TypedDocumentString(`
    mutation BrowserVersionsUpdateRule($id: ID!, $i: UpdateRuleInput!) {
  updateRule(id: $id, input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserVersionsUpdateRuleMutation, BrowserVersionsUpdateRuleMutationVariables>;
export const BrowserVersionsPublishRuleDocument = new TypedDocumentString(`
    mutation BrowserVersionsPublishRule($id: ID!, $n: String) {
  publishRule(id: $id, note: $n) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserVersionsPublishRuleMutation, BrowserVersionsPublishRuleMutationVariables>;
export const ArrangeCreateRuleDocument = new TypedDocumentString(`
    mutation ArrangeCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ArrangeCreateRuleMutation, ArrangeCreateRuleMutationVariables>;
export const ArrangePublishRuleDocument = new TypedDocumentString(`
    mutation ArrangePublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArrangePublishRuleMutation, ArrangePublishRuleMutationVariables>;
export const ArrangePauseRuleDocument = new TypedDocumentString(`
    mutation ArrangePauseRule($id: ID!) {
  pauseRule(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangePauseRuleMutation, ArrangePauseRuleMutationVariables>;
export const ArrangeRuleStateDocument = new TypedDocumentString(`
    query ArrangeRuleState($id: ID!) {
  rule(id: $id) {
    name
    status
    mode
    draft
    activeVersion
  }
}
    `) as unknown as TypedDocumentString<ArrangeRuleStateQuery, ArrangeRuleStateQueryVariables>;
export const ArrangePaidOrderDocument = new TypedDocumentString(`
    mutation ArrangePaidOrder($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
    issued
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArrangePaidOrderMutation, ArrangePaidOrderMutationVariables>;
export const HarnessCreateStaffDocument = new TypedDocumentString(`
    mutation HarnessCreateStaff($i: CreateStaffInput!) {
  createStaffUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<HarnessCreateStaffMutation, HarnessCreateStaffMutationVariables>;
export const MeasureCreateCampaignDocument = new TypedDocumentString(`
    mutation MeasureCreateCampaign($i: CreateCampaignInput!) {
  createCampaign(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MeasureCreateCampaignMutation, MeasureCreateCampaignMutationVariables>;
export const MeasureCreateAudienceDocument = new TypedDocumentString(`
    mutation MeasureCreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MeasureCreateAudienceMutation, MeasureCreateAudienceMutationVariables>;
export const MeasureUploadAudienceDocument = new TypedDocumentString(`
    mutation MeasureUploadAudience($a: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
    added
  }
}
    `) as unknown as TypedDocumentString<MeasureUploadAudienceMutation, MeasureUploadAudienceMutationVariables>;
export const MeasureTrackDocument = new TypedDocumentString(`
    mutation MeasureTrack($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureTrackMutation, MeasureTrackMutationVariables>;
export const MeasureLockDocument = new TypedDocumentString(`
    mutation MeasureLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<MeasureLockMutation, MeasureLockMutationVariables>;
export const MeasureRedeemDocument = new TypedDocumentString(`
    mutation MeasureRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
  }
}
    `) as unknown as TypedDocumentString<MeasureRedeemMutation, MeasureRedeemMutationVariables>;
export const MeasureCreateRuleDocument = new TypedDocumentString(`
    mutation MeasureCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MeasureCreateRuleMutation, MeasureCreateRuleMutationVariables>;
export const MeasurePublishRuleDocument = new TypedDocumentString(`
    mutation MeasurePublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MeasurePublishRuleMutation, MeasurePublishRuleMutationVariables>;
export const MeasureRuleModeDocument = new TypedDocumentString(`
    query MeasureRuleMode($id: ID!) {
  rule(id: $id) {
    mode
  }
}
    `) as unknown as TypedDocumentString<MeasureRuleModeQuery, MeasureRuleModeQueryVariables>;
export const ApiConventionsTemplateCountDocument = new TypedDocumentString(`
    query ApiConventionsTemplateCount {
  templates(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsTemplateCountQuery, ApiConventionsTemplateCountQueryVariables>;
export const ApiConventionsCreateTemplateDocument = new TypedDocumentString(`
    mutation ApiConventionsCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsCreateTemplateMutation, ApiConventionsCreateTemplateMutationVariables>;
export const ApiConventionsQuoteDocument = new TypedDocumentString(`
    query ApiConventionsQuote($c: CartInput!) {
  quote(cart: $c) {
    currency
    subtotal
    errors {
      code
    }
    best {
      totalDiscount
      payable
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsQuoteQuery, ApiConventionsQuoteQueryVariables>;
export const ApiConventionsTransitionCampaignDocument = new TypedDocumentString(`
    mutation ApiConventionsTransitionCampaign($id: ID!, $a: CampaignAction!) {
  transitionCampaign(id: $id, action: $a) {
    campaign {
      id
      status
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsTransitionCampaignMutation, ApiConventionsTransitionCampaignMutationVariables>;
export const ApiConventionsCreateCampaignDocument = new TypedDocumentString(`
    mutation ApiConventionsCreateCampaign {
  createCampaign(input: {name: "steps", budget: 10000}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsCreateCampaignMutation, ApiConventionsCreateCampaignMutationVariables>;
export const ApiConventionsPauseCampaignDocument = new TypedDocumentString(`
    mutation ApiConventionsPauseCampaign($id: ID!) {
  pauseCampaign(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsPauseCampaignMutation, ApiConventionsPauseCampaignMutationVariables>;
export const ApiConventionsTransitionTemplateDocument = new TypedDocumentString(`
    mutation ApiConventionsTransitionTemplate($id: ID!, $a: TemplateAction!) {
  transitionTemplate(id: $id, action: $a) {
    template {
      id
      status
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsTransitionTemplateMutation, ApiConventionsTransitionTemplateMutationVariables>;
export const ApiConventionsLockDocument = new TypedDocumentString(`
    mutation ApiConventionsLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
    problems {
      couponId
      reason
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsLockMutation, ApiConventionsLockMutationVariables>;
export const ApiConventionsReleaseDocument = new TypedDocumentString(`
    mutation ApiConventionsRelease {
  releaseOrder(orderId: "errors-o2") {
    status
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsReleaseMutation, ApiConventionsReleaseMutationVariables>;
export const ApiConventionsRedeemDocument = new TypedDocumentString(`
    mutation ApiConventionsRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
    status
    totalDiscount
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsRedeemMutation, ApiConventionsRedeemMutationVariables>;
export const ApiConventionsCreateEndpointDocument = new TypedDocumentString(`
    mutation ApiConventionsCreateEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    endpoint {
      id
      events
      eventTypes
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsCreateEndpointMutation, ApiConventionsCreateEndpointMutationVariables>;
export const ApiConventionsEndpointsDocument = new TypedDocumentString(`
    query ApiConventionsEndpoints {
  webhookEndpoints(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsEndpointsQuery, ApiConventionsEndpointsQueryVariables>;
export const ApiConventionsUpdateEndpointDocument = new TypedDocumentString(`
    mutation ApiConventionsUpdateEndpoint($id: ID!, $i: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $i) {
    events
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsUpdateEndpointMutation, ApiConventionsUpdateEndpointMutationVariables>;
export const ApiConventionsEventLogDocument = new TypedDocumentString(`
    query ApiConventionsEventLog($t: ID, $types: [String!]) {
  couponEventLog(templateId: $t, eventTypes: $types, first: 100) {
    eventType
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsEventLogQuery, ApiConventionsEventLogQueryVariables>;
export const ApiConventionsCreateStaffDocument = new TypedDocumentString(`
    mutation ApiConventionsCreateStaff($i: CreateStaffInput!) {
  createStaffUser(input: $i) {
    id
    role
    access
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsCreateStaffMutation, ApiConventionsCreateStaffMutationVariables>;
export const ApiConventionsUpdateStaffDocument = new TypedDocumentString(`
    mutation ApiConventionsUpdateStaff($i: UpdateStaffInput!) {
  updateStaffUser(input: $i) {
    role
    access
  }
}
    `) as unknown as TypedDocumentString<ApiConventionsUpdateStaffMutation, ApiConventionsUpdateStaffMutationVariables>;
export const AudiencesCreateAudience2Document = new TypedDocumentString(`
    mutation AudiencesCreateAudience2($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AudiencesCreateAudience2Mutation, AudiencesCreateAudience2MutationVariables>;
export const IsAudienceMemberDocument = new TypedDocumentString(`
    query IsAudienceMember($a: ID!, $u: ID!) {
  isAudienceMember(audienceId: $a, userId: $u)
}
    `) as unknown as TypedDocumentString<IsAudienceMemberQuery, IsAudienceMemberQueryVariables>;
export const AudiencesAudiencePreviewDocument = new TypedDocumentString(`
    query AudiencesAudiencePreview($e: JSON) {
  audiencePreview(expression: $e, sample: 10) {
    size
    sample
  }
}
    `) as unknown as TypedDocumentString<AudiencesAudiencePreviewQuery, AudiencesAudiencePreviewQueryVariables>;
export const AudiencesAudienceMembersDocument = new TypedDocumentString(`
    query AudiencesAudienceMembers($a: ID!) {
  audienceMembers(audienceId: $a, first: 2) {
    userIds
    hasNextPage
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AudiencesAudienceMembersQuery, AudiencesAudienceMembersQueryVariables>;
export const AudiencesCreateAudienceDocument = new TypedDocumentString(`
    mutation AudiencesCreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AudiencesCreateAudienceMutation, AudiencesCreateAudienceMutationVariables>;
export const CreateAudienceDocument = new TypedDocumentString(`
    mutation CreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAudienceMutation, CreateAudienceMutationVariables>;
export const AudiencesNestedPreviewDocument = new TypedDocumentString(`
    query AudiencesNestedPreview($a: ID) {
  audiencePreview(audienceId: $a, sample: 10) {
    size
    sample
  }
}
    `) as unknown as TypedDocumentString<AudiencesNestedPreviewQuery, AudiencesNestedPreviewQueryVariables>;
export const AudiencesUpdateAudienceDocument = new TypedDocumentString(`
    mutation AudiencesUpdateAudience($id: ID!, $i: UpdateAudienceInput!) {
  updateAudience(id: $id, input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AudiencesUpdateAudienceMutation, AudiencesUpdateAudienceMutationVariables>;
export const AudiencesTemplateDocument = new TypedDocumentString(`
    query AudiencesTemplate($id: ID!) {
  template(id: $id) {
    audienceIds
  }
}
    `) as unknown as TypedDocumentString<AudiencesTemplateQuery, AudiencesTemplateQueryVariables>;
export const CreateTemplateDocument = new TypedDocumentString(`
    mutation CreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const AudiencesDeleteAudienceDocument = new TypedDocumentString(`
    mutation AudiencesDeleteAudience($id: ID!) {
  deleteAudience(id: $id)
}
    `) as unknown as TypedDocumentString<AudiencesDeleteAudienceMutation, AudiencesDeleteAudienceMutationVariables>;
export const DeleteAudienceDocument = new TypedDocumentString(`
    mutation DeleteAudience($id: ID!) {
  deleteAudience(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAudienceMutation, DeleteAudienceMutationVariables>;
export const AudiencesUploadAudienceMembersDocument = new TypedDocumentString(`
    mutation AudiencesUploadAudienceMembers($a: ID!, $csv: String!, $r: Boolean!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv, replace: $r) {
    rows
    added
    size
    invalid {
      line
      value
    }
  }
}
    `) as unknown as TypedDocumentString<AudiencesUploadAudienceMembersMutation, AudiencesUploadAudienceMembersMutationVariables>;
export const AudiencePreviewDocument = new TypedDocumentString(`
    query AudiencePreview($a: ID) {
  audiencePreview(audienceId: $a, sample: 3) {
    size
    sample
  }
}
    `) as unknown as TypedDocumentString<AudiencePreviewQuery, AudiencePreviewQueryVariables>;
export const AudienceMembersDocument = new TypedDocumentString(`
    query AudienceMembers($a: ID!) {
  audienceMembers(audienceId: $a, first: 5, after: "imp-0499997") {
    userIds
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<AudienceMembersQuery, AudienceMembersQueryVariables>;
export const UploadAudienceMembersDocument = new TypedDocumentString(`
    mutation UploadAudienceMembers($a: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv) {
    added
  }
}
    `) as unknown as TypedDocumentString<UploadAudienceMembersMutation, UploadAudienceMembersMutationVariables>;
export const IssueToAudienceDocument = new TypedDocumentString(`
    mutation IssueToAudience($t: ID!, $a: ID!) {
  issueToAudience(templateId: $t, audienceId: $a) {
    id
    total
  }
}
    `) as unknown as TypedDocumentString<IssueToAudienceMutation, IssueToAudienceMutationVariables>;
export const BulkIssueJobDocument = new TypedDocumentString(`
    query BulkIssueJob($id: ID!) {
  bulkIssueJob(id: $id) {
    status
    issued
  }
}
    `) as unknown as TypedDocumentString<BulkIssueJobQuery, BulkIssueJobQueryVariables>;
export const AudienceDocument = new TypedDocumentString(`
    query Audience($id: ID!) {
  audience(id: $id) {
    size
  }
}
    `) as unknown as TypedDocumentString<AudienceQuery, AudienceQueryVariables>;
export const CreateStaffUserDocument = new TypedDocumentString(`
    mutation CreateStaffUser($i: CreateStaffInput!) {
  createStaffUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const BadInputLoginDocument = new TypedDocumentString(`
    mutation BadInputLogin($e: String!) {
  login(email: $e, password: "a-long-password") {
    token
  }
}
    `) as unknown as TypedDocumentString<BadInputLoginMutation, BadInputLoginMutationVariables>;
export const CreateUserTokenDocument = new TypedDocumentString(`
    mutation CreateUserToken {
  createUserToken(input: {userId: "alice"})
}
    `) as unknown as TypedDocumentString<CreateUserTokenMutation, CreateUserTokenMutationVariables>;
export const BadInputQuoteDocument = new TypedDocumentString(`
    query BadInputQuote($c: CartInput!) {
  quote(cart: $c) {
    subtotal
  }
}
    `) as unknown as TypedDocumentString<BadInputQuoteQuery, BadInputQuoteQueryVariables>;
export const BadInputTemplateDocument = new TypedDocumentString(`
    query BadInputTemplate {
  template(id: "tpl_nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputTemplateQuery, BadInputTemplateQueryVariables>;
export const CouponDocument = new TypedDocumentString(`
    query Coupon {
  coupon(id: "1 OR 1=1") {
    id
  }
}
    `) as unknown as TypedDocumentString<CouponQuery, CouponQueryVariables>;
export const BadInputCreateTemplateDocument = new TypedDocumentString(`
    mutation BadInputCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreateTemplateMutation, BadInputCreateTemplateMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login {
  login(email: "admin@test.local", password: "wrong") {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey {
  createApiKey(input: {name: "x", scopes: [CHECKOUT]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const BadInputWalletDocument = new TypedDocumentString(`
    query BadInputWallet {
  wallet(userId: "bob") {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputWalletQuery, BadInputWalletQueryVariables>;
export const BadInputRedeemOrderDocument = new TypedDocumentString(`
    mutation BadInputRedeemOrder {
  redeemOrder(orderId: "o1") {
    ok
  }
}
    `) as unknown as TypedDocumentString<BadInputRedeemOrderMutation, BadInputRedeemOrderMutationVariables>;
export const BadInputTemplatesDocument = new TypedDocumentString(`
    query BadInputTemplates {
  templates {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BadInputTemplatesQuery, BadInputTemplatesQueryVariables>;
export const RedeemOrderDocument = new TypedDocumentString(`
    mutation RedeemOrder {
  redeemOrder(orderId: "no-such-order") {
    ok
  }
}
    `) as unknown as TypedDocumentString<RedeemOrderMutation, RedeemOrderMutationVariables>;
export const BadInputWallet2Document = new TypedDocumentString(`
    query BadInputWallet2 {
  wallet(userId: "u1") {
    template {
      scope {
        merchantIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BadInputWallet2Query, BadInputWallet2QueryVariables>;
export const TemplatesDocument = new TypedDocumentString(`
    query Templates {
  templates(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TemplatesQuery, TemplatesQueryVariables>;
export const WalletDocument = new TypedDocumentString(`
    query Wallet {
  wallet {
    userId
  }
}
    `) as unknown as TypedDocumentString<WalletQuery, WalletQueryVariables>;
export const MechanicsQuoteDocument = new TypedDocumentString(`
    query MechanicsQuote($c: CartInput!) {
  quote(cart: $c) {
    items {
      coupon {
        id
      }
      applicable
      reason
      discount
    }
    best {
      couponIds
      totalDiscount
      payable
    }
  }
}
    `) as unknown as TypedDocumentString<MechanicsQuoteQuery, MechanicsQuoteQueryVariables>;
export const MechanicsLockDocument = new TypedDocumentString(`
    mutation MechanicsLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
    problems {
      couponId
      reason
    }
    applied {
      couponIds
      totalDiscount
      payable
    }
  }
}
    `) as unknown as TypedDocumentString<MechanicsLockMutation, MechanicsLockMutationVariables>;
export const MechanicsRedeemDocument = new TypedDocumentString(`
    mutation MechanicsRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
    totalDiscount
    coupons {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MechanicsRedeemMutation, MechanicsRedeemMutationVariables>;
export const MechanicsCreateTemplateDocument = new TypedDocumentString(`
    mutation MechanicsCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
    maxValue
    applyTo
    maxUnits
    minQuantity
    buyQuantity
    getQuantity
    maxApplications
  }
}
    `) as unknown as TypedDocumentString<MechanicsCreateTemplateMutation, MechanicsCreateTemplateMutationVariables>;
export const MechanicsTemplatesDocument = new TypedDocumentString(`
    query MechanicsTemplates($s: String!) {
  templates(filter: {search: $s}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MechanicsTemplatesQuery, MechanicsTemplatesQueryVariables>;
export const MechanicsCampaignDocument = new TypedDocumentString(`
    mutation MechanicsCampaign {
  createCampaign(input: {name: "mechanics", budget: 100000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<MechanicsCampaignMutation, MechanicsCampaignMutationVariables>;
export const MechanicsWalletDocument = new TypedDocumentString(`
    query MechanicsWallet($u: ID!) {
  wallet(userId: $u) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MechanicsWalletQuery, MechanicsWalletQueryVariables>;
export const MechanicsShortDocument = new TypedDocumentString(`
    query MechanicsShort($c: CartInput!) {
  quote(cart: $c) {
    items {
      applicable
      reason
      shortBy
    }
  }
}
    `) as unknown as TypedDocumentString<MechanicsShortQuery, MechanicsShortQueryVariables>;
export const ShippingQuoteDocument = new TypedDocumentString(`
    query ShippingQuote($c: CartInput!) {
  quote(cart: $c) {
    subtotal
    shippingAmount
    items {
      coupon {
        id
        template {
          summary
        }
      }
      applicable
      reason
      discount
    }
    best {
      couponIds
      totalDiscount
      goodsDiscount
      shipping {
        amount
        discount
        payable
      }
      payable
      coupons {
        couponId
        discount
        shippingDiscount
        remainingBalance
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingQuoteQuery, ShippingQuoteQueryVariables>;
export const ShippingLockDocument = new TypedDocumentString(`
    mutation ShippingLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
    problems {
      couponId
      reason
    }
    applied {
      couponIds
      totalDiscount
      goodsDiscount
      shipping {
        amount
        discount
        payable
      }
      payable
      coupons {
        couponId
        discount
        shippingDiscount
        remainingBalance
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingLockMutation, ShippingLockMutationVariables>;
export const ShippingRedeemDocument = new TypedDocumentString(`
    mutation ShippingRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
    totalDiscount
    coupons {
      id
      status
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingRedeemMutation, ShippingRedeemMutationVariables>;
export const ShippingCreateTemplateDocument = new TypedDocumentString(`
    mutation ShippingCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
    maxValue
    stackGroup
    summary
    multiplePerOrder
    getScope {
      includeCategories
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingCreateTemplateMutation, ShippingCreateTemplateMutationVariables>;
export const ShippingTemplatesDocument = new TypedDocumentString(`
    query ShippingTemplates($s: String!) {
  templates(filter: {search: $s}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShippingTemplatesQuery, ShippingTemplatesQueryVariables>;
export const ShippingCampaignDocument = new TypedDocumentString(`
    mutation ShippingCampaign($n: String!) {
  createCampaign(input: {name: $n, budget: 100000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShippingCampaignMutation, ShippingCampaignMutationVariables>;
export const ShippingCampaignReadDocument = new TypedDocumentString(`
    query ShippingCampaignRead($id: ID!) {
  campaign(id: $id) {
    spent
    reserved
  }
}
    `) as unknown as TypedDocumentString<ShippingCampaignReadQuery, ShippingCampaignReadQueryVariables>;
export const ShippingWalletDocument = new TypedDocumentString(`
    query ShippingWallet($u: ID!) {
  wallet(userId: $u) {
    id
    status
    balance
  }
}
    `) as unknown as TypedDocumentString<ShippingWalletQuery, ShippingWalletQueryVariables>;
export const CheckoutQuoteDocument = new TypedDocumentString(`
    query CheckoutQuote($c: CartInput!) {
  quote(cart: $c) {
    subtotal
    items {
      coupon {
        id
      }
      applicable
      reason
      shortBy
      discount
      inBest
    }
    inapplicable {
      coupon {
        id
      }
      reason
    }
    best {
      couponIds
      totalDiscount
      payable
      coupons {
        couponId
        stackGroup
        discount
        lines {
          index
          discount
        }
      }
      lines {
        index
        amount
        discount
        payable
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const CheckoutLockCouponsDocument = new TypedDocumentString(`
    mutation CheckoutLockCoupons($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
    replayed
    lockExpiresAt
    problems {
      couponId
      reason
      shortBy
    }
    applied {
      couponIds
      totalDiscount
      payable
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutLockCouponsMutation, CheckoutLockCouponsMutationVariables>;
export const CheckoutRedeemOrderDocument = new TypedDocumentString(`
    mutation CheckoutRedeemOrder($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
    status
    totalDiscount
    replayed
    coupons {
      id
      status
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutRedeemOrderMutation, CheckoutRedeemOrderMutationVariables>;
export const CheckoutReleaseOrderDocument = new TypedDocumentString(`
    mutation CheckoutReleaseOrder($o: ID!) {
  releaseOrder(orderId: $o) {
    status
    replayed
    coupons {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutReleaseOrderMutation, CheckoutReleaseOrderMutationVariables>;
export const RefundOrderDocument = new TypedDocumentString(`
    mutation RefundOrder($o: ID!) {
  refundOrder(orderId: $o) {
    status
    replayed
    coupons {
      id
      status
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<RefundOrderMutation, RefundOrderMutationVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($c: CartInput!) {
  quote(cart: $c) {
    items {
      coupon {
        id
        validUntil
        balance
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const QuoteFieldsWalletDocument = new TypedDocumentString(`
    query QuoteFieldsWallet {
  wallet(userId: "q-fields") {
    ...QuoteAllCouponFields
  }
}
    fragment QuoteAllCouponFields on Coupon {
  id
  code
  templateId
  campaignId
  userId
  status
  source
  ruleId
  ruleVersion
  placement
  issuedAt
  validFrom
  validUntil
  seenAt
  isNew
  balance
  lockedOrderId
  lockExpiresAt
  redeemedOrderId
  redeemedAt
  template {
    id
    name
  }
  __typename
}`) as unknown as TypedDocumentString<QuoteFieldsWalletQuery, QuoteFieldsWalletQueryVariables>;
export const QuoteFieldsAllDocument = new TypedDocumentString(`
    query QuoteFieldsAll($c: CartInput!) {
  quote(cart: $c) {
    items {
      coupon {
        ...QuoteAllCouponFields
      }
    }
  }
}
    fragment QuoteAllCouponFields on Coupon {
  id
  code
  templateId
  campaignId
  userId
  status
  source
  ruleId
  ruleVersion
  placement
  issuedAt
  validFrom
  validUntil
  seenAt
  isNew
  balance
  lockedOrderId
  lockExpiresAt
  redeemedOrderId
  redeemedAt
  template {
    id
    name
  }
  __typename
}`) as unknown as TypedDocumentString<QuoteFieldsAllQuery, QuoteFieldsAllQueryVariables>;
export const QuoteFieldsBriefDocument = new TypedDocumentString(`
    query QuoteFieldsBrief($c: CartInput!) {
  quote(cart: $c) {
    items {
      coupon {
        couponId: id
        code
        ... on Coupon {
          templateId
          campaignId
          userId
          status
          validFrom
          validUntil
          balance
          lockedOrderId
          lockExpiresAt
          template {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteFieldsBriefQuery, QuoteFieldsBriefQueryVariables>;
export const QuoteFieldsNodeDocument = new TypedDocumentString(`
    query QuoteFieldsNode($c: CartInput!) {
  quote(cart: $c) {
    best {
      couponIds
    }
    items {
      coupon {
        id
        ... on Node {
          id
        }
        ...QuoteIssuedAt
      }
    }
  }
}
    fragment QuoteIssuedAt on Coupon {
  issuedAt
  source
}`) as unknown as TypedDocumentString<QuoteFieldsNodeQuery, QuoteFieldsNodeQueryVariables>;
export const CheckoutCreateCampaignDocument = new TypedDocumentString(`
    mutation CheckoutCreateCampaign {
  createCampaign(input: {name: "co", budget: 100000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CheckoutCreateCampaignMutation, CheckoutCreateCampaignMutationVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID!) {
  campaign(id: $id) {
    spent
    reserved
    budgetStatus {
      headroom
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CouponEventLogDocument = new TypedDocumentString(`
    query CouponEventLog($c: ID!) {
  couponEventLog(couponId: $c) {
    type
  }
}
    `) as unknown as TypedDocumentString<CouponEventLogQuery, CouponEventLogQueryVariables>;
export const CheckoutWallet3Document = new TypedDocumentString(`
    query CheckoutWallet3 {
  wallet(userId: "q6") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CheckoutWallet3Query, CheckoutWallet3QueryVariables>;
export const CheckoutWallet2Document = new TypedDocumentString(`
    query CheckoutWallet2 {
  wallet(userId: "q8", expiringWithinHours: 2) {
    id
    isNew
  }
}
    `) as unknown as TypedDocumentString<CheckoutWallet2Query, CheckoutWallet2QueryVariables>;
export const MarkCouponsSeenDocument = new TypedDocumentString(`
    mutation MarkCouponsSeen($ids: [ID!]!) {
  markCouponsSeen(userId: "q8", couponIds: $ids)
}
    `) as unknown as TypedDocumentString<MarkCouponsSeenMutation, MarkCouponsSeenMutationVariables>;
export const CheckoutWalletDocument = new TypedDocumentString(`
    query CheckoutWallet {
  wallet(userId: "q8") {
    id
    isNew
  }
}
    `) as unknown as TypedDocumentString<CheckoutWalletQuery, CheckoutWalletQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign {
  createCampaign(input: {name: "11.11 page"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const CouponCenterDocument = new TypedDocumentString(`
    query CouponCenter($p: PlacementInput) {
  couponCenter(userId: "q9", placement: $p) {
    template {
      id
    }
    claimable
    reason
    claimedCount
  }
}
    `) as unknown as TypedDocumentString<CouponCenterQuery, CouponCenterQueryVariables>;
export const RefusedClaimsPageDocument = new TypedDocumentString(`
    query RefusedClaimsPage($userId: ID!, $first: Int!, $after: String) {
  refusedClaims(userId: $userId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      userId
      templateId
      template {
        name
      }
      reason
      message
      source
      deviceId
      cookieId
      placement
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RefusedClaimsPageQuery, RefusedClaimsPageQueryVariables>;
export const ClusterTemplateDocument = new TypedDocumentString(`
    query ClusterTemplate($id: ID!) {
  template(id: $id) {
    quotaAvailable
    issuedCount
  }
}
    `) as unknown as TypedDocumentString<ClusterTemplateQuery, ClusterTemplateQueryVariables>;
export const ClusterUpdateQuotaDocument = new TypedDocumentString(`
    mutation ClusterUpdateQuota($id: ID!, $quotaTotal: Int) {
  updateTemplate(id: $id, input: {quotaTotal: $quotaTotal}) {
    quotaAvailable
    issuedCount
  }
}
    `) as unknown as TypedDocumentString<ClusterUpdateQuotaMutation, ClusterUpdateQuotaMutationVariables>;
export const ClusterCreateCampaignDocument = new TypedDocumentString(`
    mutation ClusterCreateCampaign {
  createCampaign(input: {name: "cluster budget", budget: 20000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClusterCreateCampaignMutation, ClusterCreateCampaignMutationVariables>;
export const ClusterCouponEventLogDocument = new TypedDocumentString(`
    query ClusterCouponEventLog($t: ID!) {
  couponEventLog(templateId: $t) {
    type
  }
}
    `) as unknown as TypedDocumentString<ClusterCouponEventLogQuery, ClusterCouponEventLogQueryVariables>;
export const ClaimsTemplateDocument = new TypedDocumentString(`
    query ClaimsTemplate($id: ID!) {
  template(id: $id) {
    quotaAvailable
    issuedCount
  }
}
    `) as unknown as TypedDocumentString<ClaimsTemplateQuery, ClaimsTemplateQueryVariables>;
export const LockCouponsDocument = new TypedDocumentString(`
    mutation LockCoupons($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<LockCouponsMutation, LockCouponsMutationVariables>;
export const ClaimsRedeemOrderDocument = new TypedDocumentString(`
    mutation ClaimsRedeemOrder {
  redeemOrder(orderId: "order-au-1") {
    ok
  }
}
    `) as unknown as TypedDocumentString<ClaimsRedeemOrderMutation, ClaimsRedeemOrderMutationVariables>;
export const PauseTemplateDocument = new TypedDocumentString(`
    mutation PauseTemplate($id: ID!) {
  pauseTemplate(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<PauseTemplateMutation, PauseTemplateMutationVariables>;
export const EndTemplateDocument = new TypedDocumentString(`
    mutation EndTemplate($id: ID!) {
  endTemplate(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<EndTemplateMutation, EndTemplateMutationVariables>;
export const ClaimsCreateCampaignDocument = new TypedDocumentString(`
    mutation ClaimsCreateCampaign {
  createCampaign(input: {name: "b", budget: 2000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateCampaignMutation, ClaimsCreateCampaignMutationVariables>;
export const ClaimsCouponEventLogDocument = new TypedDocumentString(`
    query ClaimsCouponEventLog($t: ID!) {
  couponEventLog(templateId: $t) {
    type
  }
}
    `) as unknown as TypedDocumentString<ClaimsCouponEventLogQuery, ClaimsCouponEventLogQueryVariables>;
export const MintCodesDocument = new TypedDocumentString(`
    mutation MintCodes($i: MintCodesInput!) {
  mintCodes(input: $i) {
    count
    sample
  }
}
    `) as unknown as TypedDocumentString<MintCodesMutation, MintCodesMutationVariables>;
export const ClaimByCodeDocument = new TypedDocumentString(`
    mutation ClaimByCode($i: ClaimByCodeInput!) {
  claimByCode(input: $i) {
    __typename
    ... on ClaimSuccess {
      coupon {
        code
        templateId
      }
    }
    ... on ClaimRefused {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimByCodeMutation, ClaimByCodeMutationVariables>;
export const InvCreateCampaignDocument = new TypedDocumentString(`
    mutation InvCreateCampaign($i: CreateCampaignInput!) {
  createCampaign(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<InvCreateCampaignMutation, InvCreateCampaignMutationVariables>;
export const InvBudgetDocument = new TypedDocumentString(`
    query InvBudget($id: ID!) {
  campaign(id: $id) {
    spent
    reserved
  }
}
    `) as unknown as TypedDocumentString<InvBudgetQuery, InvBudgetQueryVariables>;
export const InvQuoteDocument = new TypedDocumentString(`
    query InvQuote($i: InvestmentInput!) {
  quoteInvestment(input: $i) {
    principal
    termDays
    baseInterest
    items {
      coupon {
        id
        status
        template {
          summary
        }
      }
      applicable
      reason
      shortBy
      bonus
      inBest
    }
    best {
      couponIds
      totalBonus
    }
  }
}
    `) as unknown as TypedDocumentString<InvQuoteQuery, InvQuoteQueryVariables>;
export const InvLockDocument = new TypedDocumentString(`
    mutation InvLock($i: LockInvestmentInput!) {
  lockInvestment(input: $i) {
    investmentId
    locked
    replayed
    couponIds
    totalBonus
    problems {
      couponId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<InvLockMutation, InvLockMutationVariables>;
export const InvRedeemDocument = new TypedDocumentString(`
    mutation InvRedeem($id: ID!) {
  redeemInvestment(investmentId: $id) {
    ok
    status
    totalDiscount
    replayed
    coupons {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InvRedeemMutation, InvRedeemMutationVariables>;
export const InvReleaseDocument = new TypedDocumentString(`
    mutation InvRelease($id: ID!) {
  releaseInvestment(investmentId: $id) {
    status
    replayed
    coupons {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InvReleaseMutation, InvReleaseMutationVariables>;
export const InvRefundDocument = new TypedDocumentString(`
    mutation InvRefund($id: ID!) {
  refundInvestment(investmentId: $id) {
    status
    replayed
    coupons {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InvRefundMutation, InvRefundMutationVariables>;
export const InvEventsDocument = new TypedDocumentString(`
    query InvEvents($c: ID!) {
  couponEventLog(couponId: $c) {
    type
    payload
  }
}
    `) as unknown as TypedDocumentString<InvEventsQuery, InvEventsQueryVariables>;
export const IssuanceRulesCreateTemplateDocument = new TypedDocumentString(`
    mutation IssuanceRulesCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCreateTemplateMutation, IssuanceRulesCreateTemplateMutationVariables>;
export const IssuanceRulesCreateBudgetedCampaignDocument = new TypedDocumentString(`
    mutation IssuanceRulesCreateBudgetedCampaign {
  createCampaign(input: {name: "gifts", budget: 100000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCreateBudgetedCampaignMutation, IssuanceRulesCreateBudgetedCampaignMutationVariables>;
export const IssuanceRulesCreateValuedTemplateDocument = new TypedDocumentString(`
    mutation IssuanceRulesCreateValuedTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
    maxValue
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCreateValuedTemplateMutation, IssuanceRulesCreateValuedTemplateMutationVariables>;
export const IssuanceRulesCreateOpenCampaignDocument = new TypedDocumentString(`
    mutation IssuanceRulesCreateOpenCampaign {
  createCampaign(input: {name: "open"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCreateOpenCampaignMutation, IssuanceRulesCreateOpenCampaignMutationVariables>;
export const IssuanceRulesBudgetCampaignDocument = new TypedDocumentString(`
    mutation IssuanceRulesBudgetCampaign($id: ID!) {
  updateCampaign(id: $id, input: {budget: 5000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesBudgetCampaignMutation, IssuanceRulesBudgetCampaignMutationVariables>;
export const IssuanceRulesCreateAudienceDocument = new TypedDocumentString(`
    mutation IssuanceRulesCreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCreateAudienceMutation, IssuanceRulesCreateAudienceMutationVariables>;
export const IssuanceRulesUploadMembersDocument = new TypedDocumentString(`
    mutation IssuanceRulesUploadMembers($a: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv) {
    size
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesUploadMembersMutation, IssuanceRulesUploadMembersMutationVariables>;
export const IssuanceRulesCouponCenterDocument = new TypedDocumentString(`
    query IssuanceRulesCouponCenter($u: ID!) {
  couponCenter(userId: $u) {
    template {
      id
    }
    claimable
    reason
  }
}
    `) as unknown as TypedDocumentString<IssuanceRulesCouponCenterQuery, IssuanceRulesCouponCenterQueryVariables>;
export const HoldoutCreateAudienceDocument = new TypedDocumentString(`
    mutation HoldoutCreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<HoldoutCreateAudienceMutation, HoldoutCreateAudienceMutationVariables>;
export const HoldoutUploadDocument = new TypedDocumentString(`
    mutation HoldoutUpload($a: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
    size
  }
}
    `) as unknown as TypedDocumentString<HoldoutUploadMutation, HoldoutUploadMutationVariables>;
export const HoldoutIssueDocument = new TypedDocumentString(`
    mutation HoldoutIssue($t: ID!, $a: ID!, $h: Float) {
  issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: $h) {
    id
    total
    holdoutPercent
  }
}
    `) as unknown as TypedDocumentString<HoldoutIssueMutation, HoldoutIssueMutationVariables>;
export const HoldoutJobDocument = new TypedDocumentString(`
    query HoldoutJob($id: ID!) {
  bulkIssueJob(id: $id) {
    status
    total
    processed
    issued
    heldOut
    skipped
    failed
    percent
    holdoutPercent
  }
}
    `) as unknown as TypedDocumentString<HoldoutJobQuery, HoldoutJobQueryVariables>;
export const HoldoutStartDocument = new TypedDocumentString(`
    mutation HoldoutStart($i: BulkIssueInput!) {
  startBulkIssue(input: $i) {
    id
    holdoutPercent
  }
}
    `) as unknown as TypedDocumentString<HoldoutStartMutation, HoldoutStartMutationVariables>;
export const HoldoutExperimentDocument = new TypedDocumentString(`
    query HoldoutExperiment($j: ID!, $w: Int) {
  jobExperiment(jobId: $j, windowSeconds: $w) {
    jobId
    holdoutPercent
    exposedUsers
    measuredUsers
    srm {
      mismatch
    }
    arms {
      arm
      control
      users
      conversion
      revenuePerUser
      subsidy
    }
    lifts {
      metric
      arm
      absolute {
        estimate
        low
        high
      }
    }
    incrementalProfit {
      treatedUsers
      estimate
    }
  }
}
    `) as unknown as TypedDocumentString<HoldoutExperimentQuery, HoldoutExperimentQueryVariables>;
export const LifecycleCouponDocument = new TypedDocumentString(`
    query LifecycleCoupon($id: ID!) {
  coupon(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleCouponQuery, LifecycleCouponQueryVariables>;
export const LifecycleCouponEventLogDocument = new TypedDocumentString(`
    query LifecycleCouponEventLog($t: ID!) {
  couponEventLog(templateId: $t) {
    type
  }
}
    `) as unknown as TypedDocumentString<LifecycleCouponEventLogQuery, LifecycleCouponEventLogQueryVariables>;
export const LifecycleTemplateDocument = new TypedDocumentString(`
    query LifecycleTemplate($id: ID!) {
  template(id: $id) {
    quotaAvailable
    quotaBatches {
      releasedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplateQuery, LifecycleTemplateQueryVariables>;
export const LifecycleCreateCampaignDocument = new TypedDocumentString(`
    mutation LifecycleCreateCampaign {
  createCampaign(input: {name: "locks", budget: 10000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateCampaignMutation, LifecycleCreateCampaignMutationVariables>;
export const LifecycleLockCouponsDocument = new TypedDocumentString(`
    mutation LifecycleLockCoupons($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<LifecycleLockCouponsMutation, LifecycleLockCouponsMutationVariables>;
export const LifecycleCampaignDocument = new TypedDocumentString(`
    query LifecycleCampaign($id: ID!) {
  campaign(id: $id) {
    reserved
  }
}
    `) as unknown as TypedDocumentString<LifecycleCampaignQuery, LifecycleCampaignQueryVariables>;
export const LifecycleRedeemOrderDocument = new TypedDocumentString(`
    mutation LifecycleRedeemOrder {
  redeemOrder(orderId: "lapse-1") {
    ok
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleRedeemOrderMutation, LifecycleRedeemOrderMutationVariables>;
export const LifecycleBulkIssueJobDocument = new TypedDocumentString(`
    query LifecycleBulkIssueJob($id: ID!) {
  bulkIssueJob(id: $id) {
    status
    total
    processed
    issued
    percent
    refusals {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleBulkIssueJobQuery, LifecycleBulkIssueJobQueryVariables>;
export const LifecycleStartBulkIssueDocument = new TypedDocumentString(`
    mutation LifecycleStartBulkIssue($i: BulkIssueInput!) {
  startBulkIssue(input: $i) {
    id
    total
  }
}
    `) as unknown as TypedDocumentString<LifecycleStartBulkIssueMutation, LifecycleStartBulkIssueMutationVariables>;
export const StartBulkIssueDocument = new TypedDocumentString(`
    mutation StartBulkIssue($i: BulkIssueInput!) {
  startBulkIssue(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartBulkIssueMutation, StartBulkIssueMutationVariables>;
export const MetricsE2eMetricsDocument = new TypedDocumentString(`
    query MetricsE2eMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {
  metrics(scope: $s, from: $from, to: $to) {
    timeZone
    redemptionRate
    couponOrderShare
    allPaidOrders
    totals {
      issued
      issuedRule
      claimed
      redeemed
      subsidy
      paidOrders
      couponOrders
      revenue
      margin
      grossProfit
      refunds
      newCustomers
      newCustomersViaCoupon
    }
    subsidyByFunder {
      funder
      funderId
      amount
    }
    daily {
      date
      issued
      paidOrders
      revenue
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eMetricsQuery, MetricsE2eMetricsQueryVariables>;
export const MetricsE2eExperimentDocument = new TypedDocumentString(`
    query MetricsE2eExperiment($r: ID!, $w: Int, $seq: Boolean) {
  experiment(ruleId: $r, windowSeconds: $w, sequential: $seq) {
    exposedUsers
    measuredUsers
    recommendation
    evidence
    srm {
      mismatch
      p
      observed
    }
    arms {
      arm
      control
      users
      conversion
      revenuePerUser
      netContributionPerUser
      subsidy
    }
    lifts {
      metric
      arm
      absolute {
        estimate
        low
        high
        p
      }
      relative {
        estimate
        low
        high
      }
      cuped {
        estimate
        low
        high
        varianceReduction
      }
      sequential {
        low
        high
      }
    }
    incrementalProfit {
      estimate
      low
      high
      treatedUsers
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eExperimentQuery, MetricsE2eExperimentQueryVariables>;
export const MetricsE2eLockDocument = new TypedDocumentString(`
    mutation MetricsE2eLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
    applied {
      totalDiscount
      payable
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eLockMutation, MetricsE2eLockMutationVariables>;
export const MetricsE2eRedeemDocument = new TypedDocumentString(`
    mutation MetricsE2eRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eRedeemMutation, MetricsE2eRedeemMutationVariables>;
export const MetricsE2eRebuildDocument = new TypedDocumentString(`
    mutation MetricsE2eRebuild {
  rebuildMetrics {
    couponEvents
    orders
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eRebuildMutation, MetricsE2eRebuildMutationVariables>;
export const MetricsE2eSolidifyDocument = new TypedDocumentString(`
    mutation MetricsE2eSolidify($r: ID!, $h: Float!) {
  solidifyRule(ruleId: $r, holdoutPercent: $h)
}
    `) as unknown as TypedDocumentString<MetricsE2eSolidifyMutation, MetricsE2eSolidifyMutationVariables>;
export const MetricsE2eCampaignDocument = new TypedDocumentString(`
    mutation MetricsE2eCampaign {
  createCampaign(input: {name: "thresholds", budget: 2000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eCampaignMutation, MetricsE2eCampaignMutationVariables>;
export const MetricsE2eAudienceDocument = new TypedDocumentString(`
    mutation MetricsE2eAudience {
  createAudience(input: {name: "forecast", kind: STATIC}) {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eAudienceMutation, MetricsE2eAudienceMutationVariables>;
export const MetricsE2eUploadDocument = new TypedDocumentString(`
    mutation MetricsE2eUpload($a: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
    added
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eUploadMutation, MetricsE2eUploadMutationVariables>;
export const MetricsE2eForecastDocument = new TypedDocumentString(`
    query MetricsE2eForecast($t: ID!, $a: ID!, $m: ForecastMode) {
  forecastIssue(templateId: $t, audienceId: $a, mode: $m) {
    figures {
      name
      value
      low
      high
      source
    }
    cost {
      value
      low
      high
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eForecastQuery, MetricsE2eForecastQueryVariables>;
export const MetricsE2eForecastRuleDocument = new TypedDocumentString(`
    query MetricsE2eForecastRule($g: JSON!, $from: DateTime!, $to: DateTime!) {
  forecastRule(graph: $g, from: $from, to: $to) {
    events
    firings
    users
    truncated
    liability
    worstCaseCost
    cost {
      value
      low
      high
    }
    templates {
      templateId
      coupons
      users
      liability
      worstCaseCost
      figures {
        name
        value
        low
        high
        source
      }
      cost {
        value
        low
        high
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eForecastRuleQuery, MetricsE2eForecastRuleQueryVariables>;
export const MetricsE2eReplayDocument = new TypedDocumentString(`
    query MetricsE2eReplay($g: JSON!, $from: DateTime!, $to: DateTime!) {
  replayRule(graph: $g, from: $from, to: $to) {
    events
    firings
    expectedCost
    worstCaseCost
    issues {
      templateId
      count
      users
      expectedCost
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eReplayQuery, MetricsE2eReplayQueryVariables>;
export const MetricsE2eLtvDocument = new TypedDocumentString(`
    query MetricsE2eLtv($g: LtvGroupBy!, $r: ID) {
  ltv(groupBy: $g, ruleId: $r, periods: 2) {
    customers
    note
    groups {
      key
      customers
      historical {
        period
        revenuePerUser
        profitPerUser
      }
      expected {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsE2eLtvQuery, MetricsE2eLtvQueryVariables>;
export const PagingListsIssueDocument = new TypedDocumentString(`
    mutation PagingListsIssue($i: IssueCouponInput!) {
  issueCoupons(input: $i) {
    coupon {
      id
    }
    reason
  }
}
    `) as unknown as TypedDocumentString<PagingListsIssueMutation, PagingListsIssueMutationVariables>;
export const PagingListsEventLogDocument = new TypedDocumentString(`
    query PagingListsEventLog($u: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
  couponEventLogConnection(
    userId: $u
    eventTypes: ["coupon.issued"]
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        couponId
      }
    }
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsEventLogQuery, PagingListsEventLogQueryVariables>;
export const PagingListsRulesDocument = new TypedDocumentString(`
    query PagingListsRules($first: Int!, $after: String, $last: Int, $before: String) {
  rulesConnection(
    status: DRAFT
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        name
      }
    }
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsRulesQuery, PagingListsRulesQueryVariables>;
export const PagingListsVersionsDocument = new TypedDocumentString(`
    query PagingListsVersions($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
  ruleVersionsConnection(
    ruleId: $r
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        version
        ruleId
      }
    }
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsVersionsQuery, PagingListsVersionsQueryVariables>;
export const PagingListsNodeDocument = new TypedDocumentString(`
    query PagingListsNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on RuleVersion {
      version
      ruleId
    }
    ... on Rule {
      name
    }
    ... on Audience {
      name
    }
    ... on EventType {
      name
    }
    ... on UserProfile {
      userId
      attributes
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsNodeQuery, PagingListsNodeQueryVariables>;
export const PagingListsFiringsDocument = new TypedDocumentString(`
    query PagingListsFirings($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
  ruleFiringsConnection(
    ruleId: $r
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      cursor
      node {
        eventId
        firedAt
      }
    }
    nodes {
      eventId
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsFiringsQuery, PagingListsFiringsQueryVariables>;
export const PagingListsCreateAudienceDocument = new TypedDocumentString(`
    mutation PagingListsCreateAudience($name: String!) {
  createAudience(input: {name: $name, kind: STATIC}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PagingListsCreateAudienceMutation, PagingListsCreateAudienceMutationVariables>;
export const PagingListsAudiencesDocument = new TypedDocumentString(`
    query PagingListsAudiences($first: Int!, $after: String, $last: Int, $before: String) {
  audiencesConnection(
    search: "paged audience"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      cursor
      node {
        id
      }
    }
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsAudiencesQuery, PagingListsAudiencesQueryVariables>;
export const PagingListsNodeMoreDocument = new TypedDocumentString(`
    query PagingListsNodeMore($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Audience {
      name
    }
    ... on EventType {
      name
    }
    ... on UserProfile {
      userId
      attributes
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsNodeMoreQuery, PagingListsNodeMoreQueryVariables>;
export const PagingListsUpsertProfileDocument = new TypedDocumentString(`
    mutation PagingListsUpsertProfile($u: ID!, $a: JSON!) {
  upsertUserAttributes(userId: $u, attributes: $a) {
    id
    userId
  }
}
    `) as unknown as TypedDocumentString<PagingListsUpsertProfileMutation, PagingListsUpsertProfileMutationVariables>;
export const PagingListsQuoteDocument = new TypedDocumentString(`
    query PagingListsQuote($c: CartInput!) {
  quote(cart: $c) {
    best {
      coupons {
        id
        couponId
        discount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingListsQuoteQuery, PagingListsQuoteQueryVariables>;
export const PagingIssueDocument = new TypedDocumentString(`
    mutation PagingIssue($i: IssueCouponInput!) {
  issueCoupons(input: $i) {
    userId
    coupon {
      id
    }
    reason
  }
}
    `) as unknown as TypedDocumentString<PagingIssueMutation, PagingIssueMutationVariables>;
export const PagingWalletPageDocument = new TypedDocumentString(`
    query PagingWalletPage($u: ID!, $first: Int!, $after: String) {
  walletConnection(userId: $u, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        validUntil
      }
    }
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingWalletPageQuery, PagingWalletPageQueryVariables>;
export const PagingWalletListDocument = new TypedDocumentString(`
    query PagingWalletList($u: ID!, $first: Int!) {
  wallet(userId: $u, first: $first) {
    id
    validUntil
  }
}
    `) as unknown as TypedDocumentString<PagingWalletListQuery, PagingWalletListQueryVariables>;
export const PagingApolloWalletDocument = new TypedDocumentString(`
    query PagingApolloWallet($u: ID!, $first: Int!, $after: String) {
  walletConnection(userId: $u, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        code
        status
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingApolloWalletQuery, PagingApolloWalletQueryVariables>;
export const PagingApiKeysDocument = new TypedDocumentString(`
    query PagingApiKeys($first: Int!, $after: String) {
  apiKeysConnection(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingApiKeysQuery, PagingApiKeysQueryVariables>;
export const PagingCampaignsDocument = new TypedDocumentString(`
    query PagingCampaigns($after: String) {
  campaigns(first: 1, after: $after) {
    totalCount
    nodes {
      id
    }
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCampaignsQuery, PagingCampaignsQueryVariables>;
export const PagingCreateCampaignDocument = new TypedDocumentString(`
    mutation PagingCreateCampaign($name: String!) {
  createCampaign(input: {name: $name, budget: 100000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PagingCreateCampaignMutation, PagingCreateCampaignMutationVariables>;
export const PagingNodeDocument = new TypedDocumentString(`
    query PagingNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Coupon {
      userId
    }
  }
}
    `) as unknown as TypedDocumentString<PagingNodeQuery, PagingNodeQueryVariables>;
export const PartnersClusterCouponEventLogDocument = new TypedDocumentString(`
    query PartnersClusterCouponEventLog($a: SafeInt) {
  couponEventLog(afterId: $a, first: 100) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersClusterCouponEventLogQuery, PartnersClusterCouponEventLogQueryVariables>;
export const PartnersClusterCreateWebhookEndpoint2Document = new TypedDocumentString(`
    mutation PartnersClusterCreateWebhookEndpoint2($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersClusterCreateWebhookEndpoint2Mutation, PartnersClusterCreateWebhookEndpoint2MutationVariables>;
export const PartnersClusterWebhookAttemptsDocument = new TypedDocumentString(`
    query PartnersClusterWebhookAttempts($e: ID!) {
  webhookAttempts(endpointId: $e, first: 1) {
    totalCount
  }
  webhookDeliveries(endpointId: $e, status: SUCCEEDED, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnersClusterWebhookAttemptsQuery, PartnersClusterWebhookAttemptsQueryVariables>;
export const WebhookAttemptsDocument = new TypedDocumentString(`
    query WebhookAttempts($e: ID!, $after: String) {
  webhookAttempts(endpointId: $e, first: 100, after: $after) {
    nodes {
      instance
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookAttemptsQuery, WebhookAttemptsQueryVariables>;
export const PartnersClusterCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation PartnersClusterCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PartnersClusterCreateWebhookEndpointMutation, PartnersClusterCreateWebhookEndpointMutationVariables>;
export const PartnersErrorsCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation PartnersErrorsCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    secret
    endpoint {
      id
      url
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsCreateWebhookEndpointMutation, PartnersErrorsCreateWebhookEndpointMutationVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery {
  replayWebhookDelivery(id: "abc") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const PartnersErrorsWebhookEndpoint2Document = new TypedDocumentString(`
    query PartnersErrorsWebhookEndpoint2 {
  webhookEndpoint(id: "whe_nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsWebhookEndpoint2Query, PartnersErrorsWebhookEndpoint2QueryVariables>;
export const PartnersErrorsCreateStaffUserDocument = new TypedDocumentString(`
    mutation PartnersErrorsCreateStaffUser {
  createStaffUser(
    input: {email: "analyst@test.local", role: analyst, password: "analyst-password-1"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsCreateStaffUserMutation, PartnersErrorsCreateStaffUserMutationVariables>;
export const PartnersErrorsLoginDocument = new TypedDocumentString(`
    mutation PartnersErrorsLogin {
  login(email: "analyst@test.local", password: "analyst-password-1") {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsLoginMutation, PartnersErrorsLoginMutationVariables>;
export const PartnersErrorsWebhookEndpointsDocument = new TypedDocumentString(`
    query PartnersErrorsWebhookEndpoints {
  webhookEndpoints(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsWebhookEndpointsQuery, PartnersErrorsWebhookEndpointsQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints(first: 100) {
    nodes {
      id
      ownerKeyId
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const PartnersErrorsWebhookEndpointDocument = new TypedDocumentString(`
    query PartnersErrorsWebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsWebhookEndpointQuery, PartnersErrorsWebhookEndpointQueryVariables>;
export const WebhookEndpointDocument = new TypedDocumentString(`
    query WebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const PartnersErrorsCouponEventLogDocument = new TypedDocumentString(`
    query PartnersErrorsCouponEventLog($t: ID) {
  couponEventLog(templateId: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersErrorsCouponEventLogQuery, PartnersErrorsCouponEventLogQueryVariables>;
export const PartnersSubscriptionsLockCouponsDocument = new TypedDocumentString(`
    mutation PartnersSubscriptionsLockCoupons($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<PartnersSubscriptionsLockCouponsMutation, PartnersSubscriptionsLockCouponsMutationVariables>;
export const PartnersSubscriptionsCouponEventLog2Document = new TypedDocumentString(`
    query PartnersSubscriptionsCouponEventLog2($a: SafeInt) {
  couponEventLog(afterId: $a, first: 100) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersSubscriptionsCouponEventLog2Query, PartnersSubscriptionsCouponEventLog2QueryVariables>;
export const PartnersSubscriptionsCouponEventLogDocument = new TypedDocumentString(`
    query PartnersSubscriptionsCouponEventLog($a: SafeInt) {
  couponEventLog(afterId: $a, first: 100) {
    id
    type
    templateId
    merchantId
    couponId
  }
}
    `) as unknown as TypedDocumentString<PartnersSubscriptionsCouponEventLogQuery, PartnersSubscriptionsCouponEventLogQueryVariables>;
export const PartnersSubscriptionsRedeemOrderDocument = new TypedDocumentString(`
    mutation PartnersSubscriptionsRedeemOrder($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
  }
}
    `) as unknown as TypedDocumentString<PartnersSubscriptionsRedeemOrderMutation, PartnersSubscriptionsRedeemOrderMutationVariables>;
export const ReleaseOrderDocument = new TypedDocumentString(`
    mutation ReleaseOrder($o: ID!) {
  releaseOrder(orderId: $o) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseOrderMutation, ReleaseOrderMutationVariables>;
export const PartnersSubscriptionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation PartnersSubscriptionsCreateApiKey {
  createApiKey(
    input: {name: "to revoke", scopes: [EVENTS_READ], merchantIds: ["m-a"]}
  ) {
    key
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersSubscriptionsCreateApiKeyMutation, PartnersSubscriptionsCreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const PartnersWebhooksCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation PartnersWebhooksCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    secret
    endpoint {
      id
      url
      enabled
      maxConcurrency
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksCreateWebhookEndpointMutation, PartnersWebhooksCreateWebhookEndpointMutationVariables>;
export const PartnersWebhooksLockCouponsDocument = new TypedDocumentString(`
    mutation PartnersWebhooksLockCoupons($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksLockCouponsMutation, PartnersWebhooksLockCouponsMutationVariables>;
export const PartnersWebhooksRedeemOrderDocument = new TypedDocumentString(`
    mutation PartnersWebhooksRedeemOrder($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksRedeemOrderMutation, PartnersWebhooksRedeemOrderMutationVariables>;
export const PartnersWebhooksCouponEventLog2Document = new TypedDocumentString(`
    query PartnersWebhooksCouponEventLog2($a: SafeInt, $t: ID) {
  couponEventLog(afterId: $a, templateId: $t, first: 100) {
    id
    type
    couponId
    templateId
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksCouponEventLog2Query, PartnersWebhooksCouponEventLog2QueryVariables>;
export const PartnersWebhooksCouponEventLogDocument = new TypedDocumentString(`
    query PartnersWebhooksCouponEventLog($a: SafeInt) {
  couponEventLog(afterId: $a, first: 100) {
    id
    type
    payload
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksCouponEventLogQuery, PartnersWebhooksCouponEventLogQueryVariables>;
export const PartnersWebhooksRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation PartnersWebhooksRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id, overlapSeconds: 3600) {
    secret
    previousSecretExpiresAt
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksRotateWebhookSecretMutation, PartnersWebhooksRotateWebhookSecretMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id, overlapSeconds: 0) {
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const PartnersWebhooksWebhookEndpoint2Document = new TypedDocumentString(`
    query PartnersWebhooksWebhookEndpoint2($id: ID!) {
  webhookEndpoint(id: $id) {
    enabled
    disabledReason
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookEndpoint2Query, PartnersWebhooksWebhookEndpoint2QueryVariables>;
export const PartnersWebhooksUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation PartnersWebhooksUpdateWebhookEndpoint($id: ID!) {
  updateWebhookEndpoint(id: $id, input: {enabled: true}) {
    enabled
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksUpdateWebhookEndpointMutation, PartnersWebhooksUpdateWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($e: ID!, $s: WebhookDeliveryStatus) {
  webhookDeliveries(endpointId: $e, status: $s, first: 100) {
    totalCount
    nodes {
      id
      eventId
      status
      attempts
      webhookId
      lastStatusCode
      lastError
      replayOf
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const PartnersWebhooksWebhookAttempts3Document = new TypedDocumentString(`
    query PartnersWebhooksWebhookAttempts3($e: ID!, $d: ID) {
  webhookAttempts(endpointId: $e, deliveryId: $d, first: 100) {
    totalCount
    nodes {
      attempt
      outcome
      statusCode
      durationMs
      responseExcerpt
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookAttempts3Query, PartnersWebhooksWebhookAttempts3QueryVariables>;
export const PartnersWebhooksReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation PartnersWebhooksReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    id
    status
    webhookId
    replayOf
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksReplayWebhookDeliveryMutation, PartnersWebhooksReplayWebhookDeliveryMutationVariables>;
export const ReplayWebhookDeliveriesDocument = new TypedDocumentString(`
    mutation ReplayWebhookDeliveries($i: ReplayWebhookDeliveriesInput!) {
  replayWebhookDeliveries(input: $i) {
    queued
  }
}
    `) as unknown as TypedDocumentString<ReplayWebhookDeliveriesMutation, ReplayWebhookDeliveriesMutationVariables>;
export const PartnersWebhooksWebhookAttempts2Document = new TypedDocumentString(`
    query PartnersWebhooksWebhookAttempts2($e: ID!) {
  webhookAttempts(endpointId: $e, first: 5) {
    nodes {
      outcome
      durationMs
      error
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookAttempts2Query, PartnersWebhooksWebhookAttempts2QueryVariables>;
export const PartnersWebhooksWebhookAttemptsDocument = new TypedDocumentString(`
    query PartnersWebhooksWebhookAttempts($e: ID!) {
  webhookAttempts(endpointId: $e, first: 1) {
    nodes {
      outcome
      statusCode
      error
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookAttemptsQuery, PartnersWebhooksWebhookAttemptsQueryVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const PartnersWebhooksWebhookEndpointsDocument = new TypedDocumentString(`
    query PartnersWebhooksWebhookEndpoints {
  webhookEndpoints(first: 10) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookEndpointsQuery, PartnersWebhooksWebhookEndpointsQueryVariables>;
export const PartnersWebhooksPullDocument = new TypedDocumentString(`
    query PartnersWebhooksPull($after: SafeInt, $types: [String!]) {
  couponEventLog(afterId: $after, eventTypes: $types, first: 100) {
    id
    eventType
    merchantId
    data {
      __typename
      eventId
      couponId
      ... on CouponIssuedData {
        code
        validUntil
      }
      ... on CouponRedeemedData {
        orderId
        discount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksPullQuery, PartnersWebhooksPullQueryVariables>;
export const PartnersWebhooksPullBadDocument = new TypedDocumentString(`
    query PartnersWebhooksPullBad {
  couponEventLog(eventTypes: ["coupon.exploded"]) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksPullBadQuery, PartnersWebhooksPullBadQueryVariables>;
export const PartnersWebhooksSendTestDocument = new TypedDocumentString(`
    mutation PartnersWebhooksSendTest($id: ID!, $type: String!) {
  sendTestWebhookEvent(endpointId: $id, eventType: $type) {
    webhookId
    eventType
    outcome
    statusCode
    body
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksSendTestMutation, PartnersWebhooksSendTestMutationVariables>;
export const PartnersWebhooksWebhookEndpointDocument = new TypedDocumentString(`
    query PartnersWebhooksWebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    enabled
    disabledReason
    failingSince
  }
}
    `) as unknown as TypedDocumentString<PartnersWebhooksWebhookEndpointQuery, PartnersWebhooksWebhookEndpointQueryVariables>;
export const PartitionsEventLogDocument = new TypedDocumentString(`
    query PartitionsEventLog($c: ID) {
  couponEventLog(afterId: 0, couponId: $c, first: 10) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartitionsEventLogQuery, PartitionsEventLogQueryVariables>;
export const PartitionsCouponDocument = new TypedDocumentString(`
    query PartitionsCoupon($id: ID!) {
  coupon(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PartitionsCouponQuery, PartitionsCouponQueryVariables>;
export const RetentionCreateEndpointDocument = new TypedDocumentString(`
    mutation RetentionCreateEndpoint($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) {
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionCreateEndpointMutation, RetentionCreateEndpointMutationVariables>;
export const RetentionCouponDocument = new TypedDocumentString(`
    query RetentionCoupon($id: ID!) {
  coupon(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RetentionCouponQuery, RetentionCouponQueryVariables>;
export const RetentionEventLogDocument = new TypedDocumentString(`
    query RetentionEventLog($a: SafeInt, $c: ID) {
  couponEventLog(afterId: $a, couponId: $c, first: 100) {
    id
    type
    couponId
  }
}
    `) as unknown as TypedDocumentString<RetentionEventLogQuery, RetentionEventLogQueryVariables>;
export const RetentionMetricsDocument = new TypedDocumentString(`
    query RetentionMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {
  metrics(scope: $s, from: $from, to: $to) {
    allPaidOrders
    totals {
      issued
      claimed
      paidOrders
      couponOrders
      revenue
      margin
      newCustomers
    }
    daily {
      date
      issued
      paidOrders
      revenue
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionMetricsQuery, RetentionMetricsQueryVariables>;
export const RetentionLtvDocument = new TypedDocumentString(`
    query RetentionLtv {
  ltv(groupBy: COHORT) {
    customers
    groups {
      key
      customers
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionLtvQuery, RetentionLtvQueryVariables>;
export const RetentionExperimentDocument = new TypedDocumentString(`
    query RetentionExperiment($r: ID!, $w: Int) {
  experiment(ruleId: $r, windowSeconds: $w) {
    exposedUsers
    measuredUsers
    arms {
      arm
      users
      conversion
      revenuePerUser
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionExperimentQuery, RetentionExperimentQueryVariables>;
export const RetentionRebuildDocument = new TypedDocumentString(`
    mutation RetentionRebuild {
  rebuildMetrics {
    couponEvents
    orders
  }
}
    `) as unknown as TypedDocumentString<RetentionRebuildMutation, RetentionRebuildMutationVariables>;
export const RulesBadInputPublishRule2Document = new TypedDocumentString(`
    mutation RulesBadInputPublishRule2($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBadInputPublishRule2Mutation, RulesBadInputPublishRule2MutationVariables>;
export const RuleVersionsDocument = new TypedDocumentString(`
    query RuleVersions($id: ID!) {
  ruleVersions(ruleId: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<RuleVersionsQuery, RuleVersionsQueryVariables>;
export const RulesBadInputValidateRuleGraphDocument = new TypedDocumentString(`
    query RulesBadInputValidateRuleGraph($g: JSON!) {
  validateRuleGraph(graph: $g) {
    valid
    issues {
      code
      nodeIds
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBadInputValidateRuleGraphQuery, RulesBadInputValidateRuleGraphQueryVariables>;
export const RulesBadInputCreateRuleDocument = new TypedDocumentString(`
    mutation RulesBadInputCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesBadInputCreateRuleMutation, RulesBadInputCreateRuleMutationVariables>;
export const ValidateRuleGraphDocument = new TypedDocumentString(`
    query ValidateRuleGraph($g: JSON!) {
  validateRuleGraph(graph: $g) {
    valid
    issues {
      code
      nodeIds
      edgeIds
    }
  }
}
    `) as unknown as TypedDocumentString<ValidateRuleGraphQuery, ValidateRuleGraphQueryVariables>;
export const CheckRuleDocument = new TypedDocumentString(`
    query CheckRule($id: ID!) {
  checkRule(id: $id) {
    valid
    worstCaseSubsidyPerEvent
    checks {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CheckRuleQuery, CheckRuleQueryVariables>;
export const RulesBadInputPublishRuleDocument = new TypedDocumentString(`
    mutation RulesBadInputPublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBadInputPublishRuleMutation, RulesBadInputPublishRuleMutationVariables>;
export const RulesBuilderNodeUsersDocument = new TypedDocumentString(`
    query RulesBuilderNodeUsers($r: ID!, $f: DateTime!, $t: DateTime!, $v: Int) {
  ruleNodeUsers(ruleId: $r, from: $f, to: $t, version: $v) {
    version
    from
    to
    relativeError
    registers
    nodes {
      nodeId
      users
    }
    ports {
      nodeId
      port
      users
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderNodeUsersQuery, RulesBuilderNodeUsersQueryVariables>;
export const RulesBuilderRuleVersionsDocument = new TypedDocumentString(`
    query RulesBuilderRuleVersions($id: ID!) {
  ruleVersions(ruleId: $id) {
    version
    note
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderRuleVersionsQuery, RulesBuilderRuleVersionsQueryVariables>;
export const RulesBuilderPublishRuleDocument = new TypedDocumentString(`
    mutation RulesBuilderPublishRule($id: ID!, $n: String) {
  publishRule(id: $id, note: $n) {
    rule {
      activeVersion
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderPublishRuleMutation, RulesBuilderPublishRuleMutationVariables>;
export const RulesBuilderRulesDocument = new TypedDocumentString(`
    query RulesBuilderRules {
  rules {
    id
    trigger
    lastFiredAt
    actionsToday
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderRulesQuery, RulesBuilderRulesQueryVariables>;
export const RulesBuilderRuleFiringsDocument = new TypedDocumentString(`
    query RulesBuilderRuleFirings($id: ID!) {
  ruleFirings(ruleId: $id, first: 500) {
    acted
    control
    results
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderRuleFiringsQuery, RulesBuilderRuleFiringsQueryVariables>;
export const RulesBuilderRuleExposuresDocument = new TypedDocumentString(`
    query RulesBuilderRuleExposures($id: ID!) {
  ruleExposures(ruleId: $id) {
    arm
    control
    users
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderRuleExposuresQuery, RulesBuilderRuleExposuresQueryVariables>;
export const RulesBuilderDuplicateRuleDocument = new TypedDocumentString(`
    mutation RulesBuilderDuplicateRule($id: ID!) {
  duplicateRule(id: $id) {
    id
    name
    status
    draft
    activeVersion
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderDuplicateRuleMutation, RulesBuilderDuplicateRuleMutationVariables>;
export const RulesBuilderEventTypesDocument = new TypedDocumentString(`
    query RulesBuilderEventTypes {
  eventTypes {
    name
    properties {
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderEventTypesQuery, RulesBuilderEventTypesQueryVariables>;
export const RulesBuilderCreateAudiencesDocument = new TypedDocumentString(`
    mutation RulesBuilderCreateAudiences {
  a: createAudience(input: {name: "50%_vip", kind: STATIC}) {
    id
  }
  b: createAudience(input: {name: "500 vip", kind: STATIC}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderCreateAudiencesMutation, RulesBuilderCreateAudiencesMutationVariables>;
export const RulesBuilderAudiencesDocument = new TypedDocumentString(`
    query RulesBuilderAudiences {
  audiences(search: "0%_") {
    name
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderAudiencesQuery, RulesBuilderAudiencesQueryVariables>;
export const RulesBuilderTemplatesDocument = new TypedDocumentString(`
    query RulesBuilderTemplates {
  templates(filter: {search: "funnel"}) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderTemplatesQuery, RulesBuilderTemplatesQueryVariables>;
export const RulesBuilderUpsertUserAttributesDocument = new TypedDocumentString(`
    mutation RulesBuilderUpsertUserAttributes {
  upsertUserAttributes(userId: "attr-1", attributes: {a_b: 1, axb: 2, plan: "x"}) {
    userId
  }
}
    `) as unknown as TypedDocumentString<RulesBuilderUpsertUserAttributesMutation, RulesBuilderUpsertUserAttributesMutationVariables>;
export const RulesBuilderUserAttributeKeysDocument = new TypedDocumentString(`
    query RulesBuilderUserAttributeKeys($s: String, $f: Int!) {
  userAttributeKeys(search: $s, first: $f)
}
    `) as unknown as TypedDocumentString<RulesBuilderUserAttributeKeysQuery, RulesBuilderUserAttributeKeysQueryVariables>;
export const PauseRuleDocument = new TypedDocumentString(`
    mutation PauseRule($id: ID!) {
  pauseRule(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<PauseRuleMutation, PauseRuleMutationVariables>;
export const ResumeRuleDocument = new TypedDocumentString(`
    mutation ResumeRule($id: ID!) {
  resumeRule(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ResumeRuleMutation, ResumeRuleMutationVariables>;
export const RollbackRuleDocument = new TypedDocumentString(`
    mutation RollbackRule($id: ID!) {
  rollbackRule(id: $id, version: 1) {
    activeVersion
  }
}
    `) as unknown as TypedDocumentString<RollbackRuleMutation, RollbackRuleMutationVariables>;
export const RuleNodeCountsDocument = new TypedDocumentString(`
    query RuleNodeCounts($r: ID!) {
  ruleNodeCounts(ruleId: $r, version: 1) {
    nodeId
    ran
    passed
  }
}
    `) as unknown as TypedDocumentString<RuleNodeCountsQuery, RuleNodeCountsQueryVariables>;
export const RuleFiringsDocument = new TypedDocumentString(`
    query RuleFirings($r: ID, $u: ID) {
  ruleFirings(ruleId: $r, userId: $u) {
    eventId
    acted
    results
    trace
  }
}
    `) as unknown as TypedDocumentString<RuleFiringsQuery, RuleFiringsQueryVariables>;
export const RulesEnginePauseRuleDocument = new TypedDocumentString(`
    mutation RulesEnginePauseRule($id: ID!) {
  pauseRule(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<RulesEnginePauseRuleMutation, RulesEnginePauseRuleMutationVariables>;
export const RulesEngineResumeRuleDocument = new TypedDocumentString(`
    mutation RulesEngineResumeRule($id: ID!) {
  resumeRule(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<RulesEngineResumeRuleMutation, RulesEngineResumeRuleMutationVariables>;
export const RulesEngineRollbackRuleDocument = new TypedDocumentString(`
    mutation RulesEngineRollbackRule($id: ID!) {
  rollbackRule(id: $id, version: 1) {
    activeVersion
    latestVersion
    status
  }
}
    `) as unknown as TypedDocumentString<RulesEngineRollbackRuleMutation, RulesEngineRollbackRuleMutationVariables>;
export const RulesEngineRuleVersionsDocument = new TypedDocumentString(`
    query RulesEngineRuleVersions($id: ID!) {
  ruleVersions(ruleId: $id) {
    version
    graph
  }
}
    `) as unknown as TypedDocumentString<RulesEngineRuleVersionsQuery, RulesEngineRuleVersionsQueryVariables>;
export const RuleDocument = new TypedDocumentString(`
    query Rule($id: ID!) {
  rule(id: $id) {
    activeVersion
    latestVersion
    validation {
      valid
    }
  }
}
    `) as unknown as TypedDocumentString<RuleQuery, RuleQueryVariables>;
export const RulesEnginePublishRuleDocument = new TypedDocumentString(`
    mutation RulesEnginePublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RulesEnginePublishRuleMutation, RulesEnginePublishRuleMutationVariables>;
export const RulesSimulateSimulateRuleDocument = new TypedDocumentString(`
    query RulesSimulateSimulateRule($g: JSON!, $f: JSON!, $s: Boolean) {
  simulateRule(graph: $g, facts: $f, storedFacts: $s) {
    actions
    splitArm
    trace
  }
}
    `) as unknown as TypedDocumentString<RulesSimulateSimulateRuleQuery, RulesSimulateSimulateRuleQueryVariables>;
export const ReplayRuleDocument = new TypedDocumentString(`
    query ReplayRule($g: JSON!, $from: DateTime!, $to: DateTime!) {
  replayRule(graph: $g, from: $from, to: $to) {
    events
    firings
    users
    worstCaseCost
    expectedCost
    issues {
      templateId
      count
      users
      maxValue
      worstCaseCost
      expectedCost
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayRuleQuery, ReplayRuleQueryVariables>;
export const BlockCatalogueDocument = new TypedDocumentString(`
    query BlockCatalogue {
  blockCatalogue {
    code
    category
    argsSchema
    ui
  }
}
    `) as unknown as TypedDocumentString<BlockCatalogueQuery, BlockCatalogueQueryVariables>;
export const RulesSimulateCreateRuleDocument = new TypedDocumentString(`
    mutation RulesSimulateCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RulesSimulateCreateRuleMutation, RulesSimulateCreateRuleMutationVariables>;
export const RulesSimulateRulesDocument = new TypedDocumentString(`
    query RulesSimulateRules {
  rules(status: DRAFT) {
    id
    status
    mode
  }
}
    `) as unknown as TypedDocumentString<RulesSimulateRulesQuery, RulesSimulateRulesQueryVariables>;
export const RulesDocument = new TypedDocumentString(`
    query Rules {
  rules(status: ACTIVE) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesQuery, RulesQueryVariables>;
export const RulesSplitRuleExposuresDocument = new TypedDocumentString(`
    query RulesSplitRuleExposures($r: ID!) {
  ruleExposures(ruleId: $r) {
    arm
    control
    users
  }
}
    `) as unknown as TypedDocumentString<RulesSplitRuleExposuresQuery, RulesSplitRuleExposuresQueryVariables>;
export const RuleExposuresDocument = new TypedDocumentString(`
    query RuleExposures($r: ID!) {
  ruleExposures(ruleId: $r) {
    users
  }
}
    `) as unknown as TypedDocumentString<RuleExposuresQuery, RuleExposuresQueryVariables>;
export const RulesSupportTrackDocument = new TypedDocumentString(`
    mutation RulesSupportTrack($e: [TrackEventInput!]!) {
  track(events: $e) {
    accepted
    duplicates
    rejected
    firings
    issued
    errors {
      index
      eventId
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RulesSupportTrackMutation, RulesSupportTrackMutationVariables>;
export const RulesSupportCreateRuleDocument = new TypedDocumentString(`
    mutation RulesSupportCreateRule($i: CreateRuleInput!) {
  createRule(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesSupportCreateRuleMutation, RulesSupportCreateRuleMutationVariables>;
export const RulesSupportPublishRuleDocument = new TypedDocumentString(`
    mutation RulesSupportPublishRule($id: ID!) {
  publishRule(id: $id) {
    rule {
      activeVersion
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RulesSupportPublishRuleMutation, RulesSupportPublishRuleMutationVariables>;
export const UpdateRuleDocument = new TypedDocumentString(`
    mutation UpdateRule($id: ID!, $g: JSON) {
  updateRule(id: $id, input: {graph: $g}) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRuleMutation, UpdateRuleMutationVariables>;
export const ShareCreateDocument = new TypedDocumentString(`
    mutation ShareCreate($i: CreateShareInput!) {
  createShare(input: $i) {
    id
    code
    size
    claimed
    remaining
    rewardState
    description
    replayed
  }
}
    `) as unknown as TypedDocumentString<ShareCreateMutation, ShareCreateMutationVariables>;
export const ShareClaimDocument = new TypedDocumentString(`
    mutation ShareClaim($i: ClaimShareInput!) {
  claimShare(input: $i) {
    __typename
    ... on ShareClaimSuccess {
      coupon {
        id
        templateId
        userId
      }
      newUser
      replayed
      share {
        claimed
        remaining
        rewardState
      }
    }
    ... on ShareClaimRefused {
      reason
      share {
        claimed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShareClaimMutation, ShareClaimMutationVariables>;
export const ShareProgressDocument = new TypedDocumentString(`
    query ShareProgress($id: ID) {
  share(id: $id) {
    id
    size
    claimed
    remaining
    expired
    rewardState
    rewardCouponId
    description
  }
}
    `) as unknown as TypedDocumentString<ShareProgressQuery, ShareProgressQueryVariables>;
export const ShareWalletDocument = new TypedDocumentString(`
    query ShareWallet($u: ID!) {
  wallet(userId: $u) {
    id
    templateId
    status
  }
}
    `) as unknown as TypedDocumentString<ShareWalletQuery, ShareWalletQueryVariables>;
export const ShareTextDocument = new TypedDocumentString(`
    query ShareText($u: ID!) {
  wallet(userId: $u) {
    template {
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<ShareTextQuery, ShareTextQueryVariables>;
export const ShareEventsDocument = new TypedDocumentString(`
    query ShareEvents($t: ID!) {
  couponEventLog(templateId: $t, first: 100) {
    type
    userId
    payload
  }
}
    `) as unknown as TypedDocumentString<ShareEventsQuery, ShareEventsQueryVariables>;
export const ShareListDocument = new TypedDocumentString(`
    query ShareList($u: ID!) {
  shares(userId: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShareListQuery, ShareListQueryVariables>;
export const ShareMetricsDocument = new TypedDocumentString(`
    query ShareMetrics($from: DateTime!, $to: DateTime!, $t: ID) {
  sharingMetrics(from: $from, to: $to, templateId: $t) {
    shares
    claims
    newUsers
    newCustomers
    orders
    revenue
  }
}
    `) as unknown as TypedDocumentString<ShareMetricsQuery, ShareMetricsQueryVariables>;
export const ShareViaSharingDocument = new TypedDocumentString(`
    query ShareViaSharing($from: DateTime!, $to: DateTime!, $t: ID!) {
  metrics(scope: {kind: TEMPLATE, id: $t}, from: $from, to: $to) {
    viaSharing {
      claims
      newCustomers
      orders
    }
  }
}
    `) as unknown as TypedDocumentString<ShareViaSharingQuery, ShareViaSharingQueryVariables>;
export const ShareLockDocument = new TypedDocumentString(`
    mutation ShareLock($i: LockInput!) {
  lockCoupons(input: $i) {
    locked
  }
}
    `) as unknown as TypedDocumentString<ShareLockMutation, ShareLockMutationVariables>;
export const ShareRedeemDocument = new TypedDocumentString(`
    mutation ShareRedeem($o: ID!) {
  redeemOrder(orderId: $o) {
    ok
  }
}
    `) as unknown as TypedDocumentString<ShareRedeemMutation, ShareRedeemMutationVariables>;
export const ShareBadTemplateDocument = new TypedDocumentString(`
    mutation ShareBadTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShareBadTemplateMutation, ShareBadTemplateMutationVariables>;
export const LookupTrackedEventsDocument = new TypedDocumentString(`
    query LookupTrackedEvents($type: String, $userId: ID, $first: Int! = 20) {
  trackedEvents(type: $type, userId: $userId, first: $first) {
    id
    type
    userId
    properties
  }
}
    `) as unknown as TypedDocumentString<LookupTrackedEventsQuery, LookupTrackedEventsQueryVariables>;
export const LookupBehaviourDocument = new TypedDocumentString(`
    query LookupBehaviour($userId: ID!) {
  userBehaviour(userId: $userId, days: 30) {
    days
    counts {
      eventType
      total
      recent
    }
    sums {
      eventType
      property
      total
      recent
    }
  }
}
    `) as unknown as TypedDocumentString<LookupBehaviourQuery, LookupBehaviourQueryVariables>;
export const LookupBadDaysDocument = new TypedDocumentString(`
    query LookupBadDays {
  userBehaviour(userId: "x", days: 0) {
    days
  }
}
    `) as unknown as TypedDocumentString<LookupBadDaysQuery, LookupBadDaysQueryVariables>;
export const LookupCreateAudienceDocument = new TypedDocumentString(`
    mutation LookupCreateAudience($i: CreateAudienceInput!) {
  createAudience(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LookupCreateAudienceMutation, LookupCreateAudienceMutationVariables>;
export const LookupUploadDocument = new TypedDocumentString(`
    mutation LookupUpload($id: ID!, $csv: String!) {
  uploadAudienceMembers(audienceId: $id, csv: $csv) {
    added
  }
}
    `) as unknown as TypedDocumentString<LookupUploadMutation, LookupUploadMutationVariables>;
export const LookupUserAudiencesDocument = new TypedDocumentString(`
    query LookupUserAudiences($userId: ID!) {
  userAudiences(userId: $userId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LookupUserAudiencesQuery, LookupUserAudiencesQueryVariables>;
export const LookupUserLogDocument = new TypedDocumentString(`
    query LookupUserLog($userId: ID) {
  couponEventLog(userId: $userId) {
    type
    couponId
    userId
  }
}
    `) as unknown as TypedDocumentString<LookupUserLogQuery, LookupUserLogQueryVariables>;
export const LookupCreateStaffDocument = new TypedDocumentString(`
    mutation LookupCreateStaff($i: CreateStaffInput!) {
  createStaffUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LookupCreateStaffMutation, LookupCreateStaffMutationVariables>;
export const LookupStaffDocument = new TypedDocumentString(`
    query LookupStaff {
  staffUsers {
    email
    role
    disabled
  }
}
    `) as unknown as TypedDocumentString<LookupStaffQuery, LookupStaffQueryVariables>;
export const SimulateRuleDocument = new TypedDocumentString(`
    query SimulateRule($g: JSON!, $f: JSON!) {
  simulateRule(graph: $g, facts: $f, storedFacts: true) {
    trace
  }
}
    `) as unknown as TypedDocumentString<SimulateRuleQuery, SimulateRuleQueryVariables>;
export const DefineEventTypeDocument = new TypedDocumentString(`
    mutation DefineEventType($i: DefineEventTypeInput!) {
  defineEventType(input: $i) {
    name
    builtin
    properties {
      name
      type
      required
    }
  }
}
    `) as unknown as TypedDocumentString<DefineEventTypeMutation, DefineEventTypeMutationVariables>;
export const EventTypesDocument = new TypedDocumentString(`
    query EventTypes {
  eventTypes {
    name
    builtin
  }
}
    `) as unknown as TypedDocumentString<EventTypesQuery, EventTypesQueryVariables>;
export const UpsertUserAttributesDocument = new TypedDocumentString(`
    mutation UpsertUserAttributes {
  upsertUserAttributes(
    userId: "attr-1"
    attributes: {tier: "VIP", platform: "ios"}
  ) {
    userId
  }
}
    `) as unknown as TypedDocumentString<UpsertUserAttributesMutation, UpsertUserAttributesMutationVariables>;
export const TrackingUserProfileDocument = new TypedDocumentString(`
    query TrackingUserProfile {
  userProfile(userId: "attr-1") {
    attributes
  }
}
    `) as unknown as TypedDocumentString<TrackingUserProfileQuery, TrackingUserProfileQueryVariables>;
export const UserProfileDocument = new TypedDocumentString(`
    query UserProfile {
  userProfile(userId: "attr-none") {
    attributes
  }
}
    `) as unknown as TypedDocumentString<UserProfileQuery, UserProfileQueryVariables>;
export const TrackingPauseRuleDocument = new TypedDocumentString(`
    mutation TrackingPauseRule($id: ID!) {
  pauseRule(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrackingPauseRuleMutation, TrackingPauseRuleMutationVariables>;
export const ServerLoginDocument = new TypedDocumentString(`
    mutation ServerLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<ServerLoginMutation, ServerLoginMutationVariables>;
export const ServerCreateApiKeyDocument = new TypedDocumentString(`
    mutation ServerCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    key
  }
}
    `) as unknown as TypedDocumentString<ServerCreateApiKeyMutation, ServerCreateApiKeyMutationVariables>;
export const ServerCreateTemplateDocument = new TypedDocumentString(`
    mutation ServerCreateTemplate($i: CreateTemplateInput!) {
  createTemplate(input: $i) {
    id
    campaignId
  }
}
    `) as unknown as TypedDocumentString<ServerCreateTemplateMutation, ServerCreateTemplateMutationVariables>;
export const ClaimCouponDocument = new TypedDocumentString(`
    mutation ClaimCoupon($i: ClaimInput!) {
  claimCoupon(input: $i) {
    __typename
    ... on ClaimSuccess {
      replayed
      coupon {
        id
        code
        status
        userId
        templateId
        validFrom
        validUntil
        isNew
      }
    }
    ... on ClaimRefused {
      reason
      message
      replayed
      retryAfterSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimCouponMutation, ClaimCouponMutationVariables>;
export const CouponEventsDocument = new TypedDocumentString(`
    subscription CouponEvents($filter: CouponEventFilter, $afterId: SafeInt) {
  couponEvents(filter: $filter, afterId: $afterId) {
    id
    type
    couponId
    templateId
    campaignId
    merchantId
    userId
    payload
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CouponEventsSubscription, CouponEventsSubscriptionVariables>;