// Which events a subscriber or an endpoint receives: its own filter AND the merchants its credential
// is limited to. Pure; shared by subscriptions, webhook fan-out and replays.

/** One outbox event as subscribers and webhooks see it (payload parsed once, shared). */
export interface EventView {
  id: number;
  type: string;
  couponId: string | null;
  templateId: string | null;
  campaignId: string | null;
  userId: string | null;
  merchantId: string | null;
  payload: Record<string, unknown>;
  /** Epoch seconds. */
  createdAt: number;
}

export interface OutboxRow {
  id: number | string;
  type: string;
  coupon_id: string | null;
  template_id: string | null;
  campaign_id: string | null;
  user_id: string | null;
  merchant_id: string | null;
  payload: string | Record<string, unknown>;
  created_at: number | string;
}

export const OUTBOX_COLUMNS =
  'id, type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at';

export function toEventView(r: OutboxRow): EventView {
  return {
    id: Number(r.id),
    type: r.type,
    couponId: r.coupon_id,
    templateId: r.template_id,
    campaignId: r.campaign_id,
    userId: r.user_id,
    merchantId: r.merchant_id,
    payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    createdAt: Number(r.created_at),
  };
}

/** Lists are AND-ed; an empty or missing list admits everything. */
export interface EventFilter {
  types?: readonly string[] | null;
  templateIds?: readonly string[] | null;
  campaignIds?: readonly string[] | null;
  merchantIds?: readonly string[] | null;
}

type Matcher = (e: Pick<EventView, 'type' | 'templateId' | 'campaignId' | 'merchantId'>) => boolean;

const setOf = (xs: readonly string[] | null | undefined): Set<string> | null =>
  xs && xs.length > 0 ? new Set(xs) : null;

/**
 * Compiles a filter. `restrictMerchants` is what a partner key is limited to (null = unrestricted):
 * such a key sees only events filed under one of its merchants, never platform-wide ones.
 */
export function compileFilter(
  filter: EventFilter | null | undefined,
  restrictMerchants: readonly string[] | null,
): Matcher {
  const types = setOf(filter?.types);
  const templates = setOf(filter?.templateIds);
  const campaigns = setOf(filter?.campaignIds);
  const merchants = setOf(filter?.merchantIds);
  const allowed = restrictMerchants ? new Set(restrictMerchants) : null;
  return (e) =>
    (!types || types.has(e.type)) &&
    (!templates || (e.templateId != null && templates.has(e.templateId))) &&
    (!campaigns || (e.campaignId != null && campaigns.has(e.campaignId))) &&
    (!merchants || (e.merchantId != null && merchants.has(e.merchantId))) &&
    (!allowed || (e.merchantId != null && allowed.has(e.merchantId)));
}

/** The merchants a partner key is limited to: its list, or null when it has none (all merchants). */
export const keyRestriction = (
  merchantIds: readonly string[] | null | undefined,
): readonly string[] | null => (merchantIds && merchantIds.length > 0 ? merchantIds : null);
