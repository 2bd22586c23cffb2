// What a batch of coupon transitions does to templates and campaigns: counters and money per row,
// summed, and the events that announce them, written together in the caller's transaction. Template
// rows are written before campaign rows, the order every path that takes both locks them in.
import { type CampaignDelta, campaignDelta } from '../campaigns/campaign.sql';
import type { Dialect } from '../config';
import type { Statement } from '../db/sql';
import type { DomainEvent } from '../outbox/events';
import { eventInserts } from '../outbox/outbox';
import { type TemplateDelta, templateDelta } from '../templates/template.sql';

const NO_CAMPAIGN_CHANGE: CampaignDelta = {
  spent: 0,
  reserved: 0,
  outstandingMax: 0,
  issued: 0,
  redeemed: 0,
  expired: 0,
};
const NO_TEMPLATE_CHANGE: TemplateDelta = { issued: 0, redeemed: 0, expired: 0, quota: 0 };

/**
 * Statements another feature adds for a batch's events, in the same transaction (metrics' daily
 * rollups); wired once in app.ts so that coupons/ imports no metrics code.
 */
export type LedgerHook = (events: readonly DomainEvent[], now: number) => Statement[];
let ledgerHook: LedgerHook | null = null;
export const setLedgerHook = (hook: LedgerHook | null): void => {
  ledgerHook = hook;
};

function add<K extends string>(into: Record<K, number>, d: Partial<Record<K, number>>): void {
  for (const k of Object.keys(d) as K[]) into[k] += d[k] ?? 0;
}

export class Ledger {
  private readonly templates = new Map<string, TemplateDelta>();
  private readonly campaigns = new Map<string, CampaignDelta>();
  private readonly exhausted = new Map<string, number>();
  private readonly alerts = new Map<string, number>();
  readonly events: DomainEvent[] = [];

  template(id: string, d: Partial<TemplateDelta>): this {
    let t = this.templates.get(id);
    if (!t) this.templates.set(id, (t = { ...NO_TEMPLATE_CHANGE }));
    add(t, d);
    return this;
  }

  campaign(id: string | null | undefined, d: Partial<CampaignDelta>): this {
    if (id == null) return this;
    let c = this.campaigns.get(id);
    if (!c) this.campaigns.set(id, (c = { ...NO_CAMPAIGN_CHANGE }));
    add(c, d);
    return this;
  }

  /** Records when the campaign's budget first refused issuance (announced once). */
  exhaustedAt(id: string, at: number): this {
    this.campaign(id, {});
    this.exhausted.set(id, at);
    return this;
  }

  /** Records the highest budget-use threshold announced for the campaign. */
  budgetAlert(id: string, bp: number): this {
    this.campaign(id, {});
    this.alerts.set(id, bp);
    return this;
  }

  event(e: DomainEvent): this {
    this.events.push(e);
    return this;
  }

  /**
   * The statements: template counters, then campaign counters, then the events (and the hook's);
   * `dialect` picks the events' statement sizes (outbox.ts `eventInserts`).
   */
  statements(now: number, dialect?: Dialect): Statement[] {
    return [
      ...[...this.templates].map(([id, d]) => templateDelta(id, d, now)),
      ...[...this.campaigns].map(([id, d]) =>
        campaignDelta(id, d, now, this.exhausted.get(id), this.alerts.get(id)),
      ),
      ...eventInserts(this.events, now, dialect),
      ...(ledgerHook && this.events.length > 0 ? ledgerHook(this.events, now) : []),
    ];
  }
}
