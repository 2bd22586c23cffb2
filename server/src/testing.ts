// Test-only: the issuance, checkout, job, scheduler, tracking, rule and audience services on a fresh
// SQLite file, migrated, wired as composition wires them (without HTTP). At the top beside composition.ts because it imports
// every feature it wires, as composition does; unit tests of the feature folders use it.
import { entitySchemas } from './composition';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Campaign } from './campaigns/campaign.entity';
import { CampaignService } from './campaigns/campaign.service';
import { CheckoutService } from './checkout/checkout.service';
import { type Config, loadConfig } from './config';
import { Coupon } from './coupons/coupon.entity';
import { insertCodes } from './coupons/coupon.sql';
import { CouponService } from './coupons/coupon.service';
import { type AudienceGate, IssueService } from './coupons/issue';
import { initOrm } from './db/orm';
import { Database } from './db/sql';
import { nowSeconds } from './ids';
import type { Logger } from './logger';
import { BulkJobService } from './jobs/bulk-job.service';
import type { EventType } from './outbox/outbox.entity';
import { readEventLog } from './outbox/outbox.sql';
import { CouponTemplate } from './templates/template.entity';
import type { CreateTemplateInput } from './templates/template.types';
import { TemplateService } from './templates/template.service';
import { Scheduler } from './scheduler/scheduler';
import { AudienceService } from './audiences/audience.service';
import { RuleEngine } from './rules/engine';
import { RuleService } from './rules/rule.service';
import { TrackingService } from './tracking/tracking.service';

export const DAY = 86_400;

export async function testServices(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'couponflow-unit-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'test.db')}`,
    CLAIM_RATE_PER_ACCOUNT: '0',
    CLAIM_RATE_PER_DEVICE: '0',
    ...env,
  });
  const orm = await initOrm(config.DATABASE_URL, 'sqlite', entitySchemas('sqlite'));
  await orm.getMigrator().up();
  const db = new Database(orm, 'sqlite');
  const log = pino({ level: 'silent' });
  const campaigns = new CampaignService(db, config);
  const templates = new TemplateService(db, { insertCodes });
  const issuer = new IssueService(db, config);
  const coupons = new CouponService(db, issuer, config);
  const checkout = new CheckoutService(db, config);
  const jobs = new BulkJobService(db, templates, coupons, log);
  const scheduler = new Scheduler(db, checkout, jobs, config, log);
  /** Members by audience id: a stand-in for server/src/audiences. */
  const members = new Map<string, Set<string>>();
  const gate: AudienceGate = {
    membersAmong: async (_sql, userIds, audienceIds) =>
      new Set(userIds.filter((u) => audienceIds.some((a) => members.get(a)?.has(u)))),
  };
  issuer.audiences = gate;
  const stops: (() => Promise<void>)[] = [];
  return {
    db,
    config,
    campaigns,
    templates,
    issuer,
    coupons,
    checkout,
    jobs,
    scheduler,
    members,
    /** An ACTIVE AMOUNT_OFF template (500 off, valid 30 days) with `over` applied. */
    template: (over: Partial<CreateTemplateInput> = {}): Promise<CouponTemplate> =>
      templates.create({
        name: 't',
        kind: 'AMOUNT_OFF',
        amount: 500,
        threshold: 0,
        exclusive: false,
        validAfterSeconds: 0,
        validUntil: nowSeconds() + 30 * DAY,
        quotaBatches: [],
        restoreOnExpiry: false,
        placements: ['CENTER'],
        refundable: true,
        activate: true,
        ...over,
      }),
    campaign: (id: string) => db.em().findOneOrFail(Campaign, { id }),
    reload: (id: string) => db.em().findOneOrFail(CouponTemplate, { id }),
    coupon: (id: string) => db.em().findOneOrFail(Coupon, { id }),
    /** The outbox events of one type as readers see them (the stored row completed), in order. */
    events: async (type: EventType) =>
      (await db.read((sql) => readEventLog(sql, { afterId: 0, types: [type], limit: 1_000_000 }))).map(
        (e) => ({
          couponId: e.couponId,
          templateId: e.templateId,
          campaignId: e.campaignId,
          payload: e.payload,
        }),
      ),
    /** The behaviour side: tracking, the rule engine (started), rules and audiences. */
    behaviour: () => behaviourServices(db, config, issuer, log, stops),
    async close() {
      for (const stop of stops) await stop();
      await jobs.stop();
      await orm.close(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type TestServices = Awaited<ReturnType<typeof testServices>>;

/**
 * Tracking handing its events to the rule engine, rules, and audiences as the engine's audience
 * checker, wired as app.ts wires them (issuance keeps testServices' `members` gate).
 */
async function behaviourServices(
  db: Database,
  config: Config,
  issuer: IssueService,
  log: Logger,
  stops: (() => Promise<void>)[],
) {
  const engine = new RuleEngine(db, config, issuer, log);
  const tracking = new TrackingService(db, engine);
  engine.numeric = tracking.numeric;
  const audiences = new AudienceService(db, config, tracking.numeric);
  engine.audiences = audiences;
  const rules = new RuleService(db, config, engine);
  await tracking.init();
  await engine.start();
  stops.push(() => engine.stop());
  return { engine, tracking, audiences, rules };
}
