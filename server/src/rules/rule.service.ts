// Rules: drafts, publish (validated again here, stored as an immutable version), pause, resume,
// rollback, simulation, and the reports (firings, exposures, node counts and users). Pre-publish
// checks are in checks.ts, replay in replay.ts. Every state change bumps the revision in its
// transaction and then hot-swaps the engine (here at once; elsewhere via Redis or polling).
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
import type { Config } from '../config';
import { boolColumn, type Database, jsonColumn } from '../db/sql';
import { AppError, badInput, conflict, notFound } from '../graphql/errors';
import { keysetRows } from '../db/keyset.sql';
import { keyset, type Page, type PageWindow, windowPage } from '../graphql/pagination';
import { isId, newId, nowSeconds } from '../ids';
import { profileOf } from '../tracking/tracking.sql';
import { type CheckReport, checkGraph } from './checks';
import { RuleEngine, localDay } from './engine';
import { loadFacts } from './facts';
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
import * as q from './rule.sql';
import { type ReplayReport, replay } from './replay';

export type { CheckReport, PrePublishCheck } from './checks';
export type { ReplayReport } from './replay';

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

const toRule = (r: q.RuleRow): Rule => ({
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
      const rows = await this.db.read((sql) => q.dayStatsOf(sql, ids, today));
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
    if (!isId('rule', id)) throw badInput(field, 'malformed rule id');
    const row = await this.db.read((sql) => q.ruleById(sql, id));
    if (!row) throw notFound(field, 'rule');
    return toRule(row);
  }

  async list(status: RuleStatus | null, first: number): Promise<Rule[]> {
    const rows = await this.db.read((sql) => q.listRules(sql, status, first));
    return rows.map(toRule);
  }

  /**
   * A page of rules, newest first, with list fields (trigger, last firing, actions today) and how many
   * rules the filter matches, from one snapshot. The cursor position is the rule id.
   */
  async page(status: RuleStatus | null, w: PageWindow<string>): Promise<Page<RuleListView>> {
    const filter = status ? { where: ['status = ?'], params: [status] } : { where: [], params: [] };
    const page = keyset(['id'], true, { ...w, position: w.position == null ? null : [w.position] });
    const { rows, total } = await this.db.snapshot((sql) => keysetRows<q.RuleRow>(sql, 'rule', filter, page));
    return windowPage(w, await this.views(rows.map(toRule)), total, (r) => r.id);
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
    const id = newId('rule');
    const now = nowSeconds();
    await this.db.tx((sql) =>
      q.insertRule(
        sql,
        {
          id,
          name: input.name.trim(),
          description: input.description ?? null,
          mode: input.mode,
          draft: JSON.stringify(input.graph ?? emptyGraph()),
        },
        now,
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
      q.updateDraft(
        sql,
        id,
        {
          name: input.name?.trim() || rule.name,
          description: input.description === undefined ? (rule.description ?? null) : input.description,
          mode: input.mode ?? rule.mode,
          draft: JSON.stringify(input.graph === undefined || input.graph === null ? rule.draft : input.graph),
        },
        now,
      ),
    );
    return this.get(id);
  }

  /** Shape validation plus the server's checks (templates, audiences, event types, subsidy). */
  check(graphInput: unknown, mode: RuleMode = 'AUTOMATED'): Promise<CheckReport> {
    return checkGraph(this.db, graphInput, mode);
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
      await q.insertVersion(
        sql,
        { ruleId: id, graph: JSON.stringify(graph), trigger, mode: rule.mode, by, note },
        now,
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
      await q.setRuleStatus(sql, id, to, nowSeconds());
      await RuleEngine.bump(sql);
    });
    await this.engine.changed();
    return this.get(id);
  }

  /** Makes an earlier (or later) published version the live one; the status is kept. */
  async rollback(id: string, version: number): Promise<Rule> {
    const rule = await this.get(id);
    await this.db.tx(async (sql) => {
      if ((await q.setActiveVersion(sql, id, version, nowSeconds())) === 0)
        throw badInput('version', `rule ${id} has no version ${version}`);
      await RuleEngine.bump(sql);
    });
    await this.engine.changed();
    if (rule.activeVersion == null) throw conflict(`rule ${id} has never been published`);
    return this.get(id);
  }

  async versions(id: string): Promise<RuleVersionView[]> {
    const rows = await this.db.read((sql) => q.versionsOf(sql, id));
    return rows.map(toVersionView);
  }

  /**
   * A page of a rule's published versions, newest first, and how many there are, from one snapshot.
   * The cursor position is the version number.
   */
  async versionsPage(id: string, w: PageWindow<number>): Promise<Page<RuleVersionView>> {
    await this.get(id, 'ruleId');
    const page = keyset(['version'], true, { ...w, position: w.position == null ? null : [w.position] });
    const { rows, total } = await this.db.snapshot((sql) =>
      keysetRows<q.VersionRow>(sql, 'rule_version', { where: ['rule_id = ?'], params: [id] }, page),
    );
    return windowPage(w, rows.map(toVersionView), total, (v) => String(v.version));
  }

  /** One published version (node(id:) of a RuleVersion); NOT_FOUND when the rule has no such version. */
  async version(id: string, version: number, field = 'id'): Promise<RuleVersionView> {
    if (!isId('rule', id)) throw badInput(field, 'malformed rule id');
    const row = await this.db.read((sql) => q.versionOf(sql, id, version));
    if (!row) throw notFound(field, 'rule version');
    return toVersionView(row);
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
    const { versions, sketches, groups, registers } = await this.db.read((sql) =>
      q.nodeUsersInput(sql, id, version, (sketch) => registerRange(sketch, fromDay, toDay), {
        node: nodeSketch,
        group: groupSketch,
      }),
    );
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
    const rows = await this.db.read((sql) => q.nodeCountsOf(sql, id, version));
    return rows.map((r) => ({
      version: Number(r.version),
      nodeId: r.node_id,
      ran: Number(r.ran),
      passed: Number(r.passed),
    }));
  }

  async firings(ruleId: string | null, userId: string | null, first: number) {
    if (!ruleId && !userId) throw badInput('ruleId', 'give a rule id, a user id or both');
    const rows = await this.db.read((sql) => q.firingsOf(sql, ruleId, userId, first));
    return rows.map(toFiringView);
  }

  /**
   * A page of decision traces, newest first (by firing time, then rule and event id), of a rule, of a
   * user or both, and how many there are, from one snapshot. The cursor position is
   * `[firedAt, ruleId, eventId]` as JSON.
   */
  async firingsPage(
    ruleId: string | null,
    userId: string | null,
    w: PageWindow<FiringPosition>,
  ): Promise<Page<ReturnType<typeof toFiringView>>> {
    if (!ruleId && !userId) throw badInput('ruleId', 'give a rule id, a user id or both');
    const filter = { where: [] as string[], params: [] as unknown[] };
    if (ruleId) {
      filter.where.push('rule_id = ?');
      filter.params.push(ruleId);
    }
    if (userId) {
      filter.where.push('user_id = ?');
      filter.params.push(userId);
    }
    const page = keyset(['fired_at', 'rule_id', 'event_id'], true, w);
    const { rows, total } = await this.db.snapshot((sql) =>
      keysetRows<q.FiringRow>(sql, 'rule_firing', filter, page),
    );
    return windowPage(w, rows.map(toFiringView), total, (f) =>
      JSON.stringify([f.firedAt, f.ruleId, f.eventId]),
    );
  }

  async exposures(ruleId: string): Promise<{ arm: string; control: boolean; users: number }[]> {
    const rows = await this.db.read((sql) => q.exposureCounts(sql, ruleId));
    return rows.map((r) => ({
      arm: r.arm,
      control: boolColumn(r.control),
      users: Number(r.n),
    }));
  }

  async exposureOf(
    ruleId: string,
    userId: string,
  ): Promise<{ arm: string; control: boolean; version: number } | null> {
    const r = await this.db.read((sql) => q.exposureOf(sql, ruleId, userId));
    return r ? { arm: r.arm, control: boolColumn(r.control), version: Number(r.version) } : null;
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
        const profile = await profileOf(sql, facts!.userId);
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

  /** Runs a draft over stored events in [from, to] without side effects (replay.ts). */
  async replay(graphInput: unknown, from: number, to: number): Promise<ReplayReport> {
    if (to < from) throw badInput('to', 'must not be before from');
    const graph = this.compileDraft(graphInput);
    const compiled = compileRuleGraph(graph, { ruleId: 'replay', timeZone: this.config.TIME_ZONE });
    return replay(
      { db: this.db, factsOptions: this.engine.factsOptions(), minHistory: this.config.BUDGET_MIN_HISTORY },
      compiled,
      from,
      to,
    );
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

export interface RuleVersionView {
  id: string;
  ruleId: string;
  version: number;
  graph: unknown;
  trigger: string;
  mode: RuleMode;
  publishedBy: string | null;
  publishedAt: number;
  note: string | null;
}

/** The global id of a rule version: the rule id, `@` and the version number. */
export const ruleVersionId = (ruleId: string, version: number): string => `${ruleId}@${version}`;

function toVersionView(r: q.VersionRow): RuleVersionView {
  return {
    id: ruleVersionId(r.rule_id, Number(r.version)),
    ruleId: r.rule_id,
    version: Number(r.version),
    graph: jsonColumn(r.graph),
    trigger: r.trigger,
    mode: r.mode,
    publishedBy: r.published_by,
    publishedAt: Number(r.published_at),
    note: r.note ?? null,
  };
}

/** A firing's position in the firing list: `[firedAt, ruleId, eventId]`. */
export type FiringPosition = readonly [number, string, string];

/** The firing list's cursor position, parsed; BAD_USER_INPUT on `field` when it is not one. */
export function parseFiringPosition(position: string, field: string): FiringPosition {
  let value: unknown;
  try {
    value = JSON.parse(position);
  } catch {
    value = null;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 3 ||
    !Number.isSafeInteger(value[0]) ||
    typeof value[1] !== 'string' ||
    !isId('rule', value[1]) ||
    typeof value[2] !== 'string' ||
    value[2].length > 128
  )
    throw badInput(field, 'is not a cursor from this list');
  return [value[0] as number, value[1], value[2]];
}

function toFiringView(r: q.FiringRow) {
  return {
    ruleId: r.rule_id,
    version: Number(r.version),
    eventId: r.event_id,
    userId: r.user_id,
    arm: r.arm ?? null,
    control: boolColumn(r.control),
    acted: boolColumn(r.acted),
    actions: jsonColumn(r.actions),
    results: jsonColumn(r.results),
    trace: jsonColumn<TraceEntry[]>(r.trace),
    firedAt: Number(r.fired_at),
  };
}
