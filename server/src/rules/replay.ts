// Replay: a draft run over stored events in [from, to] without side effects ("what would it have
// issued, at what cost"). Facts are read as of each event; the rule's own earlier firings are the
// replay's. The cost of what it would have issued is campaigns/budget.ts's arithmetic.
import { type CompiledRule, type Requirements } from '@couponflow/schema';
import { BP, expectedCost, redemptionRateBp } from '../campaigns/budget';
import { type Database, jsonColumn, type Sql } from '../db/sql';
import { profilesOf } from '../tracking/tracking.sql';
import { type FactsOptions, loadFacts, mergeRequirements } from './facts';
import * as q from './rule.sql';

export const REPLAY_MAX_EVENTS = 200_000;
const PAGE = 1000;

export interface ReplayReport {
  events: number;
  evaluations: number;
  firings: number;
  users: number;
  control: number;
  issues: {
    templateId: string;
    count: number;
    users: number;
    maxValue: number;
    worstCaseCost: number;
    expectedCost: number;
    redemptionRate: number;
  }[];
  worstCaseCost: number;
  expectedCost: number;
  truncated: boolean;
}

/** What a replay has seen so far. */
export class ReplayTally {
  events = 0;
  firings = 0;
  control = 0;
  readonly users = new Set<string>();
  /** user → times the rule fired for them (its frequency caps count these). */
  readonly fired = new Map<string, number[]>();
  readonly perTemplate = new Map<string, { count: number; users: Set<string> }>();

  /** Records one evaluation's decision. */
  record(userId: string, at: number, actions: CompiledRuleActions): void {
    if (actions.length === 0) return;
    this.firings++;
    this.users.add(userId);
    const list = this.fired.get(userId) ?? [];
    list.push(at);
    this.fired.set(userId, list);
    for (const a of actions) {
      if (a.control) {
        this.control++;
        continue;
      }
      if (a.type !== 'action.issueCoupon') continue;
      const t = this.perTemplate.get(a.args.templateId) ?? { count: 0, users: new Set<string>() };
      t.count++;
      t.users.add(userId);
      this.perTemplate.set(a.args.templateId, t);
    }
  }
}

type CompiledRuleActions = ReturnType<CompiledRule['evaluate']>['actions'];

export interface ReplayDeps {
  db: Database;
  /** The engine's facts options (time zone, numeric properties, audiences). */
  factsOptions: FactsOptions;
  /** Settled coupons a template needs before its observed redemption rate counts. */
  minHistory: number;
}

/** Runs a compiled draft over the stored events of its trigger type in [from, to]. */
export async function replay(
  deps: ReplayDeps,
  compiled: CompiledRule,
  from: number,
  to: number,
): Promise<ReplayReport> {
  const tally = new ReplayTally();
  const opts: FactsOptions = {
    ...deps.factsOptions,
    firedSince: async (_sql, _rule, userId, since) =>
      (tally.fired.get(userId) ?? []).filter((t) => t >= since).length,
  };
  const req = mergeRequirements([compiled.requirements]);
  let truncated = false;
  // One page per read, so a long replay never holds SQLite's single connection for long.
  let cursor: { t: number; id: string } | null = null;
  for (;;) {
    const last: { t: number; id: string } | null = await deps.db.read((sql) =>
      replayPage(sql, compiled, req, opts, tally, { from, to, cursor }),
    );
    if (!last) break;
    cursor = last;
    if (tally.events >= REPLAY_MAX_EVENTS) {
      truncated = true;
      break;
    }
  }
  const issues = await costOf(deps, tally);
  return {
    events: tally.events,
    evaluations: tally.events,
    firings: tally.firings,
    users: tally.users.size,
    control: tally.control,
    issues,
    worstCaseCost: issues.reduce((s, i) => s + i.worstCaseCost, 0),
    expectedCost: issues.reduce((s, i) => s + i.expectedCost, 0),
    truncated,
  };
}

/** Evaluates one page of events; returns the page's last (time, id), null when there was none. */
async function replayPage(
  sql: Sql,
  compiled: CompiledRule,
  req: Requirements,
  opts: FactsOptions,
  tally: ReplayTally,
  range: { from: number; to: number; cursor: { t: number; id: string } | null },
): Promise<{ t: number; id: string } | null> {
  const rows = await q.eventPage(sql, compiled.trigger, range.from, range.to, range.cursor, PAGE);
  if (rows.length === 0) return null;
  const profiles = new Map<string, Record<string, unknown>>();
  for (const p of await profilesOf(sql, [...new Set(rows.map((r) => r.user_id))]))
    profiles.set(p.user_id, jsonColumn(p.attributes));
  const frequency = compiled.requirements.frequency.map((period) => ({ ruleId: compiled.ruleId, period }));
  for (const r of rows) {
    tally.events++;
    const occurredAt = Number(r.occurred_at);
    const facts = await loadFacts(
      sql,
      {
        id: r.id,
        type: compiled.trigger,
        userId: r.user_id,
        occurredAt,
        properties: jsonColumn(r.properties),
        attributes: profiles.get(r.user_id) ?? {},
      },
      req,
      frequency,
      opts,
    );
    tally.record(r.user_id, occurredAt, compiled.evaluate(facts).actions);
  }
  const last = rows[rows.length - 1]!;
  return { t: Number(last.occurred_at), id: last.id };
}

/** Worst-case and expected cost per template (campaigns/budget.ts: the observed rate once there is history). */
async function costOf(deps: ReplayDeps, tally: ReplayTally): Promise<ReplayReport['issues']> {
  const issues: ReplayReport['issues'] = [];
  for (const [templateId, t] of tally.perTemplate) {
    const tpl = await deps.db.read((sql) => q.templateForReplay(sql, templateId));
    const maxValue = Number(tpl?.max_value ?? 0);
    const rateBp = redemptionRateBp(
      { redeemedCount: Number(tpl?.redeemed_count ?? 0), expiredCount: Number(tpl?.expired_count ?? 0) },
      deps.minHistory,
    );
    issues.push({
      templateId,
      count: t.count,
      users: t.users.size,
      maxValue,
      worstCaseCost: t.count * maxValue,
      expectedCost: expectedCost(t.count * maxValue, rateBp),
      redemptionRate: rateBp / BP,
    });
  }
  return issues;
}
