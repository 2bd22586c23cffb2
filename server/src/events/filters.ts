// Which events a subscriber or an endpoint receives: its own filter AND the merchants its credential
// is limited to. Pure; shared by subscriptions, webhook fan-out and replays.

// The outbox row and its view are defined with the outbox table (outbox/outbox.sql.ts).
import type { EventView } from '../outbox/outbox.sql';
export { type EventView, OUTBOX_COLUMNS, type OutboxRow, toEventView } from '../outbox/outbox.sql';

/** Lists are AND-ed; an empty or missing list admits everything. */
export interface EventFilter {
  /** Event types (coupon.claimed …); with `types` (the deprecated GraphQL spelling, already mapped). */
  eventTypes?: readonly string[] | null;
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
  const types = setOf([...(filter?.types ?? []), ...(filter?.eventTypes ?? [])]);
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
