// Rules: drafts, publish (validated again here, stored as an immutable version), pause, resume,
// rollback, pre-publish checks, simulation and replay. Every state change bumps the revision in its
// transaction and then hot-swaps the engine (here at once; elsewhere via Redis or polling).
import { BP, expectedCost, redemptionRateBp } from '../campaigns/budget';
import {
  checkRuleGraph,
  compileRuleGraph,
  createMemoryFacts,
  type FactsSnapshot,
  parseRuleGraph,
  type RuleGraph,
  type RuleGraphIssue,
  type TraceEntry,
} from '@couponflow/schema';
import { v7 } from 'uuid';
import type { Config } from '../config';
import { type Database, jsonColumn, type Sql } from '../db/sql';
import { AppError, badInput, conflict, notFound } from '../graphql/errors';
import { nowSeconds } from '../ids';
import { RuleEngine, localDay } from './engine';
import { loadFacts, mergeRequirements } from './facts';
import { HLL_M, HLL_RELATIVE_ERROR } from './hll';
import {
  DAY_SECONDS,
  type NodeUsersResult,
  deriveNodeUsers,
  groupSketch,
  nodeSketch,
  registerRange,
  utcDay,
} from './node-users';
import type { Rule, RuleMode, RuleStatus } from './rule.entity';

const RULE_ID_RE = /^rul_[0-9a-f-]{36}$/;
const REPLAY_MAX_EVENTS = 200_000;
const NOTE_MAX = 2000;
const NODE_USERS_MAX_DAYS = 400;

export interface RuleListView extends Rule {
  validation: { valid: boolean; issues: RuleGraphIssue[] };
  trigger: string | null;
  lastFiredAt: number | null;
  actionsToday: number;
}

export interface NodeUsersReport extends NodeUsersResult {
  ruleId: string;
  version: number | null;
  from: number;
  to: number;
  relativeError: number;
  registers: number;
}

export interface RuleView extends Rule {
  validation: { valid: boolean; issues: RuleGraphIssue[] };
}

export interface PrePublishCheck {
  severity: 'ERROR' | 'WARNING' | 'INFO';
  code: string;
  message: string;
  nodeIds: string[];
}

export interface CheckReport {
  valid: boolean;
  issues: RuleGraphIssue[];
  checks: PrePublishCheck[];
  /** Sum of the maximum values of every coupon one event could issue. */
  worstCaseSubsidyPerEvent: number;
}

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

interface RuleRow {
  id: string;
  name: string;
  description: string | null;
  status: RuleStatus;
  mode: RuleMode;
  draft: unknown;
  active_version: number | null;
  latest_version: number;
  created_at: number;
  updated_at: number;
}

const toRule = (r: RuleRow): Rule => ({
  id: r.id,
  name: r.name,
  description: r.description,
  status: r.status,
  mode: r.mode,
  draft: jsonColumn(r.draft),
  activeVersion: r.active_version == null ? null : Number(r.active_version),
  latestVersion: Number(r.latest_version),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export function invalidGraph(issues: RuleGraphIssue[], what = 'graph'): AppError {
  const named = issues
    .slice(0, 10)
    .map(
      (i) =>
        `${i.code}${i.nodeIds?.length ? ` [nodes ${i.nodeIds.join(', ')}]` : ''}${i.edgeIds?.length ? ` [edges ${i.edgeIds.join(', ')}]` : ''}: ${i.message}`,
    )
    .join('; ');
  return new AppError('INVALID_GRAPH', `${what} is invalid: ${named}`, { issues: issues.slice(0, 100) });
}

export class RuleService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'TIME_ZONE' | 'BUDGET_MIN_HISTORY'>,
    private readonly engine: RuleEngine,
  ) {}

  view(rule: Rule): RuleView {
    const checked = checkRuleGraph(rule.draft);
    const issues = checked.issues.map((i) => ({ ...i, nodeIds: i.nodeIds ?? [], edgeIds: i.edgeIds ?? [] }));
    return { ...rule, validation: { valid: checked.valid, issues } };
  }

  /** Views with the list fields (trigger, last firing, actions today): one grouped query for all. */
  async views(rules: readonly Rule[]): Promise<RuleListView[]> {
    const stats = new Map<string, { today: number; last: number | null }>();
    if (rules.length > 0) {
      const today = localDay(nowSeconds(), this.config.TIME_ZONE);
      const ids = rules.map((r) => r.id);
      const rows = await this.db.read((sql) =>
        sql.all<{ rule_id: string; today: number | null; last: number | null }>(
          `SELECT rule_id, SUM(CASE WHEN day = ? THEN actions ELSE 0 END) AS today, MAX(last_fired_at) AS last
             FROM rule_day_stat WHERE rule_id IN (${ids.map(() => '?').join(', ')}) GROUP BY rule_id`,
          [today, ...ids],
        ),
      );
      for (const r of rows)
        stats.set(r.rule_id, { today: Number(r.today ?? 0), last: r.last == null ? null : Number(r.last) });
    }
    return rules.map((rule) => ({
      ...this.view(rule),
      trigger: draftTrigger(rule.draft),
      lastFiredAt: stats.get(rule.id)?.last ?? null,
      actionsToday: stats.get(rule.id)?.today ?? 0,
    }));
  }

  async listView(rule: Rule): Promise<RuleListView> {
    return (await this.views([rule]))[0]!;
  }

  async get(id: string, field = 'id'): Promise<Rule> {
    if (!RULE_ID_RE.test(id)) throw badInput(field, 'malformed rule id');
    const row = await this.db.read((sql) => sql.get<RuleRow>(`SELECT * FROM rule WHERE id = ?`, [id]));
    if (!row) throw notFound(field, 'rule');
    return toRule(row);
  }

  async list(status: RuleStatus | null, first: number): Promise<Rule[]> {
    const rows = await this.db.read((sql) =>
      status
        ? sql.all<RuleRow>(`SELECT * FROM rule WHERE status = ? ORDER BY id DESC LIMIT ?`, [status, first])
        : sql.all<RuleRow>(`SELECT * FROM rule ORDER BY id DESC LIMIT ?`, [first]),
    );
    return rows.map(toRule);
  }

  async create(input: {
    name: string;
    description?: string | null;
    mode: RuleMode;
    graph?: unknown;
  }): Promise<Rule> {
    if (!input.name.trim()) throw badInput('input.name', 'must not be empty');
    const size = JSON.stringify(input.graph ?? null).length;
    if (size > 1_000_000) throw badInput('input.graph', 'a draft graph is at most 1 MB of JSON');
    const id = `rul_${v7()}`;
    const now = nowSeconds();
    await this.db.tx((sql) =>
      sql.run(
        `INSERT INTO rule (id, name, description, status, mode, draft, active_version, latest_version, created_at, updated_at)
         VALUES (?, ?, ?, 'DRAFT', ?, ?, NULL, 0, ?, ?)`,
        [
          id,
          input.name.trim(),
          input.description ?? null,
          input.mode,
          JSON.stringify(input.graph ?? emptyGraph()),
          now,
          now,
        ],
      ),
    );
    return this.get(id);
  }

  /** A new DRAFT rule with a copy of the draft, named "… (copy)". */
  async duplicate(id: string): Promise<Rule> {
    const rule = await this.get(id);
    return this.create({
      name: `${rule.name.slice(0, 193)} (copy)`,
      description: rule.description,
      mode: rule.mode,
      graph: rule.draft,
    });
  }

  async updateDraft(
    id: string,
    input: { name?: string | null; description?: string | null; mode?: RuleMode | null; graph?: unknown },
  ): Promise<Rule> {
    const rule = await this.get(id);
    if (input.graph !== undefined && JSON.stringify(input.graph).length > 1_000_000)
      throw badInput('input.graph', 'a draft graph is at most 1 MB of JSON');
    const now = nowSeconds();
    await this.db.tx((sql) =>
      sql.run(`UPDATE rule SET name = ?, description = ?, mode = ?, draft = ?, updated_at = ? WHERE id = ?`, [
        input.name?.trim() || rule.name,
        input.description === undefined ? rule.description : input.description,
        input.mode ?? rule.mode,
        JSON.stringify(input.graph === undefined || input.graph === null ? rule.draft : input.graph),
        now,
        id,
      ]),
    );
    return this.get(id);
  }

  /** Shape validation plus the server's checks (templates, audiences, event types, subsidy). */
  async check(graphInput: unknown, mode: RuleMode = 'AUTOMATED'): Promise<CheckReport> {
    const checked = checkRuleGraph(graphInput);
    if (!checked.valid || !checked.graph)
      return { valid: false, issues: checked.issues, checks: [], worstCaseSubsidyPerEvent: 0 };
    const graph = checked.graph;
    const checks: PrePublishCheck[] = [];
    let worst = 0;
    await this.db.read(async (sql) => {
      for (const node of graph.nodes) {
        const args = node.args as Record<string, unknown>;
        if (node.type === 'trigger.event') {
          const t = await sql.get(`SELECT name FROM event_type WHERE name = ?`, [args.eventType]);
          if (!t)
            checks.push({
              severity: 'ERROR',
              code: 'UNKNOWN_EVENT_TYPE',
              message: `event type ${String(args.eventType)} is not defined`,
              nodeIds: [node.id],
            });
        }
        if (node.type === 'action.issueCoupon') {
          const tpl = await sql.get<{
            status: string;
            quota_available: number | null;
            max_value: number;
            campaign_id: string | null;
          }>(`SELECT status, quota_available, max_value, campaign_id FROM coupon_template WHERE id = ?`, [
            args.templateId,
          ]);
          if (!tpl) {
            checks.push({
              severity: 'ERROR',
              code: 'UNKNOWN_TEMPLATE',
              message: `template ${String(args.templateId)} does not exist`,
              nodeIds: [node.id],
            });
            continue;
          }
          worst += Number(tpl.max_value);
          if (tpl.status === 'PAUSED' || tpl.status === 'ENDED' || tpl.status === 'DRAFT')
            checks.push({
              severity: 'WARNING',
              code: 'TEMPLATE_NOT_ACTIVE',
              message: `template ${String(args.templateId)} is ${tpl.status}`,
              nodeIds: [node.id],
            });
          if (tpl.quota_available != null && Number(tpl.quota_available) <= 0)
            checks.push({
              severity: 'WARNING',
              code: 'TEMPLATE_EXHAUSTED',
              message: `template ${String(args.templateId)} has no quota left`,
              nodeIds: [node.id],
            });
          if (tpl.campaign_id) {
            const c = await sql.get<{ status: string; exhausted_at: number | null }>(
              `SELECT status, exhausted_at FROM campaign WHERE id = ?`,
              [tpl.campaign_id],
            );
            if (c?.exhausted_at != null)
              checks.push({
                severity: 'WARNING',
                code: 'BUDGET_EXHAUSTED',
                message: `campaign ${tpl.campaign_id} has run out of budget`,
                nodeIds: [node.id],
              });
            if (c && c.status !== 'ACTIVE')
              checks.push({
                severity: 'WARNING',
                code: 'CAMPAIGN_NOT_ACTIVE',
                message: `campaign ${tpl.campaign_id} is ${c.status}`,
                nodeIds: [node.id],
              });
          }
        }
        if (
          node.type === 'condition.audience' ||
          node.type === 'action.addToAudience' ||
          node.type === 'action.removeFromAudience'
        ) {
          const a = await sql.get<{ kind: string }>(`SELECT kind FROM audience WHERE id = ?`, [
            args.audienceId,
          ]);
          if (!a)
            checks.push({
              severity: 'ERROR',
              code: 'UNKNOWN_AUDIENCE',
              message: `audience ${String(args.audienceId)} does not exist`,
              nodeIds: [node.id],
            });
          else if (node.type !== 'condition.audience' && a.kind !== 'STATIC')
            checks.push({
              severity: 'ERROR',
              code: 'NOT_A_STATIC_AUDIENCE',
              message: `audience ${String(args.audienceId)} is dynamic; only static audiences take members`,
              nodeIds: [node.id],
            });
        }
      }
    });
    const split = graph.nodes.find((n) => n.type === 'split.percent');
    if (mode === 'EXPERIMENT' && !split)
      checks.push({
        severity: 'WARNING',
        code: 'NO_CONTROL_GROUP',
        message: 'an EXPERIMENT rule has no split with a control arm',
        nodeIds: [],
      });
    checks.push({
      severity: 'INFO',
      code: 'WORST_CASE_SUBSIDY',
      message: `one event can issue coupons worth at most ${worst}`,
      nodeIds: [],
    });
    return {
      valid: !checks.some((c) => c.severity === 'ERROR'),
      issues: checked.issues,
      checks,
      worstCaseSubsidyPerEvent: worst,
    };
  }

  async publish(
    id: string,
    by: string | null,
    noteInput: string | null = null,
  ): Promise<{ rule: Rule; report: CheckReport }> {
    const note = noteInput?.trim() || null;
    if (note && note.length > NOTE_MAX) throw badInput('note', `at most ${NOTE_MAX} characters`);
    const rule = await this.get(id);
    const report = await this.check(rule.draft, rule.mode);
    if (report.issues.length > 0) throw invalidGraph(report.issues, `rule ${id}`);
    const errors = report.checks.filter((c) => c.severity === 'ERROR');
    if (errors.length > 0)
      throw new AppError(
        'INVALID_GRAPH',
        `rule ${id} cannot be published: ${errors.map((e) => `${e.code} [nodes ${e.nodeIds.join(', ')}]: ${e.message}`).join('; ')}`,
        { issues: errors.map((e) => ({ code: e.code, message: e.message, nodeIds: e.nodeIds })) },
      );
    const graph = checkRuleGraph(rule.draft).graph!;
    compileRuleGraph(graph, { ruleId: id, timeZone: this.config.TIME_ZONE }); // must compile here too
    const trigger = (graph.nodes.find((n) => n.type === 'trigger.event')!.args as { eventType: string })
      .eventType;
    const now = nowSeconds();
    await this.db.tx(async (sql) => {
      const row = await sql.get<{ latest_version: number }>(
        `SELECT latest_version FROM rule WHERE id = ?${this.db.forUpdate}`,
        [id],
      );
      const version = Number(row!.latest_version) + 1;
      await sql.run(
        `INSERT INTO rule_version (rule_id, version, graph, trigger, mode, published_by, published_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, version, JSON.stringify(graph), trigger, rule.mode, by, now, note],
      );
      await sql.run(
        `UPDATE rule SET status = 'ACTIVE', active_version = ?, latest_version = ?, updated_at = ? WHERE id = ?`,
        [version, version, now, id],
      );
      await RuleEngine.bump(sql);
    });
    await this.engine.changed();
    return { rule: await this.get(id), report };
  }

  async setStatus(id: string, to: 'PAUSED' | 'ACTIVE'): Promise<Rule> {
    const rule = await this.get(id);
    if (rule.activeVersion == null) throw conflict(`rule ${id} has never been published`);
    if (rule.status === to) return rule;
    await this.db.tx(async (sql) => {
      await sql.run(`UPDATE rule SET status = ?, updated_at = ? WHERE id = ?`, [to, nowSeconds(), id]);
      await RuleEngine.bump(sql);
    });
    await this.engine.changed();
    return this.get(id);
  }

  /** Makes an earlier (or later) published version the live one; the status is kept. */
  async rollback(id: string, version: number): Promise<Rule> {
    const rule = await this.get(id);
    await this.db.tx(async (sql) => {
      const v = await sql.get(`SELECT version FROM rule_version WHERE rule_id = ? AND version = ?`, [
        id,
        version,
      ]);
      if (!v) throw badInput('version', `rule ${id} has no version ${version}`);
      await sql.run(`UPDATE rule SET active_version = ?, updated_at = ? WHERE id = ?`, [
        version,
        nowSeconds(),
        id,
      ]);
      await RuleEngine.bump(sql);
    });
    await this.engine.changed();
    if (rule.activeVersion == null) throw conflict(`rule ${id} has never been published`);
    return this.get(id);
  }

  async versions(id: string): Promise<
    {
      ruleId: string;
      version: number;
      graph: unknown;
      trigger: string;
      mode: RuleMode;
      publishedBy: string | null;
      publishedAt: number;
      note: string | null;
    }[]
  > {
    const rows = await this.db.read((sql) =>
      sql.all<{
        rule_id: string;
        version: number;
        graph: unknown;
        trigger: string;
        mode: RuleMode;
        published_by: string | null;
        published_at: number;
        note: string | null;
      }>(`SELECT * FROM rule_version WHERE rule_id = ? ORDER BY version DESC`, [id]),
    );
    return rows.map((r) => ({
      ruleId: r.rule_id,
      version: Number(r.version),
      graph: jsonColumn(r.graph),
      trigger: r.trigger,
      mode: r.mode,
      publishedBy: r.published_by,
      publishedAt: Number(r.published_at),
      note: r.note ?? null,
    }));
  }

  /**
   * Distinct users per node and per edge source over the UTC days from `from` to `to` (whole days),
   * of one version or of all versions united.
   */
  async nodeUsers(id: string, from: number, to: number, version: number | null): Promise<NodeUsersReport> {
    await this.get(id, 'ruleId');
    if (to < from) throw badInput('to', 'must not be before from');
    const fromDay = utcDay(from);
    const toDay = utcDay(to);
    if (toDay - fromDay + 1 > NODE_USERS_MAX_DAYS)
      throw badInput('to', `at most ${NODE_USERS_MAX_DAYS} days at once`);
    const { versions, sketches, groups, registers } = await this.db.read(async (sql) => {
      const byVersion = version == null ? '' : ' AND version = ?';
      const params = version == null ? [id] : [id, version];
      const versions = await sql.all<{ version: number; graph: unknown }>(
        `SELECT version, graph FROM rule_version WHERE rule_id = ?${byVersion} ORDER BY version`,
        params,
      );
      const sketches = await sql.all<{ id: number; version: number; node_id: string; port: string }>(
        `SELECT id, version, node_id, port FROM rule_node_sketch WHERE rule_id = ?${byVersion}`,
        params,
      );
      const groups = await sql.all<{ version: number; group_id: number }>(
        `SELECT version, group_id FROM rule_trigger_member WHERE rule_id = ?${byVersion}`,
        params,
      );
      const registers = await sql.allMany(
        [
          ...sketches.map((s) => nodeSketch(Number(s.id))),
          ...groups.map((g) => groupSketch(Number(g.group_id))),
        ].map((sketch) => ({
          sql: `SELECT key % ${HLL_M} AS reg, MAX(rho) AS rho FROM rule_node_register
                 WHERE key BETWEEN ? AND ? GROUP BY key % ${HLL_M}`,
          params: registerRange(sketch, fromDay, toDay),
        })),
      );
      return { versions, sketches, groups, registers };
    });
    if (version != null && versions.length === 0)
      throw badInput('version', `rule ${id} has no version ${version}`);
    const sketchOf = (rows: Record<string, unknown>[], into: Uint8Array = new Uint8Array(HLL_M)) => {
      for (const r of rows) into[Number(r.reg)] = Math.max(into[Number(r.reg)]!, Number(r.rho));
      return into;
    };
    const united = new Map<number, Uint8Array>();
    sketches.forEach((s, i) => united.set(Number(s.id), sketchOf(registers[i]!)));
    const triggers = new Map<number, Uint8Array>();
    groups.forEach((g, i) => {
      const v = Number(g.version);
      triggers.set(v, sketchOf(registers[sketches.length + i]!, triggers.get(v)));
    });
    const graphs = versions.flatMap((v) => {
      const parsed = parseRuleGraph(jsonColumn(v.graph));
      return parsed.ok ? [{ version: Number(v.version), graph: parsed.graph }] : [];
    });
    const result = deriveNodeUsers(
      graphs,
      sketches.map((s) => ({
        id: Number(s.id),
        version: Number(s.version),
        nodeId: s.node_id,
        port: s.port,
      })),
      united,
      triggers,
    );
    return {
      ruleId: id,
      version,
      from: fromDay * DAY_SECONDS,
      to: (toDay + 1) * DAY_SECONDS,
      relativeError: HLL_RELATIVE_ERROR,
      registers: HLL_M,
      ...result,
    };
  }

  async nodeCounts(
    id: string,
    version: number | null,
  ): Promise<{ version: number; nodeId: string; ran: number; passed: number }[]> {
    const rows = await this.db.read((sql) =>
      version == null
        ? sql.all<{ version: number; node_id: string; ran: number; passed: number }>(
            `SELECT version, node_id, ran, passed FROM rule_node_count WHERE rule_id = ? ORDER BY version, node_id`,
            [id],
          )
        : sql.all<{ version: number; node_id: string; ran: number; passed: number }>(
            `SELECT version, node_id, ran, passed FROM rule_node_count WHERE rule_id = ? AND version = ? ORDER BY node_id`,
            [id, version],
          ),
    );
    return rows.map((r) => ({
      version: Number(r.version),
      nodeId: r.node_id,
      ran: Number(r.ran),
      passed: Number(r.passed),
    }));
  }

  async firings(ruleId: string | null, userId: string | null, first: number) {
    if (!ruleId && !userId) throw badInput('ruleId', 'give a rule id, a user id or both');
    const where: string[] = [];
    const params: unknown[] = [];
    if (ruleId) {
      where.push('rule_id = ?');
      params.push(ruleId);
    }
    if (userId) {
      where.push('user_id = ?');
      params.push(userId);
    }
    const rows = await this.db.read((sql) =>
      sql.all<Record<string, unknown>>(
        `SELECT * FROM rule_firing WHERE ${where.join(' AND ')} ORDER BY fired_at DESC, created_at DESC LIMIT ?`,
        [...params, first],
      ),
    );
    return rows.map((r) => ({
      ruleId: r.rule_id as string,
      version: Number(r.version),
      eventId: r.event_id as string,
      userId: r.user_id as string,
      arm: (r.arm as string | null) ?? null,
      control: r.control === true || r.control === 1,
      acted: r.acted === true || r.acted === 1,
      actions: jsonColumn(r.actions),
      results: jsonColumn(r.results),
      trace: jsonColumn<TraceEntry[]>(r.trace),
      firedAt: Number(r.fired_at),
    }));
  }

  async exposures(ruleId: string): Promise<{ arm: string; control: boolean; users: number }[]> {
    const rows = await this.db.read((sql) =>
      sql.all<{ arm: string; control: unknown; n: number }>(
        `SELECT arm, control, COUNT(*) AS n FROM rule_exposure WHERE rule_id = ? GROUP BY arm, control ORDER BY arm`,
        [ruleId],
      ),
    );
    return rows.map((r) => ({
      arm: r.arm,
      control: r.control === true || r.control === 1,
      users: Number(r.n),
    }));
  }

  async exposureOf(
    ruleId: string,
    userId: string,
  ): Promise<{ arm: string; control: boolean; version: number } | null> {
    const r = await this.db.read((sql) =>
      sql.get<{ arm: string; control: unknown; version: number }>(
        `SELECT arm, control, version FROM rule_exposure WHERE rule_id = ? AND user_id = ?`,
        [ruleId, userId],
      ),
    );
    return r
      ? { arm: r.arm, control: r.control === true || r.control === 1, version: Number(r.version) }
      : null;
  }

  /** Evaluates a graph on one event: against a facts snapshot, or (storedFacts) against the stored user. */
  async simulate(graphInput: unknown, snapshot: FactsSnapshot, storedFacts: boolean) {
    const graph = this.compileDraft(graphInput);
    const compiled = compileRuleGraph(graph, { ruleId: 'simulation', timeZone: this.config.TIME_ZONE });
    let facts;
    try {
      facts = createMemoryFacts(snapshot);
    } catch (err) {
      throw badInput('facts', err instanceof Error ? err.message.slice(0, 500) : 'invalid facts');
    }
    if (storedFacts) {
      facts = await this.db.read(async (sql) => {
        const profile = await sql.get<{ attributes: unknown }>(
          `SELECT attributes FROM user_profile WHERE user_id = ?`,
          [facts!.userId],
        );
        return loadFacts(
          sql,
          {
            id: facts!.event.id,
            type: facts!.event.type,
            userId: facts!.userId,
            occurredAt: facts!.event.occurredAt,
            properties: facts!.event.properties,
            attributes: {
              ...(profile ? jsonColumn<Record<string, unknown>>(profile.attributes) : {}),
              ...facts!.user.attributes,
            },
          },
          compiled.requirements,
          [],
          this.engine.factsOptions(),
        );
      });
    }
    const result = compiled.evaluate(facts, { trace: true });
    return { actions: result.actions, splitArm: result.splitArm ?? null, trace: result.trace ?? [] };
  }

  /** Runs a draft over stored events in [from, to] without side effects. */
  async replay(graphInput: unknown, from: number, to: number): Promise<ReplayReport> {
    if (to < from) throw badInput('to', 'must not be before from');
    const graph = this.compileDraft(graphInput);
    const ruleId = 'replay';
    const compiled = compileRuleGraph(graph, { ruleId, timeZone: this.config.TIME_ZONE });
    const fired = new Map<string, number[]>();
    const opts = {
      ...this.engine.factsOptions(),
      firedSince: async (_sql: Sql, _r: string, userId: string, since: number) =>
        (fired.get(userId) ?? []).filter((t) => t >= since).length,
    };
    const req = mergeRequirements([compiled.requirements]);
    const perTemplate = new Map<string, { count: number; users: Set<string> }>();
    const users = new Set<string>();
    let events = 0;
    let firings = 0;
    let control = 0;
    let truncated = false;
    // One page per read, so a long replay never holds SQLite's single connection for long.
    let cursor: { t: number; id: string } | null = null;
    for (;;) {
      const more = await this.db.read(async (sql): Promise<boolean> => {
        const rows: { id: string; user_id: string; occurred_at: number; properties: unknown }[] = cursor
          ? await sql.all(
              `SELECT id, user_id, occurred_at, properties FROM tracked_event WHERE type = ? AND occurred_at <= ?
                 AND (occurred_at > ? OR (occurred_at = ? AND id > ?)) ORDER BY occurred_at, id LIMIT 1000`,
              [compiled.trigger, to, cursor.t, cursor.t, cursor.id],
            )
          : await sql.all(
              `SELECT id, user_id, occurred_at, properties FROM tracked_event WHERE type = ? AND occurred_at >= ? AND occurred_at <= ?
                ORDER BY occurred_at, id LIMIT 1000`,
              [compiled.trigger, from, to],
            );
        if (rows.length === 0) return false;
        const profiles = new Map<string, Record<string, unknown>>();
        const ids = [...new Set(rows.map((r) => r.user_id))];
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          for (const p of await sql.all<{ user_id: string; attributes: unknown }>(
            `SELECT user_id, attributes FROM user_profile WHERE user_id IN (${chunk.map(() => '?').join(', ')})`,
            chunk,
          ))
            profiles.set(p.user_id, jsonColumn(p.attributes));
        }
        for (const r of rows) {
          events++;
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
            compiled.requirements.frequency.map((period) => ({ ruleId, period })),
            opts,
          );
          const result = compiled.evaluate(facts);
          if (result.actions.length === 0) continue;
          firings++;
          users.add(r.user_id);
          const list = fired.get(r.user_id) ?? [];
          list.push(occurredAt);
          fired.set(r.user_id, list);
          for (const a of result.actions) {
            if (a.control) {
              control++;
              continue;
            }
            if (a.type !== 'action.issueCoupon') continue;
            const t = perTemplate.get(a.args.templateId) ?? { count: 0, users: new Set<string>() };
            t.count++;
            t.users.add(r.user_id);
            perTemplate.set(a.args.templateId, t);
          }
        }
        const last = rows[rows.length - 1]!;
        cursor = { t: Number(last.occurred_at), id: last.id };
        if (events >= REPLAY_MAX_EVENTS) {
          truncated = true;
          return false;
        }
        return true;
      });
      if (!more) break;
    }
    const issues: ReplayReport['issues'] = [];
    for (const [templateId, t] of perTemplate) {
      const tpl = await this.db.read((sql) =>
        sql.get<{ max_value: number; redeemed_count: number; expired_count: number }>(
          `SELECT max_value, redeemed_count, expired_count FROM coupon_template WHERE id = ?`,
          [templateId],
        ),
      );
      const maxValue = Number(tpl?.max_value ?? 0);
      // Observed redemption rate once there is history, else the worst case (campaigns/budget.ts).
      const rateBp = redemptionRateBp(
        { redeemedCount: Number(tpl?.redeemed_count ?? 0), expiredCount: Number(tpl?.expired_count ?? 0) },
        this.config.BUDGET_MIN_HISTORY,
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
    return {
      events,
      evaluations: events,
      firings,
      users: users.size,
      control,
      issues,
      worstCaseCost: issues.reduce((s, i) => s + i.worstCaseCost, 0),
      expectedCost: issues.reduce((s, i) => s + i.expectedCost, 0),
      truncated,
    };
  }

  private compileDraft(graphInput: unknown): RuleGraph {
    const checked = checkRuleGraph(graphInput);
    if (!checked.valid || !checked.graph) throw invalidGraph(checked.issues);
    return checked.graph;
  }
}

/** The event type of a draft's trigger node, read leniently (a draft may be invalid). */
export function draftTrigger(draft: unknown): string | null {
  if (typeof draft !== 'object' || draft === null) return null;
  const nodes = (draft as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return null;
  for (const n of nodes as unknown[]) {
    if (typeof n !== 'object' || n === null) continue;
    const { type, args } = n as { type?: unknown; args?: unknown };
    if (type !== 'trigger.event' || typeof args !== 'object' || args === null) continue;
    const eventType = (args as { eventType?: unknown }).eventType;
    return typeof eventType === 'string' ? eventType : null;
  }
  return null;
}

const emptyGraph = (): RuleGraph => ({ version: 1, nodes: [], edges: [] }) as unknown as RuleGraph;
