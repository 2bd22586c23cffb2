// Metrics: rollups kept live from coupon events and order facts, the `metrics(scope, from, to)` read
// over them, and `rebuild` (recompute every rollup from the outbox and the order facts, and the
// exposure counts from the exposures).
import { splitLargestRemainder } from '@couponflow/schema';
import type { Database, Sql, Statement } from '../db/sql';
import { jsonColumn } from '../db/sql';
import { badInput } from '../graphql/errors';
import { nowSeconds } from '../ids';
import { expandStored, experimentUpdated } from '../outbox/events';
import { writeEvents } from '../outbox/outbox';
import { outboxPurgedThrough } from '../outbox/outbox.sql';
import type { RuleService } from '../rules/rule.service';
import type { AudienceService } from '../audiences/audience.service';
import {
  analyse,
  type ArmConfig,
  type ExperimentAnalysis,
  fingerprint,
  moneyText,
  pooledShares,
  splitArms,
  weighAlike,
  withHoldout,
} from './experiment';
import {
  type Forecast,
  forecast,
  type ForecastFigure,
  type ForecastInputs,
  MIN_REDEMPTIONS,
  MIN_SETTLED,
} from './forecast';
import { type ExperimentOptions, experimentOptions, refuseWindowBeyondData } from './experiment-options';
import { jobExperiment, type JobExperimentView } from './job-experiment';
import { cohortOf, type LtvReport, ltvReport, PERIOD } from './ltv-report';

export type LtvGroupBy = 'COHORT' | 'RULE_ARM' | 'AUDIENCE';
import * as q from './metrics.sql';
import {
  addCouponEvent,
  ALL_ID,
  COUNTERS,
  type Counter,
  type CouponEventLike,
  couponEventDelta,
  type CouponInfo,
  dayDate,
  type Delta,
  localDay,
  orderContribution,
  Rollup,
} from './rollup';

export type MetricsScopeKind = 'ALL' | 'TEMPLATE' | 'CAMPAIGN' | 'RULE' | 'MERCHANT' | 'FUNDER';
export type FunderKind = 'PLATFORM' | 'MERCHANT' | 'BRAND';
const FUNDERS: readonly FunderKind[] = ['PLATFORM', 'MERCHANT', 'BRAND'];

/** The longest range one `metrics` call covers (days). */
export const MAX_RANGE_DAYS = 3_660;

export interface DayFigures {
  date: string;
  issued: number;
  issuedClaim: number;
  issuedCode: number;
  issuedRule: number;
  issuedBulk: number;
  issuedApi: number;
  claimed: number;
  redeemed: number;
  expired: number;
  subsidy: number;
  paidOrders: number;
  couponOrders: number;
  revenue: number;
  margin: number;
  marginOrders: number;
  grossProfit: number;
  refunds: number;
  newCustomers: number;
  newCustomersViaCoupon: number;
}

export interface MetricsView {
  scope: { kind: MetricsScopeKind; id: string | null };
  from: number;
  to: number;
  timeZone: string;
  totals: DayFigures;
  redemptionRate: number | null;
  /** Coupon orders / all paid orders of the deployment (or of the merchant) in the range. */
  couponOrderShare: number | null;
  allPaidOrders: number;
  subsidyByFunder: { funder: FunderKind; funderId: string | null; amount: number }[];
  daily: DayFigures[];
}

type Values = Record<Counter, number>;
const zero = (): Values => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Values;

function figures(date: string, v: Values): DayFigures {
  const issued = v.issued_claim + v.issued_code + v.issued_rule + v.issued_bulk + v.issued_api;
  return {
    date,
    issued,
    issuedClaim: v.issued_claim,
    issuedCode: v.issued_code,
    issuedRule: v.issued_rule,
    issuedBulk: v.issued_bulk,
    issuedApi: v.issued_api,
    claimed: v.issued_claim + v.issued_code,
    redeemed: v.redeemed,
    expired: v.expired,
    subsidy: v.subsidy,
    paidOrders: v.paid_orders,
    couponOrders: v.coupon_orders,
    revenue: v.revenue,
    margin: v.margin,
    marginOrders: v.margin_orders,
    grossProfit: v.margin - v.subsidy,
    refunds: v.refunds,
    newCustomers: v.new_customers,
    newCustomersViaCoupon: v.new_customers_coupon,
  };
}

/** Splits a (possibly negative) subsidy over funding shares in bp, exactly. */
function splitSubsidy(
  amount: number,
  f: { platformBp: number; merchantBp: number; brandBp: number },
): number[] {
  const weights = [f.platformBp, f.merchantBp, f.brandBp];
  if (amount === 0 || weights.every((w) => w === 0)) return [amount, 0, 0];
  const parts = splitLargestRemainder(Math.abs(amount), weights);
  return amount < 0 ? parts.map((p) => -p) : parts;
}

interface Funding {
  platformBp: number;
  merchantBp: number;
  brandBp: number;
  merchantId?: string | null;
  brandId?: string | null;
}

/** The merchant a template's events are filed under (as outbox/events.ts `eventMerchant`). */
const merchantOf = (scope: { merchantIds?: readonly string[] } | null, funding: Funding | null) =>
  funding?.merchantId ?? (scope?.merchantIds?.length === 1 ? scope.merchantIds[0]! : null);

/** A validated `metrics` request: the scope, the range in seconds and in local days. */
interface MetricsRange {
  kind: MetricsScopeKind;
  id: string;
  from: number;
  to: number;
  fromDay: number;
  toDay: number;
}

type FunderSubsidy = MetricsView['subsidyByFunder'][number];

/** Refuses an unknown scope id (a FUNDER scope names a funder kind). */
async function checkScope(sql: Sql, kind: MetricsScopeKind, id: string): Promise<void> {
  if (kind === 'FUNDER') {
    if (!FUNDERS.includes(id as FunderKind))
      throw badInput('scope.id', 'a FUNDER scope is PLATFORM, MERCHANT or BRAND');
  } else if (kind !== 'ALL' && !(await q.scopeExists(sql, kind, id)))
    throw badInput('scope.id', `unknown ${kind.toLowerCase()} ${JSON.stringify(id)}`);
}

/** Every day of [fromDay, toDay] (zero where no row) and their totals. */
function dailyFigures(
  rows: readonly q.DailyRow[],
  fromDay: number,
  toDay: number,
): { totals: Values; daily: DayFigures[] } {
  const byDay = new Map(rows.map((r) => [Number(r.day), r]));
  const totals = zero();
  const daily: DayFigures[] = [];
  for (let d = fromDay; d <= toDay; d++) {
    const r = byDay.get(d);
    const v = zero();
    if (r) for (const c of COUNTERS) v[c] = Number(r[c]);
    for (const c of COUNTERS) totals[c] += v[c];
    daily.push(figures(dayDate(d), v));
  }
  return { totals, daily };
}

/**
 * The paid orders coupon orders are a share of: the deployment's for a template, campaign or rule
 * scope, the scope's own rows otherwise.
 */
async function allPaidOrders(sql: Sql, range: MetricsRange, totals: Values): Promise<number> {
  if (range.kind !== 'TEMPLATE' && range.kind !== 'CAMPAIGN' && range.kind !== 'RULE')
    return totals.paid_orders;
  return (await q.dailyRows(sql, 'ALL', ALL_ID, range.fromDay, range.toDay)).reduce(
    (s, r) => s + Number(r.paid_orders),
    0,
  );
}

/** Subsidy by funder: each template's subsidy split by its funding shares. */
async function subsidiesByFunder(sql: Sql, range: MetricsRange): Promise<FunderSubsidy[]> {
  const { kind, id } = range;
  const subsidies =
    kind === 'RULE'
      ? await q.ruleTemplateSubsidies(sql, id, range.from, range.to)
      : await q.templateSubsidies(sql, range.fromDay, range.toDay, {
          templateId: kind === 'TEMPLATE' ? id : undefined,
          campaignId: kind === 'CAMPAIGN' ? id : undefined,
        });
  const byFunder = new Map<string, FunderSubsidy>();
  for (const s of subsidies) {
    const funding = jsonColumn<Funding | null>(s.funding) ?? {
      platformBp: 10_000,
      merchantBp: 0,
      brandBp: 0,
    };
    if (kind === 'MERCHANT' && merchantOf(jsonColumn(s.scope), funding) !== id) continue;
    const parts = splitSubsidy(Number(s.subsidy), funding);
    FUNDERS.forEach((funder, i) => {
      if (parts[i] === 0) return;
      const funderId =
        funder === 'MERCHANT'
          ? (funding.merchantId ?? null)
          : funder === 'BRAND'
            ? (funding.brandId ?? null)
            : null;
      const key = `${funder}:${funderId ?? ''}`;
      const e = byFunder.get(key) ?? { funder, funderId, amount: 0 };
      e.amount += parts[i]!;
      byFunder.set(key, e);
    });
  }
  return [...byFunder.values()].sort((a, b) =>
    a.funder === b.funder
      ? (a.funderId ?? '').localeCompare(b.funderId ?? '')
      : FUNDERS.indexOf(a.funder) - FUNDERS.indexOf(b.funder),
  );
}

export interface ExperimentView extends ExperimentAnalysis {
  ruleId: string;
  version: number | null;
  mode: string;
  windowSeconds: number;
  measuredAt: number;
  /** Users exposed so far, and those whose window has elapsed. */
  exposedUsers: number;
  measuredUsers: number;
}

export type { ExperimentOptions } from './experiment-options';

export class MetricsService {
  rules?: Pick<RuleService, 'updateDraft' | 'publish' | 'get' | 'replay'>;
  audiences?: Pick<AudienceService, 'preview' | 'members'>;

  constructor(
    private readonly db: Database,
    private readonly timeZone: string,
    private readonly currency = 'USD',
  ) {}

  /**
   * `forecastIssue`: what issuing a template to an audience would cost, from the template's history
   * (else its campaign's, else the deployment's), or the stated priors.
   */
  async forecastIssue(
    templateId: string,
    audienceId: string,
    mode: 'BULK' | 'CLAIM',
  ): Promise<Forecast & { templateId: string; audienceId: string; mode: string }> {
    if (!this.audiences) throw new Error('audiences not wired');
    const { size } = await this.audiences.preview({ audienceId }, 0);
    const inputs = await this.db.read((sql) => forecastHistory(sql, templateId));
    if (!inputs) throw badInput('templateId', `unknown template ${JSON.stringify(templateId)}`);
    return { templateId, audienceId, mode, ...forecast({ audienceSize: size, mode, ...inputs }) };
  }

  /**
   * `forecastRule`: what a draft rule would cost, by replaying it over the stored events of
   * [from, to] (rules/replay.ts) and putting the coupons it would have issued, per template, through
   * the same forecast as `forecastIssue`; with the liability the budget rule (campaigns/budget.ts)
   * would book for them.
   */
  async forecastRule(graph: unknown, from: number, to: number): Promise<RuleForecastView> {
    if (!this.rules) throw new Error('rules not wired');
    const report = await this.rules.replay(graph, from, to);
    const templates: RuleForecastView['templates'] = [];
    for (const issue of report.issues) {
      const inputs = await this.db.read((sql) => forecastHistory(sql, issue.templateId));
      if (!inputs)
        throw badInput('graph', `the rule issues an unknown template ${JSON.stringify(issue.templateId)}`);
      const volume: ForecastFigure = {
        name: 'coupons',
        value: issue.count,
        low: issue.count,
        high: issue.count,
        source: 'HISTORY',
        basis: `the draft replayed over ${report.events} stored events would have issued ${issue.count} coupons to ${issue.users} users${report.truncated ? ' (replay stopped early: at least this many)' : ''}`,
      };
      templates.push({
        templateId: issue.templateId,
        coupons: issue.count,
        users: issue.users,
        liability: issue.expectedCost,
        worstCaseCost: issue.worstCaseCost,
        ...forecast({ audienceSize: issue.count, volume, mode: 'RULE', ...inputs }),
      });
    }
    const total = (k: 'value' | 'low' | 'high') => templates.reduce((a, t) => a + t.cost[k], 0);
    return {
      from,
      to,
      events: report.events,
      firings: report.firings,
      users: report.users,
      truncated: report.truncated,
      templates,
      cost: { value: total('value'), low: total('low'), high: total('high') },
      liability: report.expectedCost,
      worstCaseCost: report.worstCaseCost,
    };
  }

  /**
   * `ltv`: historical value per user by 30-day periods since the first order, and expected value per
   * user over `horizonWeeks` (BG/NBD + Gamma-Gamma fitted on every customer), by acquisition cohort,
   * by a rule's experiment arm, or for an audience.
   */
  async ltv(o: {
    groupBy: LtvGroupBy;
    ruleId?: string | null;
    audienceId?: string | null;
    horizonWeeks?: number | null;
    periods?: number | null;
    marginRateBp?: number | null;
  }): Promise<LtvReport & { groupBy: LtvGroupBy }> {
    const horizonWeeks = o.horizonWeeks ?? 52;
    if (!Number.isInteger(horizonWeeks) || horizonWeeks < 1 || horizonWeeks > 520)
      throw badInput('horizonWeeks', '1 to 520 weeks');
    const periods = o.periods ?? 12;
    if (!Number.isInteger(periods) || periods < 1 || periods > 120) throw badInput('periods', '1 to 120');
    const marginRateBp = o.marginRateBp ?? 10_000;
    if (!Number.isInteger(marginRateBp) || marginRateBp < 0 || marginRateBp > 10_000)
      throw badInput('marginRateBp', '0 to 10 000 bp');
    const groupSizes = new Map<string, number>();
    let groupOfUser: ((userId: string) => string | null) | null = null;
    if (o.groupBy === 'RULE_ARM') {
      if (!o.ruleId) throw badInput('ruleId', 'grouping by arm needs a rule');
      const arms = await this.db.read(async (sql) => {
        if (!(await q.scopeExists(sql, 'RULE', o.ruleId!))) throw badInput('ruleId', 'unknown rule');
        return q.armsOfRule(sql, o.ruleId!);
      });
      const byUser = new Map(arms.map((a) => [a.user_id, a.arm]));
      for (const a of arms) groupSizes.set(a.arm, (groupSizes.get(a.arm) ?? 0) + 1);
      groupOfUser = (u) => byUser.get(u) ?? null;
    } else if (o.groupBy === 'AUDIENCE') {
      if (!o.audienceId) throw badInput('audienceId', 'grouping by audience needs an audience');
      if (!this.audiences) throw new Error('audiences not wired');
      const members = new Set<string>();
      for (let after: string | null = null; ;) {
        const page = await this.audiences.members(o.audienceId, 10_000, after);
        page.userIds.forEach((u) => members.add(u));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      groupSizes.set(o.audienceId, members.size);
      const key = o.audienceId;
      groupOfUser = (u) => (members.has(u) ? key : null);
    }
    const now = nowSeconds();
    const { rows, periodRows } = await this.db.read(async (sql) => ({
      rows: await q.customerSummaries(sql),
      periodRows: await q.customerPeriods(sql, PERIOD, periods, marginRateBp),
    }));
    const tz = this.timeZone;
    const report = ltvReport(
      rows,
      periodRows,
      groupOfUser ? (u) => groupOfUser(u) : (_u, r) => cohortOf(Number(r.first_at), tz),
      { now, horizonWeeks, periods, groupSizes },
    );
    return { groupBy: o.groupBy, ...report };
  }

  /** `jobExperiment(jobId)`: a manual issue's treated users against its holdout (job-experiment.ts). */
  jobExperiment(jobId: string, o: ExperimentOptions = {}): Promise<JobExperimentView> {
    return jobExperiment(this.db, jobId, o, nowSeconds(), moneyText(this.currency));
  }

  /** `experiment(ruleId)`: the rule's split arms measured over a window after each user's exposure. */
  async experiment(ruleId: string, o: ExperimentOptions = {}): Promise<ExperimentView> {
    const { window, marginRateBp, minUsers } = experimentOptions(o);
    const now = nowSeconds();
    const src = q.ruleArmSource(ruleId);
    const { rule, rows, span } = await this.db.read(async (sql) => {
      const rule = await q.ruleGraph(sql, ruleId);
      if (!rule) throw badInput('ruleId', `unknown rule ${JSON.stringify(ruleId)}`);
      const span = await q.exposureSpan(sql, src, now - window);
      refuseWindowBeyondData(span, window, now);
      const rows = await q.armSums(sql, src, { maturedBy: now - window, window, marginRateBp }, span);
      return { rule, rows, span };
    });
    const arms = splitArms(jsonColumn(rule.graph ?? rule.draft));
    if (!arms)
      throw badInput('ruleId', 'the rule has no split node: there is no control group to compare with');
    const exposed = new Map(span.map((s) => [s.arm, Number(s.n)]));
    const expected = await this.expectedShares(ruleId, arms);
    const analysis = analyse(expected, rows, exposed, {
      money: moneyText(this.currency),
      minUsersPerArm: minUsers,
      sequential: o.sequential === true,
      level: 0.95,
    });
    await this.announce(ruleId, rule.version, analysis, now);
    return {
      ruleId,
      version: rule.version,
      mode: rule.mode,
      windowSeconds: window,
      measuredAt: now,
      exposedUsers: [...exposed.values()].reduce((a, b) => a + b, 0),
      measuredUsers: rows.reduce((a, r) => a + Number(r.n), 0),
      ...analysis,
    };
  }

  /**
   * The arms with the shares their exposures should show: the split's weights, or, once a version
   * re-weighted the split (solidify), each version's weights pooled by the users it exposed, so the
   * sample-ratio check does not flag a change of weights as a mismatch.
   */
  private async expectedShares(ruleId: string, arms: ArmConfig[]): Promise<ArmConfig[]> {
    return this.db.read(async (sql) => {
      const weightsOf = new Map<number, ArmConfig[]>();
      for (const v of await q.versionGraphs(sql, ruleId))
        weightsOf.set(Number(v.version), splitArms(jsonColumn(v.graph)) ?? []);
      if (weighAlike(arms, weightsOf)) return arms;
      const counts = await q.exposuresByVersion(sql, ruleId);
      return pooledShares(
        arms,
        weightsOf,
        counts.map((c) => ({ version: Number(c.version), n: Number(c.n) })),
      );
    });
  }

  /** An `experiment.updated` event when the result changed materially since it was last announced. */
  private async announce(ruleId: string, version: number | null, a: ExperimentAnalysis, now: number) {
    const print = fingerprint(a);
    const known = await this.db.read((sql) => q.snapshotOf(sql, ruleId));
    if (known?.fingerprint === print) return;
    await this.db.tx(async (sql) => {
      const again = await q.snapshotOf(sql, ruleId);
      if (again?.fingerprint === print) return;
      await q.saveSnapshot(sql, ruleId, a.recommendation, print, now);
      await writeEvents(sql, [experimentUpdated({ ruleId, version, recommendation: a.recommendation })], now);
    });
  }

  /**
   * Solidifies a rule: AUTOMATED mode, its split re-weighted so that control keeps `holdoutPercent`
   * (0 removes the holdout's share), published as a new version. Users already exposed keep their
   * recorded exposure.
   */
  async solidify(ruleId: string, holdoutPercent: number, by: string | null) {
    if (!Number.isFinite(holdoutPercent) || holdoutPercent < 0 || holdoutPercent > 50)
      throw badInput('holdoutPercent', 'a holdout is 0 to 50 %');
    if (!this.rules) throw new Error('rules not wired');
    const rule = await this.rules.get(ruleId, 'ruleId');
    const base = await this.db.read((sql) => q.ruleGraph(sql, ruleId));
    const graph = jsonColumn(base?.graph ?? rule.draft);
    if (!splitArms(graph)) throw badInput('ruleId', 'the rule has no split node');
    await this.rules.updateDraft(ruleId, { mode: 'AUTOMATED', graph: withHoldout(graph, holdoutPercent) });
    const { rule: published } = await this.rules.publish(
      ruleId,
      by,
      `solidified with a ${holdoutPercent} % holdout`,
    );
    return published;
  }

  /** The coupon events' rollup statements (the ledger hook): written with the events they count. */
  couponEventStatements(
    events: readonly (CouponEventLike & { couponId?: string | null })[],
    now: number,
  ): Statement[] {
    const day = localDay(now, this.timeZone);
    return couponRollupStatements(
      events.map((e) => ({ e, day })),
      q.liveSlot(this.db.dialect),
    );
  }

  async metrics(
    scope: { kind: MetricsScopeKind; id?: string | null },
    from: number,
    to: number,
  ): Promise<MetricsView> {
    if (from > to) throw badInput('to', 'must not be before from');
    const fromDay = localDay(from, this.timeZone);
    const toDay = Math.max(fromDay, localDay(Math.max(from, to - 1), this.timeZone));
    if (toDay - fromDay + 1 > MAX_RANGE_DAYS)
      throw badInput('to', `a range covers at most ${MAX_RANGE_DAYS} days`);
    const id = scope.kind === 'ALL' ? ALL_ID : (scope.id ?? '').trim();
    if (scope.kind !== 'ALL' && id === '') throw badInput('scope.id', `a ${scope.kind} scope needs an id`);
    const range = { kind: scope.kind, id, from, to, fromDay, toDay };
    return this.db.read(async (sql) => {
      await checkScope(sql, scope.kind, id);
      const rowsKind = scope.kind === 'FUNDER' ? 'ALL' : scope.kind;
      const rows = await q.dailyRows(sql, rowsKind, scope.kind === 'FUNDER' ? ALL_ID : id, fromDay, toDay);
      const { totals, daily } = dailyFigures(rows, fromDay, toDay);
      const allPaid = await allPaidOrders(sql, range, totals);
      const subsidyByFunder = await subsidiesByFunder(sql, range);
      if (scope.kind === 'FUNDER') return this.funderView(range, totals, subsidyByFunder);
      const t = figures('', totals);
      return {
        scope: { kind: scope.kind, id: scope.kind === 'ALL' ? null : id },
        from,
        to,
        timeZone: this.timeZone,
        totals: t,
        redemptionRate: t.issued > 0 ? t.redeemed / t.issued : null,
        couponOrderShare: allPaid > 0 ? t.couponOrders / allPaid : null,
        allPaidOrders: allPaid,
        subsidyByFunder,
        daily,
      };
    });
  }

  /** A funder's figures are its share of the subsidy; every other counter belongs to coupons. */
  private funderView(range: MetricsRange, totals: Values, subsidyByFunder: FunderSubsidy[]): MetricsView {
    const { id } = range;
    const mine = subsidyByFunder.filter((f) => f.funder === id).reduce((s, f) => s + f.amount, 0);
    const t = zero();
    t.subsidy = mine;
    return {
      scope: { kind: range.kind, id },
      from: range.from,
      to: range.to,
      timeZone: this.timeZone,
      totals: figures('', t),
      redemptionRate: null,
      couponOrderShare: null,
      allPaidOrders: totals.paid_orders,
      subsidyByFunder: subsidyByFunder.filter((f) => f.funder === id),
      daily: [],
    };
  }

  /**
   * Recomputes every rollup from raw rows: the outbox's coupon events (each on the local day it was
   * written) and the order facts (first orders recomputed too), in one transaction, into slot 0. Once
   * retention has purged the outbox, the days up to the purge keep their rollups (in whichever slots)
   * and the later ones are rebuilt.
   */
  async rebuild(): Promise<{ couponEvents: number; orders: number; rows: number }> {
    const tz = this.timeZone;
    return this.db.tx(async (sql) => {
      // Retention may have deleted the oldest outbox events: their days keep the rollups they have
      // (kept for ever), and only the days wholly after the purge are recomputed.
      const purged = await outboxPurgedThrough(sql);
      const fromDay = purged ? localDay(purged.throughCreatedAt, tz) + 1 : null;
      const kept = (day: number) => fromDay === null || day >= fromDay;
      if (fromDay === null) await q.clearRollups(sql);
      else await q.clearRollupsFrom(sql, fromDay);
      await q.recomputeFirstOrders(sql);
      let couponEvents = 0;
      let rows = 0;
      for (let after = 0; ;) {
        const page = await q.couponEventsAfter(sql, after, 5_000);
        if (page.length === 0) break;
        after = Number(page[page.length - 1]!.id);
        couponEvents += page.length;
        const statements = couponRollupStatements(
          page
            .map((r) => ({
              e: {
                type: r.type,
                couponId: r.coupon_id,
                templateId: r.template_id,
                campaignId: r.campaign_id,
                merchantId: r.merchant_id,
                payload: expandStored(
                  r.type,
                  Number(r.created_at),
                  jsonColumn<Record<string, unknown>>(r.payload),
                  r.coupon_code,
                ),
              },
              day: localDay(Number(r.created_at), tz),
            }))
            .filter((r) => kept(r.day)),
        );
        rows += statements.length;
        for (const st of statements) await sql.run(st.sql, st.params); // in order: they share rows
      }
      let orders = 0;
      for (let after = ''; ;) {
        const page = await q.factsAfter(sql, after, 5_000);
        if (page.length === 0) break;
        after = page[page.length - 1]!.order_id;
        orders += page.length;
        const ids = [...new Set(page.flatMap((r) => jsonColumn<string[]>(r.coupon_ids)))];
        const coupons = new Map<string, CouponInfo>();
        for (const c of await q.couponInfos(sql, ids))
          coupons.set(c.id, { templateId: c.template_id, campaignId: c.campaign_id, ruleId: c.rule_id });
        const rollup = new Rollup();
        for (const r of page)
          rollup.merge(
            orderContribution(
              {
                amount: Number(r.amount),
                margin: r.margin == null ? null : Number(r.margin),
                merchantId: r.merchant_id,
                couponIds: jsonColumn<string[]>(r.coupon_ids),
                paidAt: Number(r.paid_at),
                refundedAt: r.refunded_at == null ? null : Number(r.refunded_at),
                firstOrder: r.first_order === true || r.first_order === 1,
              },
              coupons,
              tz,
            ),
          );
        await sql.runMany(q.upsertRollups(rollup.list().filter((r) => kept(r.day))));
      }
      // Exposures are kept for ever: their daily counts are recomputed whole.
      await q.rebuildExposureDays(sql);
      return { couponEvents, orders, rows };
    });
  }

  /** Every rollup row (tests compare a rebuild with the live rows). */
  allRollups() {
    return this.db.read((sql) => q.allRollups(sql));
  }

  /** Every exposure count per rule, arm and day (tests compare a rebuild with the live rows). */
  allExposureDays() {
    return this.db.read((sql) => q.allExposureDays(sql));
  }
}

/**
 * Rollup statements for coupon events, each on its day, in slot `slot` (metrics.sql.ts `liveSlot`;
 * a rebuild writes slot 0); the RULE rows of non-issue events by lookup.
 */
export function couponRollupStatements(
  events: readonly { e: CouponEventLike & { couponId?: string | null }; day: number }[],
  slot = '0',
): Statement[] {
  const rollup = new Rollup();
  const byRule = new Map<string, { day: number; delta: Delta; ids: string[] }>();
  for (const { e, day } of events) {
    const d = couponEventDelta(e);
    if (!d) continue;
    addCouponEvent(rollup, e, d, day);
    if (e.type !== 'coupon.issued' && e.type !== 'coupon.claimed' && e.couponId) {
      const key = `${day}:${JSON.stringify(d)}`;
      const g = byRule.get(key);
      if (g) g.ids.push(e.couponId);
      else byRule.set(key, { day, delta: d, ids: [e.couponId] });
    }
  }
  return [...q.upsertRollups(rollup.list(), slot), ...q.upsertRuleRollups([...byRule.values()], slot)];
}

/** A draft rule's forecast: its replay, and per template the forecast of what it would have issued. */
export interface RuleForecastView {
  from: number;
  to: number;
  events: number;
  firings: number;
  users: number;
  truncated: boolean;
  templates: (Forecast & {
    templateId: string;
    coupons: number;
    users: number;
    liability: number;
    worstCaseCost: number;
  })[];
  cost: Forecast['cost'];
  liability: number;
  worstCaseCost: number;
}

/**
 * A template's history for a forecast: settled coupons of the template (else its campaign, else the
 * deployment) and the discounts of its redemptions (else the deployment's); undefined when there is
 * no such template.
 */
async function forecastHistory(
  sql: Sql,
  templateId: string,
): Promise<Pick<ForecastInputs, 'maxValue' | 'settled' | 'discounts'> | undefined> {
  const t = await q.templateForForecast(sql, templateId);
  if (!t) return undefined;
  let settled: { redeemed: number; expired: number; level: string } | null = null;
  for (const [kind, id, level] of [
    ['TEMPLATE', t.id, 'template'],
    ['CAMPAIGN', t.campaign_id, 'campaign'],
    ['ALL', ALL_ID, 'deployment'],
  ] as const) {
    if (id == null) continue;
    const s = await q.settledOf(sql, kind, id);
    const r = { redeemed: Number(s?.redeemed ?? 0), expired: Number(s?.expired ?? 0), level };
    if (r.redeemed + r.expired >= MIN_SETTLED) {
      settled = r;
      break;
    }
    settled ??= r;
  }
  let discounts: { n: number; sum: number; sumSq: number; level: string } | null = null;
  for (const [id, level] of [
    [t.id, 'template'],
    [null, 'deployment'],
  ] as const) {
    const m = await q.discountMoments(sql, id);
    const d = { n: Number(m?.n ?? 0), sum: Number(m?.s ?? 0), sumSq: Number(m?.ss ?? 0), level };
    if (d.n >= MIN_REDEMPTIONS) {
      discounts = d;
      break;
    }
  }
  return { maxValue: Number(t.max_value), settled, discounts };
}
