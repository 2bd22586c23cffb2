import type { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import type { AudienceService } from '../audiences/audience.service';
import type { CampaignService } from '../campaigns/campaign.service';
import type { CheckoutService } from '../checkout/checkout.service';
import type { Config } from '../config';
import type { CouponService } from '../coupons/coupon.service';
import type { Database } from '../db/sql';
import type { EventsService } from '../events/events.service';
import type { BulkJobService } from '../jobs/bulk-job.service';
import type { Logger } from '../logger';
import type { RuleService } from '../rules/rule.service';
import type { TemplateService } from '../templates/template.service';
import type { TrackingService } from '../tracking/tracking.service';
import { badInput, forbidden } from './errors';

export interface Services {
  config: Config;
  db: Database;
  log: Logger;
  auth: AuthService;
  campaigns: CampaignService;
  templates: TemplateService;
  coupons: CouponService;
  checkout: CheckoutService;
  jobs: BulkJobService;
  events: EventsService;
  tracking: TrackingService;
  rules: RuleService;
  audiences: AudienceService;
}

export interface Context {
  principal: Principal;
  services: Services;
}

/** The user an operation acts for: a user token acts only for itself; other callers name the user. */
export function actingUser(ctx: Context, userId: string | null | undefined, field: string): string {
  const p = ctx.principal;
  if (p.kind === 'user') {
    if (userId != null && userId !== p.userId) throw forbidden('a user token can only act for its own user');
    return p.userId;
  }
  if (userId == null) throw badInput(field, 'is required for this caller');
  return userId;
}

/** The user a call is restricted to (user tokens), or null for backends and staff. */
export const restrictedUser = (ctx: Context): string | null =>
  ctx.principal.kind === 'user' ? ctx.principal.userId : null;
